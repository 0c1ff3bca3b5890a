import { REL } from '../../domain/atg-schema.js';
import { decodeNodeRow } from './sqlite-rows.js';
/** ':Resource:Original:' → ['Original', 'Resource'] */
const labelList = (labels) => labels.slice(1, -1).split(':').sort();
/**
 * Abstracted layer as stored: labelled Resource, not Original (shared nodes labelled Resource
 * included). `layer` is 'abstracted' for most, NULL for shared nodes, so the labels (outside the
 * index) are read only for those few.
 */
const ABSTRACTED = `(layer = 'abstracted' OR (layer IS NULL AND labels LIKE '%:Resource:%'))`;
/**
 * Keyset-paged tenant reads: the (tenant_id, id) index gives both the filter and the order, so a
 * page costs its own rows. Statements are prepared on first use: a bulk load's side file has no
 * indexes while it loads.
 */
export class SqliteTenantGraph {
    db;
    statements;
    constructor(db) {
        this.db = db;
    }
    resourcePage(filter, after, limit) {
        const params = { tenant: filter.tenantId, after, limit, subscriptions: filter.subscriptionIds?.length ? JSON.stringify(filter.subscriptionIds) : null };
        const s = (this.statements ??= prepare(this.db));
        return (filter.tenantId === null ? s.pageOfNullTenant : s.pageOfTenant).all(params);
    }
    nodes(label, keys) {
        const rows = (this.statements ??= prepare(this.db)).nodesByKey.all(JSON.stringify(keys), `%:${label}:%`);
        return rows.map((row) => ({ labels: labelList(row.labels), properties: decodeNodeRow(row) }));
    }
    /**
     * In three set-based steps: the nodes' rowids, their relationships by rowid (small rows, from the
     * src/dst index), then each distinct other end's id and labels once. Joining the other end per
     * relationship read its whole row (properties included) once per relationship: a hub's row was
     * read thousands of times, 5 µs each.
     */
    nodeRelationships(label, keys, direction) {
        const s = (this.statements ??= prepare(this.db));
        const near = s.nidsByKey.raw().all(JSON.stringify(keys), `%:${label}:%`);
        if (near.length === 0)
            return [];
        const keyOf = new Map(near);
        const rels = (direction === 'out' ? s.relsFrom : s.relsTo).raw().all(JSON.stringify(near.map(([nid]) => nid)));
        const ends = new Map();
        const farNids = [...new Set(rels.map((r) => r[2]))];
        for (let i = 0; i < farNids.length; i += 10_000) {
            for (const [nid, id, labels, tenantId] of s.refsByNid.raw().all(JSON.stringify(farNids.slice(i, i + 10_000))))
                ends.set(nid, { labels: labelList(labels), key: id, tenantId });
        }
        const out = [];
        for (const [nearNid, type, farNid] of rels) {
            const other = ends.get(farNid);
            if (other)
                out.push({ key: keyOf.get(nearNid), type, other: { labels: [...other.labels], key: other.key, tenantId: other.tenantId } });
        }
        return out;
    }
    /** Resources of the scope in id order (tenant, then null tenant), then their relationships by rowid. */
    readAll(scope, sink) {
        const s = (this.statements ??= prepare(this.db));
        const maxNid = this.db.prepare('SELECT max(nid) AS m FROM nodes').get().m ?? 0;
        // rowid → node index: a typed array, not a Map (10^6 resources: 2·10^6+ rowids, 4 bytes each).
        const indexOf = new Int32Array(maxNid + 1).fill(-1);
        const subscriptions = scope.subscriptionIds?.length ? JSON.stringify(scope.subscriptionIds) : null;
        const phases = [
            { tenant: scope.tenantId, statements: [s.allOfTenant, s.relsOfTenant] },
            ...(scope.includeNullTenant ? [{ tenant: null, statements: [s.allOfNullTenant, s.relsOfNullTenant] }] : []),
        ];
        for (const { tenant, statements } of phases) {
            for (const [nid, id, type] of statements[0].raw().iterate({ tenant, subscriptions }))
                indexOf[nid] = sink.addNode(id, type);
        }
        for (const { tenant, statements } of phases) {
            for (const [src, dst, type] of statements[1].raw().iterate({ tenant, subscriptions })) {
                const a = indexOf[src];
                const b = dst <= maxNid ? indexOf[dst] : -1;
                if (a >= 0 && b >= 0)
                    sink.addEdgeByIndex(a, b, type);
            }
        }
    }
    outRelationshipsOf(sourceIds) {
        return (this.statements ??= prepare(this.db)).outRelationships.all(JSON.stringify(sourceIds));
    }
}
function prepare(db) {
    const subscriptions = `(@subscriptions IS NULL OR subscription_id IN (SELECT value FROM json_each(@subscriptions)))`;
    const all = (tenant) => db.prepare(`SELECT nid, id, type FROM nodes INDEXED BY nodes_by_tenant_id WHERE ${tenant} AND ${ABSTRACTED} AND ${subscriptions} ORDER BY id`);
    const rels = (tenant) => db.prepare(
    // Sources from the (tenant_id, layer, type) index, not the Original layer; targets outside the graph are dropped by the caller.
    `SELECT r.src, r.dst, r.type FROM nodes s INDEXED BY nodes_by_tenant JOIN rels r ON r.src = s.nid
       WHERE ${tenant.replace(/tenant_id/g, 's.tenant_id')} AND (s.layer = 'abstracted' OR s.layer IS NULL) AND r.type <> '${REL.SCAN_SOURCE_NODE}'`);
    const page = (tenant) => db.prepare(`SELECT id, type FROM nodes INDEXED BY nodes_by_tenant_id
       WHERE ${tenant} AND id > @after AND ${ABSTRACTED} AND ${subscriptions} ORDER BY id LIMIT @limit`);
    const relationshipsBy = (near, far) => db.prepare(`SELECT ${near}, type, ${far} FROM rels WHERE ${near} IN (SELECT value FROM json_each(?))`);
    return {
        nodesByKey: db.prepare('SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND labels LIKE ? ORDER BY id'),
        nidsByKey: db.prepare('SELECT nid, id FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND labels LIKE ?'),
        relsFrom: relationshipsBy('src', 'dst'),
        relsTo: relationshipsBy('dst', 'src'),
        // Every node's key is in `id` (a Region's code too).
        refsByNid: db.prepare('SELECT nid, id, labels, tenant_id FROM nodes WHERE nid IN (SELECT value FROM json_each(?))'),
        allOfTenant: all('tenant_id = @tenant'),
        allOfNullTenant: all('tenant_id IS NULL'),
        relsOfTenant: rels('tenant_id = @tenant'),
        relsOfNullTenant: rels('tenant_id IS NULL'),
        pageOfTenant: page('tenant_id = @tenant'),
        pageOfNullTenant: page('tenant_id IS NULL'),
        outRelationships: db.prepare(`SELECT s.id AS src, r.type AS type, d.id AS dst
       FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst
       WHERE s.id IN (SELECT value FROM json_each(?)) AND r.type <> '${REL.SCAN_SOURCE_NODE}'
         AND d.labels LIKE '%:Resource:%' AND d.labels NOT LIKE '%:Original:%'`),
    };
}
//# sourceMappingURL=sqlite-tenant-graph.js.map