import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { canonicalHash, nodeCount } from '../helpers/canonical-hash.js';
import { abstractedResources } from '../helpers/corrupt-graph.js';
import { storeKinds, storeWithTenants } from '../helpers/stores.js';
/**
 * The digest every "unchanged" check relies on sees what the store port cannot name: a node without
 * an `id` or `code` (Neo4j), a relationship's properties (Neo4j), a relationship whose end row is
 * gone (SQLite). Each is written straight into the store, so nothing of tenant-scale is involved.
 */
const A = 'a0000000-0000-4000-8000-0000000000c1';
const B = 'b0000000-0000-4000-8000-0000000000c1';
const neo = (store) => store;
for (const kind of storeKinds()) {
    describe(`canonicalHash sees every node and relationship (${kind})`, () => {
        let opened;
        let store;
        let resource;
        before(async () => {
            opened = await storeWithTenants(kind, [
                { tenantId: A, resources: 40, seed: 3 },
                { tenantId: B, resources: 20, seed: 4 },
            ]);
            store = opened.store;
            resource = (await abstractedResources(store, A))[0];
        });
        after(async () => opened.dispose());
        /** A node of tenant A without a key (SQLite holds a key for every row: there, one under a label no key read knows), and a relationship to it. */
        async function addUnkeyedNode(note) {
            if (store instanceof SqliteStore) {
                store.database
                    .prepare("INSERT INTO nodes (id, labels, tenant_id, props) VALUES (?, ':Unkeyed:', ?, json_object('note', ?))")
                    .run(`unkeyed-${note}`, A, note);
                store.database
                    .prepare("INSERT INTO rels (type, src, dst) SELECT 'MENTIONS', s.nid, d.nid FROM nodes s, nodes d WHERE s.id = ? AND d.id = ?")
                    .run(resource, `unkeyed-${note}`);
            }
            else {
                await neo(store).write('MATCH (s:Resource {id: $src}) CREATE (s)-[:MENTIONS]->(:Unkeyed {tenant_id: $t, note: $note})', { src: resource, t: A, note });
            }
        }
        async function removeUnkeyedNodes() {
            if (store instanceof SqliteStore) {
                store.database.prepare("DELETE FROM rels WHERE dst IN (SELECT nid FROM nodes WHERE labels = ':Unkeyed:')").run();
                store.database.prepare("DELETE FROM nodes WHERE labels = ':Unkeyed:'").run();
            }
            else {
                await neo(store).write('MATCH (n:Unkeyed) DETACH DELETE n');
            }
        }
        test('a node without a key, and a relationship to it, change the whole-store and the tenant hash (not the other tenant’s)', async () => {
            const before = { whole: await canonicalHash(store), a: await canonicalHash(store, A), b: await canonicalHash(store, B), nodes: await nodeCount(store) };
            await addUnkeyedNode('first');
            const once = { whole: await canonicalHash(store), a: await canonicalHash(store, A), b: await canonicalHash(store, B) };
            assert.notEqual(once.whole, before.whole, 'the whole-store hash sees the node');
            assert.notEqual(once.a, before.a, "the tenant's hash sees it");
            assert.equal(once.b, before.b, 'the other tenant is not concerned');
            assert.equal(await nodeCount(store), before.nodes + 1, 'counted too');
            // Its content, not only its presence: another one of the same shape is another graph.
            await removeUnkeyedNodes();
            await addUnkeyedNode('second');
            assert.notEqual(await canonicalHash(store), once.whole, 'its properties are hashed');
            await removeUnkeyedNodes();
            assert.deepEqual({ whole: await canonicalHash(store), a: await canonicalHash(store, A), b: await canonicalHash(store, B) }, {
                whole: before.whole,
                a: before.a,
                b: before.b,
            });
        });
        test('the relationship to the node without a key removed: the hash changes again, and the node alone still counts', async () => {
            const without = await canonicalHash(store);
            await addUnkeyedNode('third');
            const withRelationship = await canonicalHash(store);
            if (store instanceof SqliteStore)
                store.database.prepare("DELETE FROM rels WHERE type = 'MENTIONS'").run();
            else
                await neo(store).write('MATCH ()-[r:MENTIONS]->() DELETE r');
            const alone = await canonicalHash(store);
            assert.notEqual(alone, withRelationship, 'the relationship was hashed');
            assert.notEqual(alone, without, 'the node without a relationship is hashed');
            await removeUnkeyedNodes();
            assert.equal(await canonicalHash(store), without);
        });
        if (kind === 'neo4j')
            test("a relationship's properties are hashed", async () => {
                const before = await canonicalHash(store);
                const beforeA = await canonicalHash(store, A);
                const set = await neo(store).write('MATCH (:Resource {tenant_id: $t})-[r]->() WITH r LIMIT 1 SET r.weight = 3', { t: A });
                assert.equal(set.summary.counters.updates().propertiesSet, 1);
                assert.notEqual(await canonicalHash(store), before, 'the whole store');
                assert.notEqual(await canonicalHash(store, A), beforeA, 'the tenant');
                await neo(store).write('MATCH ()-[r]->() WHERE r.weight IS NOT NULL REMOVE r.weight');
                assert.equal(await canonicalHash(store), before);
            });
        if (kind === 'sqlite')
            test('a relationship whose end row is gone is hashed', async () => {
                const db = store.database;
                const before = await canonicalHash(store);
                db.prepare("INSERT INTO rels (type, src, dst) SELECT 'MENTIONS', nid, (SELECT max(nid) + 1000 FROM nodes) FROM nodes WHERE id = ?").run(resource);
                assert.notEqual(await canonicalHash(store), before, 'the whole store');
                db.prepare("DELETE FROM rels WHERE type = 'MENTIONS'").run();
                assert.equal(await canonicalHash(store), before);
            });
    });
}
if (storeKinds().length === 2)
    test('the same generated graph hashes the same on both stores, whole and by tenant', async () => {
        const tenants = [
            { tenantId: A, resources: 60, seed: 5 },
            { tenantId: B, resources: 30, seed: 6 },
        ];
        const sqlite = await storeWithTenants('sqlite', tenants);
        const neo4j = await storeWithTenants('neo4j', tenants);
        try {
            for (const tenantId of [undefined, A, B])
                assert.equal(await canonicalHash(sqlite.store, tenantId), await canonicalHash(neo4j.store, tenantId), tenantId ?? 'whole');
            assert.equal(await nodeCount(sqlite.store), await nodeCount(neo4j.store));
        }
        finally {
            await sqlite.dispose();
            await neo4j.dispose();
        }
    });
//# sourceMappingURL=canonical-hash.test.js.map