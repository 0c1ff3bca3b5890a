import { createHash } from 'node:crypto';
import { canonicalHash } from '../../test/helpers/canonical-hash.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
export async function storeState(store) {
    const operations = await store.listOperations();
    const completed = new Set(operations.filter((o) => o.status === 'completed').map((o) => o.id));
    const onNodes = await operationIdsOnNodes(store);
    return {
        whole: await canonicalHash(store),
        original: await originalLayerHash(store),
        running: operations.filter((o) => o.status === 'running').map((o) => o.id),
        unowned: onNodes.filter((id) => !completed.has(id)),
    };
}
/** Differences that matter, as failure lines (empty: the states agree). */
export function compareStates(expected, actual, what) {
    const problems = [];
    if (actual.whole !== expected.whole)
        problems.push(`store is not ${what}`);
    if (actual.original !== expected.original)
        problems.push(`Original layer changed (expected ${what})`);
    problems.push(...leftovers(actual));
    return problems;
}
/** Records left running and data no completed record owns. */
export function leftovers(state) {
    const problems = [];
    if (state.running.length > 0)
        problems.push(`operations left running: ${state.running.join(', ')}`);
    if (state.unowned.length > 0)
        problems.push(`nodes owned by no completed operation: ${state.unowned.join(', ')}`);
    return problems;
}
/**
 * Nodes plus relationships in the store (operation records left out): a crash trial's measure of
 * how far a killed command got — strictly between the sizes before and after an uninterrupted run
 * means the kill landed inside the work.
 */
export async function storeSize(store) {
    if (store instanceof SqliteStore) {
        const count = (table) => Number(store.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
        return count('nodes') + count('rels');
    }
    const neo = store;
    const nodes = await neo.read('MATCH (n) WHERE NOT n:ScaleOperation RETURN count(n) AS n');
    const relationships = await neo.read('MATCH ()-[r]->() RETURN count(r) AS n');
    return Number(nodes.records[0].get('n')) + Number(relationships.records[0].get('n'));
}
/** Distinct operation ids carried by nodes (synthetic copies, generated and imported tenants). */
async function operationIdsOnNodes(store) {
    if (store instanceof SqliteStore) {
        return store.database.prepare('SELECT DISTINCT scale_operation_id AS id FROM nodes WHERE scale_operation_id IS NOT NULL').all().map((r) => r.id);
    }
    const result = await store.read('MATCH (n) WHERE n.scale_operation_id IS NOT NULL AND NOT n:ScaleOperation RETURN DISTINCT n.scale_operation_id AS id');
    return result.records.map((r) => String(r.get('id')));
}
/**
 * A digest of the Original layer: every :Original node (properties read through the port, null
 * dropped, sorted, as the whole-store hash reads them) and every SCAN_SOURCE_NODE relationship.
 */
export async function originalLayerHash(store) {
    const keys = await originalKeys(store);
    const lines = [];
    for (let i = 0; i < keys.length; i += 1000) {
        const page = keys.slice(i, i + 1000);
        for (const n of await store.readNodes('Original', page)) {
            const p = n.properties;
            const entries = Object.keys(p)
                .filter((k) => p[k] !== null)
                .sort()
                .map((k) => [k, p[k]]);
            lines.push(`N ${JSON.stringify(entries)}`);
        }
        for (const r of await store.readNodeRelationships('Original', page, 'in'))
            if (r.type === 'SCAN_SOURCE_NODE')
                lines.push(`R ${r.other.key} ${r.key}`);
    }
    lines.sort();
    return createHash('sha256').update(lines.join('\n')).digest('hex');
}
async function originalKeys(store) {
    if (store instanceof SqliteStore)
        return store.database.prepare(`SELECT id FROM nodes WHERE labels LIKE '%:Original:%'`).all().map((r) => r.id);
    const result = await store.read('MATCH (n:Original) RETURN n.id AS id');
    return result.records.map((r) => String(r.get('id')));
}
//# sourceMappingURL=state.js.map