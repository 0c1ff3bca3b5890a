import { ABSTRACTED_PREDICATE } from '../../src/store/neo4j/cypher.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
/**
 * Test-only: damage to a stored graph, the same on both stores, so validation can be shown to
 * notice it. Nodes are named by `id`; SQLite keeps some properties in columns, the rest in `props`.
 */
const COLUMNS = new Set(['type', 'tenant_id', 'synthetic', 'scale_operation_id', 'template_source_id', 'template_copy_index']);
const sqlite = (store) => (store instanceof SqliteStore ? store.database : undefined);
const neo4j = (store) => store;
/** Sets (or, with null, removes) one property of a node. */
export async function setProperty(store, id, key, value) {
    const db = sqlite(store);
    if (db) {
        if (COLUMNS.has(key)) {
            const stored = key === 'synthetic' ? (value === true ? 1 : 0) : value;
            // A promoted property may sit in props too (rows the generic writer wrote): cleared there as well.
            db.prepare(`UPDATE nodes SET ${key} = ?, props = json_remove(props, '$.${key}') WHERE id = ?`).run(stored, id);
        }
        else if (value === null) {
            db.prepare(`UPDATE nodes SET props = json_remove(props, '$.${key}') WHERE id = ?`).run(id);
        }
        else {
            db.prepare(`UPDATE nodes SET props = json_set(props, '$.${key}', json(?)) WHERE id = ?`).run(JSON.stringify(value), id);
        }
        return;
    }
    await neo4j(store).write(`MATCH (n {id: $id}) SET n.\`${key}\` = $value`, { id, value });
}
/** Adds a label to a node (e.g. `Original`). */
export async function addLabel(store, id, label) {
    const db = sqlite(store);
    if (db)
        db.prepare(`UPDATE nodes SET labels = labels || ? WHERE id = ?`).run(`${label}:`, id);
    else
        await neo4j(store).write(`MATCH (n {id: $id}) SET n:\`${label}\``, { id });
}
/** Adds one relationship between two nodes. */
export async function addRelationship(store, src, type, dst) {
    const db = sqlite(store);
    if (db) {
        db.prepare('INSERT INTO rels (type, src, dst) SELECT ?, s.nid, d.nid FROM nodes s, nodes d WHERE s.id = ? AND d.id = ?').run(type, src, dst);
    }
    else {
        await neo4j(store).write(`MATCH (a {id: $src}), (b {id: $dst}) CREATE (a)-[:\`${type}\`]->(b)`, { src, dst });
    }
}
/** Gives the relationships of one type between two nodes another type. */
export async function retypeRelationships(store, src, type, dst, newType) {
    const db = sqlite(store);
    if (db) {
        db.prepare('UPDATE rels SET type = ? WHERE type = ? AND src = (SELECT nid FROM nodes WHERE id = ?) AND dst = (SELECT nid FROM nodes WHERE id = ?)').run(newType, type, src, dst);
    }
    else {
        await neo4j(store).write(`MATCH (a {id: $src})-[r:\`${type}\`]->(b {id: $dst}) CREATE (a)-[:\`${newType}\`]->(b) DELETE r`, { src, dst });
    }
}
/** Deletes the relationships leaving a node: all, or those of one type. */
export async function deleteOutRelationships(store, id, type) {
    const db = sqlite(store);
    if (db)
        db.prepare('DELETE FROM rels WHERE src = (SELECT nid FROM nodes WHERE id = ?) AND (? IS NULL OR type = ?)').run(id, type ?? null, type ?? null);
    else
        await neo4j(store).write('MATCH (n {id: $id})-[r]->() WHERE $type IS NULL OR type(r) = $type DELETE r', { id, type: type ?? null });
}
/** Deletes a node with its relationships. */
export async function deleteNode(store, id) {
    const db = sqlite(store);
    if (db) {
        db.prepare('DELETE FROM rels WHERE src = (SELECT nid FROM nodes WHERE id = ?) OR dst = (SELECT nid FROM nodes WHERE id = ?)').run(id, id);
        db.prepare('DELETE FROM nodes WHERE id = ?').run(id);
    }
    else {
        await neo4j(store).write('MATCH (n {id: $id}) DETACH DELETE n', { id });
    }
}
/** A copy of a node (labels and properties, no relationships) under a new id and type. */
export async function cloneNode(store, id, newId, newType) {
    const db = sqlite(store);
    if (db) {
        const columns = 'labels, layer, tenant_id, subscription_id, synthetic, scale_operation_id, template_source_id, template_copy_index, properties, tags, props';
        db.prepare(`INSERT INTO nodes (id, type, ${columns}) SELECT ?, ?, ${columns} FROM nodes WHERE id = ?`).run(newId, newType, id);
    }
    else {
        await neo4j(store).write('MATCH (n {id: $id}) WITH properties(n) AS p CREATE (m:Resource) SET m = p {.*, id: $newId, name: $newId, type: $newType}', {
            id,
            newId,
            newType,
        });
    }
}
/** Ids of some nodes: `where` is a condition on `n` in Cypher and its translation for SQLite's `nodes` row. */
export async function nodeIds(store, where, params = {}) {
    const db = sqlite(store);
    if (db)
        return db.prepare(`SELECT id FROM nodes n WHERE ${where.sql} ORDER BY id`).pluck().all(params);
    const result = await neo4j(store).read(`MATCH (n) WHERE ${where.cypher} RETURN n.id AS id ORDER BY id`, params);
    return result.records.map((r) => String(r.get('id')));
}
/** One relationship between two abstracted resources of a tenant (the first in a fixed order), and a third resource of it to move its end to. */
export async function relationshipToMove(store, tenantId) {
    const db = sqlite(store);
    let found;
    if (db) {
        found = db
            .prepare(`SELECT s.id AS src, r.type, d.id AS dst FROM rels r JOIN nodes s ON s.nid = r.src JOIN nodes d ON d.nid = r.dst
         WHERE s.tenant_id = ? AND d.tenant_id = s.tenant_id AND s.layer = 'abstracted' AND d.layer = 'abstracted' ORDER BY 1, 2, 3 LIMIT 1`)
            .get(tenantId);
    }
    else {
        const result = await neo4j(store).read(`MATCH (s)-[r]->(d) WHERE s.tenant_id = $t AND d.tenant_id = $t AND ${ABSTRACTED_PREDICATE.replace(/\bn:/g, 's:')} AND ${ABSTRACTED_PREDICATE.replace(/\bn:/g, 'd:')}
       RETURN s.id AS src, type(r) AS type, d.id AS dst ORDER BY src, type, dst LIMIT 1`, { t: tenantId });
        const r = result.records[0];
        if (r)
            found = { src: String(r.get('src')), type: String(r.get('type')), dst: String(r.get('dst')) };
    }
    if (!found)
        throw new Error(`tenant ${tenantId} has no relationship between two of its resources`);
    const resources = await abstractedResources(store, tenantId);
    const elsewhere = resources.find((id) => id !== found.src && id !== found.dst);
    return { ...found, elsewhere };
}
/** Deletes exactly one relationship of a type between two nodes (on Neo4j, found under these labels). */
export async function deleteOneRelationship(store, src, type, dst, labels = { src: 'Resource', dst: 'Resource' }) {
    const db = sqlite(store);
    if (db) {
        const deleted = db
            .prepare('DELETE FROM rels WHERE rid = (SELECT rid FROM rels WHERE type = ? AND src = (SELECT nid FROM nodes WHERE id = ?) AND dst = (SELECT nid FROM nodes WHERE id = ?) LIMIT 1)')
            .run(type, src, dst).changes;
        if (deleted !== 1)
            throw new Error(`no ${type} from ${src} to ${dst}`);
    }
    else {
        const result = await neo4j(store).write(`MATCH (:\`${labels.src}\` {id: $src})-[r:\`${type}\`]->(:\`${labels.dst}\` {id: $dst}) WITH r LIMIT 1 DELETE r`, {
            src,
            dst,
        });
        if (result.summary.counters.updates().relationshipsDeleted !== 1)
            throw new Error(`no ${type} from ${src} to ${dst}`);
    }
}
/** Moves the far end of exactly one relationship to another node: the same type, the same source, another target. */
export async function moveRelationshipEnd(store, src, type, dst, newDst) {
    const db = sqlite(store);
    if (db) {
        const moved = db
            .prepare(`UPDATE rels SET dst = (SELECT nid FROM nodes WHERE id = ?)
         WHERE rid = (SELECT rid FROM rels WHERE type = ? AND src = (SELECT nid FROM nodes WHERE id = ?) AND dst = (SELECT nid FROM nodes WHERE id = ?) LIMIT 1)`)
            .run(newDst, type, src, dst).changes;
        if (moved !== 1)
            throw new Error(`no ${type} from ${src} to ${dst}`);
    }
    else {
        const result = await neo4j(store).write(`MATCH (a:Resource {id: $src})-[r:\`${type}\`]->(:Resource {id: $dst}) WITH a, r LIMIT 1 MATCH (c:Resource {id: $newDst}) CREATE (a)-[:\`${type}\`]->(c) DELETE r`, { src, dst, newDst });
        if (result.summary.counters.updates().relationshipsDeleted !== 1)
            throw new Error(`no ${type} from ${src} to ${dst}`);
    }
}
/** The ids of a tenant's abstracted resources (as the tenant census counts them: no Original, no shared node), in id order. */
export function abstractedResources(store, tenantId) {
    return nodeIds(store, { cypher: `${ABSTRACTED_PREDICATE} AND n.tenant_id = $t`, sql: "n.layer = 'abstracted' AND n.tenant_id = @t" }, { t: tenantId });
}
//# sourceMappingURL=corrupt-graph.js.map