import { labelKey } from '../relationship-profile.js';
import * as Q from './hot-queries.js';
export async function operationRelationshipProfile(read, operationId) {
    const result = await read(Q.operationRelationshipProfile, { op: operationId });
    return result.records.map((r) => ({
        from: String(r.get('from')),
        type: String(r.get('type')),
        to: r.get('toType') ?? labelKey(r.get('toLabels') ?? []),
        count: Number(r.get('count')),
    }));
}
export async function readOperationGraph(read, operationId) {
    const nodes = await read(Q.operationGraphNodes, { op: operationId });
    const rels = await read(Q.operationGraphRelationships, { op: operationId });
    return {
        nodes: nodes.records.map((r) => ({
            id: String(r.get('id')),
            type: String(r.get('type')),
            stamp: r.get('stamp') ?? null,
            role: r.get('role') ?? null,
        })),
        relationships: rels.records.map((r) => ({ src: String(r.get('src')), type: String(r.get('type')), dst: String(r.get('dst')) })),
    };
}
//# sourceMappingURL=neo4j-operation-graph.js.map