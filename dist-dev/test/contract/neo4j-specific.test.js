import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { StoreConnectionError } from '../../src/domain/errors.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, neo4jUri, storeKinds } from '../helpers/stores.js';
describe('Neo4j adapter', { skip: !storeKinds().includes('neo4j') && 'TENANT_SCALE_TEST_STORES excludes neo4j' }, () => {
    let opened;
    before(async () => {
        // Through neo4j:// (routing), as a cluster or Aura would be reached.
        opened = await freshStore('neo4j', { uri: neo4jUri().replace(/^bolt:/, 'neo4j:') });
    });
    after(async () => opened.dispose());
    test('integral numbers are written as Neo4j Integers, not Floats', async () => {
        const store = opened.store;
        await store.writeNodes({ mode: 'create', labels: ['Resource'], rows: [{ id: 'int-test', count: 3, ratio: 0.5 }] });
        const result = await store.read("MATCH (n:Resource {id: 'int-test'}) RETURN valueType(n.count) AS c, valueType(n.ratio) AS r");
        assert.equal(result.records[0]?.get('c'), 'INTEGER NOT NULL');
        assert.equal(result.records[0]?.get('r'), 'FLOAT NOT NULL');
    });
    test('generate-tenant works through neo4j:// routing with managed transactions', async () => {
        const result = await loadGeneratedTenant(opened.store, { resources: 300, seed: 7, tenantId: 'routing-tenant', batchSize: 500, concurrency: 2 });
        assert.equal(result.resources, 300);
        assert.equal(opened.store.target.startsWith('neo4j://'), true);
    });
    test('an unreachable server is a StoreConnectionError naming the URL without the password', async () => {
        const err = await Neo4jStore.connect({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 's3cret-pw' }).catch((e) => e);
        assert.ok(err instanceof StoreConnectionError);
        assert.match(err.message, /bolt:\/\/127\.0\.0\.1:1/);
        assert.doesNotMatch(err.message, /s3cret-pw/);
    });
    test('dynamic relationship types are detected by a probe that leaves nothing behind', async () => {
        const store = opened.store;
        const census = await store.graphCensus();
        assert.equal(await store.supportsDynamicTypes(), true, `the test server (${await store.version()}) writes dynamic types`);
        assert.deepEqual(await store.graphCensus(), census);
    });
    test('ensureSchema creates the tenant-scale indexes once', async () => {
        const store = opened.store;
        await store.ensureSchema();
        await store.ensureSchema();
        const result = await store.read("SHOW INDEXES YIELD name WHERE name STARTS WITH 'tenant_scale_' RETURN count(*) AS n");
        assert.ok(Number(result.records[0]?.get('n')) >= 20);
    });
    test('ensureSchema from several processes at once: every one succeeds and the schema is whole', async () => {
        const store = opened.store;
        const names = async () => (await store.read("SHOW INDEXES YIELD name WHERE name STARTS WITH 'tenant_scale_' RETURN name ORDER BY name")).records.map((r) => String(r.get('name')));
        const expected = await names();
        for (const c of (await store.read("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'tenant_scale_' RETURN name")).records)
            await store.write(`DROP CONSTRAINT \`${c.get('name')}\``);
        for (const name of await names())
            await store.write(`DROP INDEX \`${name}\``);
        assert.deepEqual(await names(), []);
        // Separate connections, as separate processes would have (each store creates the schema once).
        const stores = await Promise.all([1, 2, 3].map(() => Neo4jStore.connect({ uri: neo4jUri() })));
        try {
            await Promise.all(stores.map((s) => s.ensureSchema()));
        }
        finally {
            for (const s of stores)
                await s.close();
        }
        assert.deepEqual(await names(), expected);
    });
});
//# sourceMappingURL=neo4j-specific.test.js.map