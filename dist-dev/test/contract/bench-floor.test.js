import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syntheticMarkers } from '../../src/domain/operation-record.js';
import { randomChunks } from '../../src/scale-up/random/random-chunks.js';
import { planRandom } from '../../src/scale-up/random/random-plan.js';
import { scaleUpRandom } from '../../src/scale-up/random/random-scale-up.js';
import { resolveTypeDistribution } from '../../src/scale-up/random/type-distribution.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import { runGeneratedFloor } from '../../bench/floor-chunks.js';
import { runTemplateFloor } from '../../bench/floor-template.js';
import { neo4jUri, storeKinds, storeWithTenants } from '../helpers/stores.js';
const TENANT = 'f1000000-0000-4000-8000-0000000000f1';
const BASE = { tenantId: TENANT, resources: 80, seed: 7 };
// Small batches: the floor writes several node batches two at a time, as ours does.
const BATCH = 60;
const CONCURRENCY = 2;
const RANDOM = { targetCount: 1_200, density: 1.5, seed: 5 };
/** Nodes and relationships in the store (operation records left out), counted through the store's census. */
async function census(store) {
    const c = await store.graphCensus();
    return { nodes: c.nodesByLabels.reduce((s, r) => s + r.count, 0), relationships: c.relationshipsByType.reduce((s, r) => s + r.count, 0) };
}
/** What `work` added to a fresh store holding the base tenant. */
async function added(kind, work) {
    const opened = await storeWithTenants(kind, [BASE]);
    try {
        await opened.store.ensureSchema();
        const before = await census(opened.store);
        const result = await work(opened.store);
        const after = await census(opened.store);
        return { nodes: after.nodes - before.nodes, relationships: after.relationships - before.relationships, result };
    }
    finally {
        await opened.dispose();
    }
}
const targetOf = (kind, store) => kind === 'sqlite' ? { kind: 'sqlite', db: store.database } : { kind: 'neo4j', uri: neo4jUri() };
for (const kind of storeKinds()) {
    describe(`bench floors on ${kind} write what ours writes`, () => {
        test('template scale-up: the floor creates as many nodes and relationships as ours, and says so', async () => {
            const ours = await added(kind, (store) => scaleUpTemplate(store, { tenantId: TENANT, scaleFactor: 4, batchSize: BATCH, concurrency: CONCURRENCY, maxResources: 1_000_000 }));
            const floor = await added(kind, (store) => runTemplateFloor(targetOf(kind, store), TENANT, 4, BATCH, CONCURRENCY));
            const reported = floor.result;
            assert.ok(ours.nodes > 2 * BATCH, `ours wrote ${ours.nodes} nodes: too few for batches in flight together`);
            assert.ok(ours.relationships > 0);
            assert.deepEqual({ nodes: floor.nodes, relationships: floor.relationships }, { nodes: ours.nodes, relationships: ours.relationships });
            assert.deepEqual({ nodes: reported.nodes, relationships: reported.relationships, concurrency: reported.concurrency }, { nodes: floor.nodes, relationships: floor.relationships, concurrency: CONCURRENCY });
        });
        test('random scale-up: the floor of the same chunks creates as many nodes and relationships as ours', async () => {
            const ours = await added(kind, (store) => scaleUpRandom(store, {
                tenantId: TENANT,
                targetCount: RANDOM.targetCount,
                typeDistribution: 'tenant',
                relationshipDensity: RANDOM.density,
                seed: RANDOM.seed,
                batchSize: BATCH,
                concurrency: CONCURRENCY,
                maxResources: 1_000_000,
            }));
            const op = 'scale-19700101T000000-f1005f10';
            const chunks = randomChunks(planRandom(RANDOM.targetCount, resolveTypeDistribution('tenant'), RANDOM.density, RANDOM.seed), {
                operationId: op,
                tenantId: TENANT,
                markers: syntheticMarkers(op, 'random', TENANT, new Date()),
                seed: RANDOM.seed,
                chunkRows: BATCH,
            });
            const floor = await added(kind, (store) => runGeneratedFloor(targetOf(kind, store), chunks, CONCURRENCY, BATCH));
            const reported = floor.result;
            assert.ok(ours.nodes >= RANDOM.targetCount, `ours wrote ${ours.nodes} nodes`);
            assert.ok(ours.relationships > RANDOM.targetCount, `ours wrote ${ours.relationships} relationships`);
            assert.deepEqual({ nodes: floor.nodes, relationships: floor.relationships }, { nodes: ours.nodes, relationships: ours.relationships });
            assert.deepEqual({ nodes: reported.nodes, relationships: reported.relationships }, { nodes: floor.nodes, relationships: floor.relationships });
        });
    });
}
//# sourceMappingURL=bench-floor.test.js.map