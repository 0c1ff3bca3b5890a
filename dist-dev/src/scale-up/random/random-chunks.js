import { LABEL, prefixForType } from '../../domain/atg-schema.js';
import { ChunkBuilder } from '../../domain/chunk-builder.js';
import { syntheticIdSequence } from '../../domain/ids.js';
import { Rng } from '../../domain/rng.js';
import { REGIONS } from '../../domain/atg-catalog/shared-nodes.js';
import { syntheticResourceRow } from '../synthetic-resource.js';
import { streamSeed } from './random-plan.js';
/** Tries per relationship to find a target the source is not already linked to. */
const DISTINCT_TRIES = 4;
/**
 * Streams a random tenant in two passes, both O(n + m) with memory bounded by one chunk: every
 * resource (type by type), then every relationship (see drawEdges). Targets are skewed per rule so
 * hubs appear.
 */
export function* randomChunks(plan, context) {
    const out = new ChunkBuilder();
    // The k-th resource of a type has an id that is a function of (operation, type, k): edges need no lookup table.
    const idOf = plan.types.map((t) => syntheticIdSequence(t.type, context.operationId, `random/${t.type}`));
    const props = new Rng(streamSeed(context.seed, 'properties'));
    for (let ti = 0; ti < plan.types.length; ti++) {
        const t = plan.types[ti];
        const prefix = prefixForType(t.type);
        for (let k = 0; k < t.count; k++) {
            const region = REGIONS[props.skewedIndex(REGIONS.length, 1.5)].code;
            out.addNode([LABEL.Resource], syntheticResourceRow({
                id: idOf[ti](k),
                type: t.type,
                name: `${prefix}-random-${k + 1}`,
                location: region,
                resourceGroup: `rg-random-${prefix}-${Math.floor(k / 500) + 1}`,
                tags: {},
                extra: {},
            }, { rng: props, tenantId: context.tenantId, markers: context.markers, ...(context.subscriptionId ? { subscriptionId: context.subscriptionId } : {}) }));
            out.countResource();
            if (out.size >= context.chunkRows)
                yield out.take();
        }
    }
    for (const drawn of drawEdges(plan, context.seed)) {
        const t = plan.types[drawn.source];
        const srcId = idOf[drawn.source](drawn.k);
        for (let e = 0; e < drawn.count; e++) {
            const usable = t.rules[drawn.rules[e]];
            out.addRelationship(usable.rule.type, LABEL.Resource, srcId, LABEL.Resource, idOf[usable.target](drawn.targets[e]));
        }
        if (out.size >= context.chunkRows)
            yield out.take();
    }
    if (out.size > 0)
        yield out.take();
}
/**
 * Every relationship of the plan, drawn per source from the usable rules with a Poisson out-degree
 * of the planned mean. One reused record per source: the stream allocates nothing per edge.
 */
function* drawEdges(plan, seed) {
    const edges = new Rng(streamSeed(seed, 'edges'));
    const drawn = { source: 0, k: 0, count: 0, rules: [], targets: [] };
    const chosen = [];
    for (let source = 0; source < plan.types.length; source++) {
        const t = plan.types[source];
        if (!t.rules.length)
            continue;
        for (let k = 0; k < t.count; k++) {
            const degree = edges.poisson(t.meanOutDegree);
            if (degree === 0)
                continue;
            chosen.length = 0;
            drawn.source = source;
            drawn.k = k;
            drawn.count = 0;
            for (let e = 0; e < degree; e++) {
                const u = edges.next();
                let ruleIndex = 0;
                while (ruleIndex < t.rules.length - 1 && u >= t.rules[ruleIndex].cumulative)
                    ruleIndex++;
                const usable = t.rules[ruleIndex];
                const target = plan.types[usable.target];
                for (let attempt = 0; attempt < DISTINCT_TRIES; attempt++) {
                    const j = edges.skewedIndex(target.count, usable.rule.skew);
                    if (usable.target === source && j === k)
                        continue;
                    const key = j * 64 + ruleIndex; // a rule fixes the target type and relationship type
                    if (chosen.includes(key))
                        continue;
                    chosen.push(key);
                    drawn.rules[drawn.count] = ruleIndex;
                    drawn.targets[drawn.count] = j;
                    drawn.count++;
                    break;
                }
            }
            yield drawn;
        }
    }
}
/**
 * The exact number of relationships randomChunks writes for this plan and seed: the draws replayed
 * without writing (O(m) time, no memory per edge). The plan's density only gives an expectation;
 * validation needs the number the store must hold, independent of what the writer counted.
 */
export function countRandomRelationships(plan, seed) {
    let relationships = 0;
    for (const drawn of drawEdges(plan, seed))
        relationships += drawn.count;
    return relationships;
}
//# sourceMappingURL=random-chunks.js.map