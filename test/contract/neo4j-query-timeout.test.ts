import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OperationFailedError, QueryTimeoutError } from '../../src/domain/errors.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, neo4jUri, storeKinds, type OpenedStore } from '../helpers/stores.js';

/** A query that would run for many minutes: only the server's transaction timeout ends it. */
const RUNAWAY = { purpose: "validating the operation's nodes", cypher: 'UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n' };
const TENANT = 'f1a40000-0000-4000-8000-0000000000f1';

describe('Neo4j query timeout', { skip: !storeKinds().includes('neo4j') && 'TENANT_SCALE_TEST_STORES excludes neo4j' }, () => {
  let opened: OpenedStore;
  let store: Neo4jStore;
  before(async () => {
    opened = await freshStore('neo4j');
    store = await Neo4jStore.connect({ uri: neo4jUri(), queryTimeoutSeconds: 1 });
  });
  after(async () => {
    await store.close();
    await opened.dispose();
  });

  test('a runaway read is stopped by the server and becomes a QueryTimeoutError naming its purpose and the fix', async () => {
    const err = await store.read(RUNAWAY).catch((e: unknown) => e);
    assert.ok(err instanceof QueryTimeoutError, String(err));
    assert.equal(err.exitCode, 1);
    assert.match(err.message, /validating the operation's nodes/);
    assert.match(err.message, /1 s query timeout/);
    assert.match(err.fix ?? '', /performance\.query_timeout_s/);
  });

  test("a validation that runs away rolls the scale-up back and fails with the timeout's fix", async () => {
    await loadGeneratedTenant(store, { resources: 200, seed: 5, tenantId: TENANT, batchSize: 5000, concurrency: 2 });
    // The real store, except that its validation read is the runaway query: the server's timeout
    // is real, only the slow plan is staged.
    const slowValidation = new Proxy(store, {
      get: (target, key) => (key === 'countOperationNodeGroups' ? () => target.read(RUNAWAY) : Reflect.get(target, key, target)),
    }) as GraphStore;
    const err = await scaleUpTemplate(slowValidation, { tenantId: TENANT, scaleFactor: 2, batchSize: 5000, concurrency: 2, maxResources: 1_000_000 }).catch(
      (e: unknown) => e,
    );
    assert.ok(err instanceof OperationFailedError, String(err));
    assert.match(err.message, /query timeout/);
    assert.match(err.fix ?? '', /performance\.query_timeout_s/);
    const operation = (await store.listOperations(TENANT)).find((o) => o.kind === 'template');
    assert.equal(operation?.status, 'rolled_back');
    assert.equal(await store.countOperationNodes(operation!.id), 0);
  });
});
