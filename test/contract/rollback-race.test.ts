import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OperationFailedError } from '../../src/domain/errors.js';
import type { NodeReplicationRequest } from '../../src/domain/template-replication.js';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { storeWithTenants, storeKinds, type OpenedStore } from '../helpers/stores.js';

const TENANT = 'aace0000-0000-4000-8000-00000000aace';

describe('rollback and leftovers', () => {
  for (const kind of storeKinds()) {
    describe(kind, () => {
      let opened: OpenedStore;
      let store: GraphStore;
      before(async () => {
        opened = await storeWithTenants(kind, [{ tenantId: TENANT, resources: 600, seed: 9 }]);
        store = opened.store;
      });
      after(async () => opened.dispose());

      // Only where batches run concurrently (Neo4j); SQLite has one writer, its batches never overlap.
      if (kind === 'neo4j')
        test('a batch that fails while its sibling is slow: the rollback waits, nothing stays behind', async () => {
          // The real store, with two faults staged: the first node batch is slow, the second fails.
          let calls = 0;
          const faulty = new Proxy(store, {
            get: (target, key) =>
              key === 'replicateTemplateNodes'
                ? async (request: NodeReplicationRequest) => {
                    const call = ++calls;
                    // A failure of the server's (as the driver reports one), not a bug of ours.
                    if (call === 2)
                      throw Object.assign(new Error('injected write failure'), { name: 'Neo4jError', code: 'Neo.TransientError.General.DatabaseUnavailable' });
                    if (call === 1) await new Promise((r) => setTimeout(r, 400));
                    return target.replicateTemplateNodes(request);
                  }
                : Reflect.get(target, key, target),
          }) as GraphStore;
          const err = await scaleUpTemplate(faulty, { tenantId: TENANT, scaleFactor: 2, batchSize: 100, concurrency: 2, maxResources: 1_000_000 }).catch(
            (e: unknown) => e,
          );
          assert.ok(err instanceof OperationFailedError, String(err));
          // Give a straggler time to commit (the slow batch sleeps 400 ms before writing).
          await new Promise((r) => setTimeout(r, 1_000));
          const operation = (await store.listOperations(TENANT)).find((o) => o.kind === 'template');
          assert.equal(operation?.status, 'rolled_back');
          assert.equal(await store.countOperationNodes(operation!.id), 0, 'the slow batch committed after the rollback');
          await cleanupOperations(store, { all: true, tenantId: TENANT, yes: true, batchSize: 1000 });
        });

      test('nodes left under a rolled-back operation: scale-validate reports them, scale-cleanup --all removes them', async () => {
        const result = await scaleUpTemplate(store, { tenantId: TENANT, scaleFactor: 2, batchSize: 1000, concurrency: 2, maxResources: 1_000_000 });
        await store.updateOperation(result.operationId, { status: 'rolled_back' }); // as if its rollback had been cut short
        const report = await validateTenant(store, TENANT);
        const leftover = report.operations.find((o) => o.operationId === result.operationId);
        assert.equal(report.passed, false);
        assert.equal(leftover?.checks[0]?.name, 'no-leftovers');
        assert.match(leftover!.checks[0]!.detail, /scale-cleanup --operation-id/);
        const cleaned = await cleanupOperations(store, { all: true, tenantId: TENANT, yes: true, batchSize: 1000 });
        assert.equal(cleaned.nodesDeleted, result.resourcesCreated);
        assert.equal(await store.countOperationNodes(result.operationId), 0);
        assert.equal((await validateTenant(store, TENANT)).passed, true);
      });
    });
  }
});
