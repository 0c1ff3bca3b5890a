import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LABEL } from '../../src/domain/atg-schema.js';
import { UsageError } from '../../src/domain/errors.js';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import { forgetOperationRecord, storeKinds, storeWithTenants } from '../helpers/stores.js';
import { getNode } from '../../src/store/node-reads.js';

const A = 'a1a1a1a1-0000-4000-8000-00000000000a';
const B = 'b2b2b2b2-0000-4000-8000-00000000000b';

for (const kind of storeKinds()) {
  describe(`scale-cleanup of an unrecorded operation is scoped to the tenant named (${kind})`, () => {
    test('--operation-id X --tenant-id A, and --all --tenant-id A, leave tenant B alone even where its nodes carry the same operation id', async () => {
      const opened = await storeWithTenants(kind, [
        { tenantId: A, resources: 300, seed: 1 },
        { tenantId: B, resources: 300, seed: 2 },
      ]);
      const { store } = opened;
      try {
        const up = await scaleUpTemplate(store, { tenantId: A, scaleFactor: 2, batchSize: 500, concurrency: 2, maxResources: 10_000 });
        await forgetOperationRecord(store, up.operationId); // a crash before the record, or a record lost: known by its nodes only
        // Nodes of tenant B that carry the same operation id (an id is only a string: a look-alike, a copy, a hand edit).
        await store.writeNodes({
          mode: 'create',
          labels: [LABEL.Resource],
          rows: Array.from({ length: 3 }, (_, i) => ({
            id: `b-lookalike-${i}`,
            name: `b-lookalike-${i}`,
            type: 'Microsoft.Network/networkInterfaces',
            tenant_id: B,
            synthetic: true,
            scale_operation_id: up.operationId,
          })),
        });
        const before = await canonicalHash(store, B);
        const inA = (await store.countOperationNodes(up.operationId)) - 3;
        const lookalikesLeft = async () => (await Promise.all([0, 1, 2].map((i) => getNode(store, LABEL.Resource, `b-lookalike-${i}`)))).filter(Boolean).length;

        const dry = await cleanupOperations(store, { operationId: up.operationId, tenantId: A, dryRun: true, batchSize: 500 });
        assert.equal(dry.operations[0]!.nodes, inA, 'the dry run counts tenant A only');
        const done = await cleanupOperations(store, { operationId: up.operationId, tenantId: A, yes: true, batchSize: 500 });
        assert.equal(done.nodesDeleted, inA);
        assert.equal(await lookalikesLeft(), 3, "tenant B's nodes with that id are untouched");
        assert.equal(await canonicalHash(store, B), before);
        assert.equal(await store.countOperationNodes(up.operationId, B), 3);

        await assert.rejects(
          cleanupOperations(store, { operationId: up.operationId, tenantId: A, yes: true, batchSize: 500 }),
          (e: unknown) => e instanceof UsageError && /no operation .* in tenant/.test(e.message),
        );
        const all = await cleanupOperations(store, { all: true, tenantId: A, yes: true, batchSize: 500 });
        assert.equal(all.nodesDeleted, 0);
        assert.equal(await canonicalHash(store, B), before, '--all for A does not reach B either');
      } finally {
        await opened.dispose();
      }
    });
  });
}
