import neo4j from 'neo4j-driver';
import { templateNodesGuard, templateRelationshipsGuard } from './batch-replay.js';
import * as Q from './hot-queries.js';
/**
 * Template replication pushed down into Neo4j: the server copies each template's properties
 * (`SET c = properties(s)`) and relationships; only copy ids (computed in the domain so both
 * stores agree) travel over Bolt. Needs COLLECT subqueries (Neo4j 5.6+). The queries, and why
 * their plans are pinned, are in hot-queries.ts.
 */
export async function readTemplates(read, scope, types) {
    const result = await read(Q.readTemplates(scope, Boolean(types?.length)), {
        tenantId: scope.tenantId,
        subscriptionIds: scope.subscriptionIds ?? [],
        types: types ?? [],
    });
    return result.records.map((r) => ({ id: String(r.get('id')), type: String(r.get('type')), outDegree: Number(r.get('outDegree')) }));
}
export async function replicateNodes(write, request) {
    return write(Q.copyTemplateNodes, { batch: request.batch, markers: request.markers }, 'nodesCreated', templateNodesGuard(request));
}
export async function replicateRelationships(read, write, request, dynamicTypes) {
    const params = { ids: request.templateIds, op: request.operationId };
    if (dynamicTypes) {
        // One query for every type (5.26.1+ dynamic types): a round trip per batch instead of one per type.
        return write(Q.copyTemplateRelationships(), params, 'relationshipsCreated', templateRelationshipsGuard(params));
    }
    // Older servers: one query per relationship type keeps the type literal.
    const types = await read(Q.templateRelationshipTypes, params);
    let created = 0;
    for (const record of types.records) {
        const type = String(record.get('type'));
        created += await write(Q.copyTemplateRelationships(type), params, 'relationshipsCreated', templateRelationshipsGuard(params, type));
    }
    return created;
}
/**
 * Whether the server writes dynamic relationship types correctly — a capability probe, not a version
 * test: one UNWIND batch creates two relationships of two dynamic types inside a transaction that
 * is rolled back, and the types are read back. Older servers reject the syntax; 5.26.0 accepts it
 * and gives both relationships the first type. Any error (syntax, a read-only user) → false: the
 * per-type path works everywhere.
 */
export const DYNAMIC_TYPES_PROBE = `UNWIND ['TENANT_SCALE_PROBE_A', 'TENANT_SCALE_PROBE_B'] AS t
  CREATE (x:TenantScaleProbe)-[r:$(t)]->(x) RETURN collect(type(r)) AS types`;
export function probeShowsDynamicTypes(types) {
    return Array.isArray(types) && types.length === 2 && types[0] === 'TENANT_SCALE_PROBE_A' && types[1] === 'TENANT_SCALE_PROBE_B';
}
export async function deleteOperationNodes(write, operationId, batchSize, tenantId, onBatch) {
    let deleted = 0;
    for (;;) {
        const result = await write(Q.deleteOperationNodes, { op: operationId, limit: neo4j.int(batchSize), tenantId: tenantId ?? null });
        const count = result.summary.counters.updates().nodesDeleted;
        deleted += count;
        if (count === 0)
            return deleted;
        onBatch?.(count);
    }
}
/** Templates per parity transaction: bounds each transaction's work (hub templates have thousands of edges). */
export const PARITY_PAGE = 500;
export async function inspectOperation(read, operationId) {
    // One pass over the operation's nodes for the per-node facts; degree parity only when the
    // operation has template copies (scenario and random operations have none).
    const rows = (await read(Q.operationFacts, { op: operationId })).records.map((r) => ({
        type: String(r.get('key')),
        count: Number(r.get('count')),
        original: Number(r.get('original')),
        relationships: Number(r.get('relationships')),
        marker: {
            synthetic: r.get('synthetic') === true,
            tenantId: nullableString(r.get('tenantId')),
            strategy: nullableString(r.get('strategy')),
            timestamp: nullableString(r.get('timestamp')),
            templateSource: r.get('templateSource') === true,
            copyIndex: r.get('copyIndex') === true,
        },
    }));
    const sum = (rowsOf, field) => rowsOf.reduce((s, r) => s + r[field], 0);
    let parityMismatches = 0;
    let inDegreeMismatches = 0;
    if (sum(rows.filter((r) => r.marker.templateSource), 'count') > 0) {
        for (let after = '';;) {
            const page = (await read(Q.operationTemplatePage, { op: operationId, after, limit: neo4j.int(PARITY_PAGE) })).records.map((r) => String(r.get('tid')));
            if (page.length === 0)
                break;
            const parity = (await read(Q.templateParity, { op: operationId, templateIds: page })).records[0];
            parityMismatches += Number(parity?.get('outMismatches') ?? 0);
            inDegreeMismatches += Number(parity?.get('inMismatches') ?? 0);
            after = page[page.length - 1];
        }
    }
    const byType = new Map();
    const markers = new Map();
    for (const r of rows) {
        byType.set(r.type, (byType.get(r.type) ?? 0) + r.count);
        const key = JSON.stringify(r.marker);
        markers.set(key, { ...r.marker, count: (markers.get(key)?.count ?? 0) + r.count });
    }
    return {
        nodes: sum(rows, 'count'),
        byType: [...byType].map(([key, count]) => ({ key, count })).sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
        originalContamination: sum(rows, 'original'),
        markers: [...markers.values()],
        parityMismatches,
        inDegreeMismatches,
        relationships: sum(rows, 'relationships'),
    };
}
const nullableString = (v) => (v === null || v === undefined ? null : String(v));
//# sourceMappingURL=neo4j-template-replication.js.map