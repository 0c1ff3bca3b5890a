import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import neo4j from 'neo4j-driver';
import { LABEL, REL } from '../../src/domain/atg-schema.js';
import { syntheticMarkers } from '../../src/domain/operation-record.js';
import { attemptBatch, nodeBatchGuard, relationshipBatchGuard, templateNodesGuard, templateRelationshipsGuard, } from '../../src/store/neo4j/batch-replay.js';
import { createNodesQuery } from '../../src/store/neo4j/cypher.js';
import * as Q from '../../src/store/neo4j/hot-queries.js';
import { freshStore, neo4jUri, storeKinds } from '../helpers/stores.js';
/**
 * A retried batch write after the server committed the first attempt but its answer was lost (a
 * restart between commit and reply): the retry finds its batch and writes nothing. The lost answer
 * is reproduced here by writing the batch once through the store and then running the retry's
 * attempt (attempt 2) in a transaction of its own, against a real server; the torture suite's
 * server-restart rows make the driver do it for real.
 */
const TENANT = 'b47c0000-0000-4000-8000-0000000000b4';
const OP = 'scale-20261202T000000-0000b47c';
describe('Neo4j batch writes retried after a lost answer', { skip: !storeKinds().includes('neo4j') && 'TENANT_SCALE_TEST_STORES excludes neo4j' }, () => {
    let opened;
    let store;
    let driver;
    before(async () => {
        opened = await freshStore('neo4j');
        store = opened.store;
        await store.ensureSchema();
        driver = neo4j.driver(neo4jUri());
    });
    after(async () => {
        await driver.close();
        await opened.dispose();
    });
    const attempt = async (n, cypher, params, counter, guard) => {
        const session = driver.session();
        try {
            return await session.executeWrite((tx) => attemptBatch(tx, n, { cypher, params, counter }, guard));
        }
        finally {
            await session.close();
        }
    };
    const count = async (cypher) => Number((await store.read(cypher)).records[0]?.get('n'));
    const resources = () => count('MATCH (n:Resource) RETURN count(n) AS n');
    const relationships = () => count('MATCH ()-[r]->() RETURN count(r) AS n');
    const vm = (id) => ({ id, name: id, type: 'Microsoft.Compute/virtualMachines', tenant_id: TENANT });
    const nodes = (ids) => ({ mode: 'create', labels: [LABEL.Resource], rows: ids.map(vm) });
    const retryNodes = (batch, n = 2) => attempt(n, createNodesQuery(batch.labels), { rows: batch.rows }, 'nodesCreated', nodeBatchGuard(batch));
    test('a node batch the first attempt committed is not written again; one it did not is', async () => {
        const before = await resources();
        const batch = nodes(['vm-a', 'vm-b', 'vm-c']);
        assert.equal(await store.writeNodes(batch), 3);
        assert.equal(await retryNodes(batch), 3, 'the retry reports what the first attempt wrote');
        assert.equal(await resources(), before + 3);
        // Unguarded (what every retry did before): the CREATE meets the unique id and the run fails.
        await assert.rejects(retryNodes(batch, 1), (err) => err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && /already exists/.test(err.message ?? ''));
        const fresh = nodes(['vm-d', 'vm-e']);
        assert.equal(await retryNodes(fresh), 2, 'a batch the first attempt did not commit is written by the retry');
        assert.equal(await resources(), before + 5);
    });
    test('a relationship batch is not written twice, even with two rows on the same ends', async () => {
        await store.writeNodes(nodes(['rel-a', 'rel-b', 'rel-c', 'rel-d']));
        const batch = {
            type: REL.CONNECTED_TO,
            srcLabel: LABEL.Resource,
            dstLabel: LABEL.Resource,
            rows: [
                { src: 'rel-a', dst: 'rel-b' },
                { src: 'rel-a', dst: 'rel-b' },
                { src: 'rel-b', dst: 'rel-c' },
            ],
        };
        const retry = (b) => attempt(2, Q.createRelationships(b.type, b.srcLabel, b.dstLabel).cypher, { rows: b.rows }, 'relationshipsCreated', relationshipBatchGuard(b));
        const before = await relationships();
        assert.equal(await store.writeRelationships(batch), 3);
        assert.equal(await retry(batch), 3);
        assert.equal(await relationships(), before + 3, 'no duplicates');
        const fresh = { ...batch, rows: [{ src: 'rel-c', dst: 'rel-d' }] };
        assert.equal(await retry(fresh), 1);
        assert.equal(await relationships(), before + 4);
    });
    test('template copies and their relationships are not written twice', async () => {
        // Template t-a: two out-edges to t-b (which gets no copies before the relationships are written).
        await store.writeNodes(nodes(['t-a', 't-b']));
        const edge = { src: 't-a', dst: 't-b' };
        await store.writeRelationships({ type: REL.CONNECTED_TO, srcLabel: LABEL.Resource, dstLabel: LABEL.Resource, rows: [edge, edge] });
        const markers = { ...syntheticMarkers(OP, 'template', TENANT, new Date('2026-12-02T00:00:00Z')), generation_strategy: 'template' };
        const request = { markers, batch: [{ templateId: 't-a', copyIds: ['t-a-c0', 't-a-c1'] }] };
        const retryCopies = (r) => attempt(2, Q.copyTemplateNodes.cypher, { batch: r.batch, markers: r.markers }, 'nodesCreated', templateNodesGuard(r));
        assert.equal(await store.replicateTemplateNodes(request), 2);
        assert.equal(await retryCopies(request), 2);
        const copies = () => count(`MATCH (c:Resource {scale_operation_id: '${OP}'}) RETURN count(c) AS n`);
        assert.equal(await copies(), 2);
        const params = { ids: ['t-a'], op: OP };
        const retryRelationships = (type) => attempt(2, Q.copyTemplateRelationships(type).cypher, params, 'relationshipsCreated', templateRelationshipsGuard(params, type));
        const copyEdges = () => count(`MATCH (c:Resource {scale_operation_id: '${OP}'})-[r]->() RETURN count(r) AS n`);
        // Each of t-a's two copies gets its two out-edges.
        assert.equal(await retryRelationships(), 4, 'not written yet: the retry writes them');
        assert.equal(await copyEdges(), 4);
        assert.equal(await retryRelationships(), 4, 'written: the retry finds them');
        assert.equal(await retryRelationships(REL.CONNECTED_TO), 4, 'per-type replication (older servers) finds them too');
        assert.equal(await copyEdges(), 4);
        const another = { markers, batch: [{ templateId: 't-b', copyIds: ['t-b-c0'] }] };
        assert.equal(await retryCopies(another), 1, 'a batch the first attempt did not commit is written');
        assert.equal(await copies(), 3);
    });
});
//# sourceMappingURL=neo4j-batch-replay.test.js.map