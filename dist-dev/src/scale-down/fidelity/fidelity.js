import { Rng } from '../../domain/rng.js';
import { localClustering } from './clustering.js';
import { componentSizes } from './components.js';
import { degreeArrays } from './degrees.js';
import { effectiveDiameter } from './hop-plot.js';
import { ksStatistic, totalVariation } from './ks.js';
export const METRICS = ['degree', 'inDegree', 'outDegree', 'clustering', 'componentSize'];
export function distributions(graph) {
    const d = degreeArrays(graph);
    return { degree: d.total, inDegree: d.in, outDegree: d.out, clustering: localClustering(graph), componentSize: componentSizes(graph) };
}
/**
 * How faithful the sample's induced subgraph is to the tenant's graph (Leskovec & Faloutsos 2006:
 * KS D over degree, clustering and component-size distributions) plus type proportions and
 * coverage. Pass precomputed distributions to compare several samples against one tenant.
 */
export function measureFidelity(tenant, sample, seed, tenantDistributions = distributions(tenant), sampleDistributions = distributions(sample)) {
    const ks = Object.fromEntries(METRICS.map((m) => [m, round(ksStatistic(tenantDistributions[m], sampleDistributions[m]))]));
    const tenantTypes = typeCounts(tenant);
    const sampleTypes = typeCounts(sample);
    const tenantRels = new Set(relTypesPresent(tenant));
    const sampleRels = new Set(relTypesPresent(sample));
    return {
        tenant: summary(tenant, tenantDistributions, seed),
        sample: summary(sample, sampleDistributions, seed),
        ks,
        typeTvd: round(totalVariation(tenantTypes, sampleTypes)),
        resourceTypes: { tenant: tenantTypes.size, sample: sampleTypes.size, missing: [...tenantTypes.keys()].filter((t) => !sampleTypes.has(t)).sort() },
        relationshipTypes: {
            tenant: tenantRels.size,
            sample: sampleRels.size,
            coverage: tenantRels.size === 0 ? 1 : round(sampleRels.size / tenantRels.size),
            missing: [...tenantRels].filter((t) => !sampleRels.has(t)).sort(),
        },
    };
}
function summary(graph, d, seed) {
    return {
        nodes: graph.nodeCount,
        relationships: graph.edgeCount,
        components: d.componentSize.length,
        largestComponentFraction: graph.nodeCount === 0 ? 0 : round((d.componentSize[0] ?? 0) / graph.nodeCount),
        effectiveDiameter: round(effectiveDiameter(graph, new Rng(seed))),
    };
}
export function typeCounts(graph) {
    const counts = new Map();
    for (let v = 0; v < graph.nodeCount; v++) {
        const t = graph.types[graph.typeOf[v]];
        counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return counts;
}
function relTypesPresent(graph) {
    const seen = new Uint8Array(graph.relTypes.length);
    for (const r of graph.outRelTypes)
        seen[r] = 1;
    return graph.relTypes.filter((_, i) => seen[i]);
}
const round = (x) => Math.round(x * 10_000) / 10_000;
//# sourceMappingURL=fidelity.js.map