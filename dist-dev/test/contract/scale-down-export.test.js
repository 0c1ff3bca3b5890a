import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { UsageError } from '../../src/domain/errors.js';
import { scaleDown } from '../../src/scale-down/scale-down.js';
/** The export result of a scale-down that wrote a file. */
function exported(r) {
    const out = r.summary.output;
    assert.ok(out?.mode === 'export', 'an export result');
    return out;
}
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { runCypherScript } from '../helpers/cypher-script.js';
import { storeWithTenants, neo4jUri, storeKinds, wipeNeo4j } from '../helpers/stores.js';
import { assertRefused } from '../helpers/refusal.js';
const A = 'e0000000-0000-4000-8000-0000000000ea';
const B = 'e0000000-0000-4000-8000-0000000000eb';
const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-export-'));
const sample = (file, format, extra = {}) => ({
    tenantId: A,
    algorithm: 'forest-fire',
    defaultTargetSize: 0.1,
    seed: 5,
    targetCount: 60,
    output: { mode: 'export', file, format },
    ...extra,
});
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
describe('scale-down export', () => {
    after(() => rmSync(dir, { recursive: true, force: true }));
    const bytes = new Map();
    for (const kind of storeKinds()) {
        describe(kind, () => {
            let opened;
            let store;
            before(async () => {
                opened = await storeWithTenants(kind, [
                    { tenantId: A, resources: 900, seed: 31 },
                    { tenantId: B, resources: 300, seed: 32 },
                ]);
                store = opened.store;
            });
            after(async () => opened.dispose());
            test('json: the sample with its context, only this tenant, the same bytes for the same seed', async () => {
                const file = join(dir, `${kind}.json`);
                const r = await scaleDown(store, sample(file, 'json'));
                const doc = readJson(file);
                assert.equal(exported(r).nodes, doc.nodes.length);
                const sampledIds = new Set([...r.sampled].map((v) => r.graph.ids[v]));
                assert.equal(doc.nodes.filter((n) => sampledIds.has(String(n.properties.id))).length, 60, 'every sampled resource');
                for (const label of ['Tenant', 'Subscription', 'ResourceGroup', 'Region', 'Tag'])
                    assert.ok(doc.nodes.some((n) => n.labels.includes(label)), `no ${label}`);
                for (const n of doc.nodes)
                    if (n.properties.tenant_id !== undefined)
                        assert.equal(n.properties.tenant_id, A, JSON.stringify(n));
                assert.ok(!doc.nodes.some((n) => n.labels.includes('Original')));
                assert.ok(!doc.relationships.some((rel) => rel.type === 'SCAN_SOURCE_NODE'));
                const keys = new Set(doc.nodes.map((n) => String(n.labels.includes('Region') ? n.properties.code : n.properties.id)));
                for (const rel of doc.relationships)
                    assert.ok(keys.has(rel.src.key) && keys.has(rel.dst.key), `dangling ${JSON.stringify(rel)}`);
                assert.ok(doc.relationships.some((rel) => rel.type === 'CONTAINS' && rel.src.label === 'Subscription'));
                const again = join(dir, `${kind}-again.json`);
                await scaleDown(store, sample(again, 'json'));
                assert.equal(readFileSync(again, 'utf8'), readFileSync(file, 'utf8'));
                bytes.set(kind, readFileSync(file, 'utf8'));
            });
            test('--include-original adds the twins, SCAN_SOURCE_NODE and the group CONTAINS', async () => {
                const file = join(dir, `${kind}-orig.json`);
                await scaleDown(store, sample(file, 'json', { output: { mode: 'export', file, format: 'json', includeOriginal: true } }));
                const doc = readJson(file);
                // Every scanned resource of the sample has its twin (a shared identity labelled Resource has none).
                const twins = doc.nodes.filter((n) => n.labels.includes('Original')).length;
                assert.ok(twins >= 55, `${twins} twins`);
                assert.equal(doc.relationships.filter((r) => r.type === 'SCAN_SOURCE_NODE').length, twins);
                assert.equal(doc.relationships.filter((r) => r.type === 'CONTAINS' && r.src.label === 'ResourceGroup').length, twins);
            });
            test('graphml parses back with graphology-graphml', async () => {
                const file = join(dir, `${kind}.graphml`);
                const r = await scaleDown(store, sample(file, 'graphml'));
                const graph = parseGraphml(MultiDirectedGraph, readFileSync(file, 'utf8'));
                assert.equal(graph.order, exported(r).nodes);
                assert.equal(graph.size, exported(r).relationships);
                const vm = graph.nodes().find((n) => graph.getNodeAttribute(n, 'type') === 'Microsoft.Compute/virtualMachines');
                assert.ok(vm, 'a VM with its type attribute');
            });
            test('an existing file without force, or an unwritable folder: UsageError before anything is read', async () => {
                const file = join(dir, `${kind}-exists.json`);
                writeFileSync(file, 'keep me');
                await assertRefused(scaleDown(store, sample(file, 'json')), UsageError, /output file .*-exists\.json already exists/);
                assert.equal(readFileSync(file, 'utf8'), 'keep me');
                await scaleDown(store, sample(file, 'json', { output: { mode: 'export', file, format: 'json', force: true } }));
                assert.notEqual(readFileSync(file, 'utf8'), 'keep me');
                const locked = join(dir, 'locked');
                rmSync(locked, { recursive: true, force: true });
                await assertRefused(scaleDown(store, sample(join(locked, 'x.json'), 'json')), UsageError, /cannot write .*x\.json: its folder .*locked does not exist or is not writable/);
                assert.ok(!existsSync(join(locked, 'x.json')));
            });
            test('cypher export loads into an empty Neo4j and equals the sample', { skip: !storeKinds().includes('neo4j') && 'needs Neo4j' }, async () => {
                const file = join(dir, `${kind}.cypher`);
                const jsonFile = join(dir, `${kind}-for-cypher.json`);
                await scaleDown(store, sample(file, 'cypher'));
                await scaleDown(store, sample(jsonFile, 'json'));
                const expected = readJson(jsonFile);
                const target = await emptyNeo4j();
                try {
                    await runCypherScript(target, readFileSync(file, 'utf8'));
                    const nodes = await target.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p');
                    const loaded = nodes.records
                        .map((r) => JSON.stringify({ labels: [...r.get('labels')].sort(), properties: sortKeys(r.get('p')) }))
                        .sort();
                    assert.deepEqual(loaded, expected.nodes.map((n) => JSON.stringify(n)).sort(), 'every node with every property');
                    const rels = await target.read('MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.code) AS src, coalesce(b.id, b.code) AS dst');
                    assert.deepEqual(rels.records.map((r) => `${r.get('src')} ${r.get('type')} ${r.get('dst')}`).sort(), expected.relationships.map((r) => `${r.src.key} ${r.type} ${r.dst.key}`).sort());
                }
                finally {
                    await restoreSchema(target);
                }
            });
        });
    }
    test('both stores export the same bytes for the same seed', { skip: storeKinds().length < 2 && 'needs both stores' }, () => {
        assert.equal(bytes.get('sqlite'), bytes.get('neo4j'));
    });
});
const sortKeys = (p) => Object.fromEntries(Object.keys(p)
    .sort()
    .map((k) => [k, p[k]]));
/** The test server, emptied of data and of every index and constraint, as a fresh Neo4j is. */
async function emptyNeo4j() {
    await wipeNeo4j();
    const store = await Neo4jStore.connect({ uri: neo4jUri() });
    for (const c of (await store.read('SHOW CONSTRAINTS YIELD name RETURN name')).records)
        await store.write(`DROP CONSTRAINT \`${c.get('name')}\``);
    for (const i of (await store.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")).records)
        await store.write(`DROP INDEX \`${i.get('name')}\``);
    return store;
}
/** Drops what the script created and puts tenant-scale's own schema back for the next tests. */
async function restoreSchema(store) {
    await wipeNeo4j();
    for (const c of (await store.read('SHOW CONSTRAINTS YIELD name RETURN name')).records)
        await store.write(`DROP CONSTRAINT \`${c.get('name')}\``);
    await store.ensureSchema();
    await store.close();
}
//# sourceMappingURL=scale-down-export.test.js.map