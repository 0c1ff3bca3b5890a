import { LABEL, REL } from '../../domain/atg-schema.js';
import { ChunkBuilder } from '../../domain/chunk-builder.js';
import { syntheticId } from '../../domain/ids.js';
import { derivedSeed, Rng } from '../../domain/rng.js';
import { regionName } from '../../domain/atg-catalog/shared-nodes.js';
import { syntheticResourceRow } from '../synthetic-resource.js';
/** `s2-hub`: the stamp label prefixed by its repetition, unique within the operation. */
export function stampId(plan, repetition, stamp) {
    return `s${repetition + 1}-${plan.stamps[stamp]}`;
}
/**
 * Streams a scenario, one repetition at a time: its resources, then its links (whose endpoints
 * are all written by then), then their region and environment-tag edges. Only one repetition's
 * ids are held. Ids derive from (operation, repetition, group, instance, role, index).
 */
export function* scenarioChunks(plan, context) {
    const { definition } = plan;
    const rng = new Rng(derivedSeed(context.seed, 'scenario', definition.name));
    const out = new ChunkBuilder();
    const regions = [...new Set(plan.resources.map((r) => r.location))];
    for (const code of regions)
        out.addNode([LABEL.Region], { id: code, code, name: regionName(code) }, 'merge');
    const environments = [...new Set(plan.resources.flatMap((r) => (r.environment ? [r.environment] : [])))];
    for (const env of environments)
        out.addNode([LABEL.Tag], { id: `environment:${env}`, key: 'environment', value: env }, 'merge');
    for (let rep = 0; rep < plan.repetitions; rep++) {
        const ids = plan.resources.map((r) => syntheticId(r.type, context.operationId, `${definition.name}/${rep}/${r.group}/${r.instance}/${r.role}`, r.index));
        for (let i = 0; i < plan.resources.length; i++) {
            const r = plan.resources[i];
            out.addNode([LABEL.Resource], syntheticResourceRow({
                id: ids[i],
                type: r.type,
                name: r.name,
                location: r.location,
                resourceGroup: `rg-${definition.name}-${rep + 1}-${r.group}`,
                tags: r.environment ? { environment: r.environment } : {},
                extra: {
                    scenario_name: definition.name,
                    scenario_stamp: stampId(plan, rep, r.stamp),
                    scenario_role: `${r.group}.${r.role}`,
                    ...(r.environment ? { environment: r.environment } : {}),
                },
                ...(r.properties ? { properties: r.properties } : {}),
            }, { rng, tenantId: context.tenantId, markers: context.markers, ...(context.subscriptionId ? { subscriptionId: context.subscriptionId } : {}) }));
            out.countResource();
            if (out.size >= context.chunkRows)
                yield out.take();
        }
        // Relationships only after every node of the repetition is in an earlier chunk or this one.
        for (const l of plan.links) {
            out.addRelationship(l.type, LABEL.Resource, ids[l.src], LABEL.Resource, ids[l.dst]);
            if (out.size >= context.chunkRows)
                yield out.take();
        }
        for (let i = 0; i < plan.resources.length; i++) {
            const r = plan.resources[i];
            out.addRelationship(REL.LOCATED_IN, LABEL.Resource, ids[i], LABEL.Region, r.location);
            if (r.environment)
                out.addRelationship(REL.TAGGED_WITH, LABEL.Resource, ids[i], LABEL.Tag, `environment:${r.environment}`);
            if (out.size >= context.chunkRows)
                yield out.take();
        }
    }
    if (out.size > 0)
        yield out.take();
}
//# sourceMappingURL=scenario-chunks.js.map