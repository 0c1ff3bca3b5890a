import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateTenant } from '../../src/tenant-generator/generate-tenant.js';
import { LABEL } from '../../src/domain/atg-schema.js';
import { ALLOWED_RESOURCE_PAIRS, pairKey } from '../../src/domain/atg-catalog/kind-relationships.js';
import { layerOf } from '../../src/domain/layers.js';
const TENANT = 'eeeeeeee-0000-4000-8000-000000000001';
function flatten(resources, seed, tenantId = TENANT, chunkRows) {
    return [...generateTenant({ resources, seed, tenantId, ...(chunkRows ? { chunkRows } : {}) })];
}
describe('tenant generator (pure)', () => {
    test('every relationship it draws between two resources is one the ATG catalog allows between their kinds', () => {
        const typeOf = new Map();
        const pairs = new Map();
        const chunks = [...generateTenant({ resources: 5000, seed: 3, tenantId: 'catalog-check' })];
        for (const chunk of chunks)
            for (const b of chunk.nodes)
                if (layerOf(b.labels) === 'abstracted')
                    for (const row of b.rows)
                        typeOf.set(row.id, String(row.type));
        for (const chunk of chunks) {
            for (const b of chunk.relationships) {
                if (b.srcLabel !== LABEL.Resource || b.dstLabel !== LABEL.Resource)
                    continue;
                for (const row of b.rows) {
                    const [from, to] = [typeOf.get(row.src), typeOf.get(row.dst)];
                    if (from && to)
                        pairs.set(pairKey(from, b.type, to), (pairs.get(pairKey(from, b.type, to)) ?? 0) + 1);
                }
            }
        }
        assert.ok(pairs.size > 20, `${pairs.size} kinds of resource-to-resource relationship drawn`);
        assert.deepEqual([...pairs.keys()].filter((k) => !ALLOWED_RESOURCE_PAIRS.has(k)), []);
    });
    test('the same seed gives the same graph, however it is chunked', () => {
        const rows = (chunks) => ({
            nodes: chunks.flatMap((c) => c.nodes.flatMap((b) => b.rows.map((r) => JSON.stringify([b.labels, r])))).sort(),
            rels: chunks.flatMap((c) => c.relationships.flatMap((b) => b.rows.map((r) => `${b.type} ${r.src} ${r.dst}`))).sort(),
        });
        assert.deepEqual(rows(flatten(2000, 5)), rows(flatten(2000, 5, TENANT, 3000)));
        assert.notDeepEqual(rows(flatten(2000, 5)).nodes, rows(flatten(2000, 6)).nodes);
    });
    test('exactly N abstracted resources, each with an Original twin', () => {
        for (const n of [1, 7, 150, 3333]) {
            const chunks = flatten(n, 1);
            const count = (labels) => chunks
                .flatMap((c) => c.nodes)
                .filter((b) => b.labels.join(':') === labels)
                .reduce((s, b) => s + b.rows.length, 0);
            assert.equal(count('Resource'), n);
            assert.equal(count('Resource:Original'), n);
            assert.equal(chunks.reduce((s, c) => s + c.resources, 0), n);
        }
    });
    test('every relationship endpoint is a node written in the same or an earlier chunk', () => {
        const seen = new Set();
        for (const chunk of flatten(5000, 2, TENANT, 5000)) {
            for (const b of chunk.nodes)
                for (const r of b.rows)
                    seen.add(`${b.labels[0]}|${b.labels[0] === LABEL.Region ? r.code : r.id}`);
            for (const b of chunk.relationships) {
                for (const r of b.rows) {
                    assert.ok(seen.has(`${b.srcLabel}|${r.src}`) || b.srcLabel === LABEL.Resource, `source ${r.src}`);
                    assert.ok(seen.has(`${b.dstLabel}|${r.dst}`) || b.dstLabel === LABEL.Resource, `target ${r.dst}`);
                }
            }
        }
    });
    test('degrees are skewed: hubs (VNets, NSGs, workspaces, key vaults) have far more edges than the median', () => {
        const degree = new Map();
        for (const chunk of flatten(20_000, 3)) {
            for (const b of chunk.relationships) {
                if (b.type === 'SCAN_SOURCE_NODE' || b.srcLabel !== LABEL.Resource || b.dstLabel !== LABEL.Resource)
                    continue;
                for (const r of b.rows) {
                    degree.set(r.src, (degree.get(r.src) ?? 0) + 1);
                    degree.set(r.dst, (degree.get(r.dst) ?? 0) + 1);
                }
            }
        }
        const sorted = [...degree.values()].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)];
        const max = sorted[sorted.length - 1];
        assert.ok(max >= 50 * median, `max degree ${max} vs median ${median}`);
    });
    test('two tenants from one seed share no ids', () => {
        const ids = (tenant) => new Set(flatten(500, 1, tenant).flatMap((c) => c.nodes.filter((b) => b.mode === 'create').flatMap((b) => b.rows.map((r) => r.id))));
        const a = ids(TENANT);
        const b = ids('ffffffff-0000-4000-8000-000000000002');
        assert.equal([...a].filter((id) => b.has(id)).length, 0);
    });
});
//# sourceMappingURL=generator.test.js.map