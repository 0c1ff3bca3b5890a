import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LABEL } from '../../src/domain/atg-schema.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { scaleDown } from '../../src/scale-down/scale-down.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { assertChecksPassed, NEW_TENANT_CHECKS } from '../helpers/validation-checks.js';

const A = 'aaaaaaaa-7000-4000-8000-00000000000a';
const C = 'cccccccc-7000-4000-8000-00000000000c';

// Found by the torture suite: a sample holding an identity (a shared node, no tenant resource) recorded one
// resource more than the new tenant's census counts, so scale-validate failed the new tenant.
for (const kind of storeKinds()) {
  describe(`scale-down new-tenant on ${kind}: the record counts resources as the census does`, () => {
    let opened: OpenedStore;
    before(async () => {
      opened = await freshStore(kind);
      await loadGeneratedTenant(opened.store, { tenantId: A, resources: 240, seed: 7, batchSize: 500, concurrency: 1 });
    });
    after(async () => opened.dispose());

    test('a sample with an identity in it validates', async () => {
      const store = opened.store;
      const r = await scaleDown(store, {
        tenantId: A,
        algorithm: 'forest-fire',
        targetSize: 0.5,
        defaultTargetSize: 0.5,
        seed: 11,
        output: { mode: 'new-tenant', newTenantId: C },
        batchSize: 500,
        concurrency: 1,
      });
      const sampled = await store.readNodes(
        LABEL.Resource,
        [...r.sampled].map((v) => r.graph.ids[v]!),
      );
      assert.equal(sampled.length, r.sampled.length, 'every sampled resource read back');
      const identities = sampled.filter((n) => n.labels.includes(LABEL.ManagedIdentity));
      assert.ok(identities.length > 0, 'the sample holds an identity: the case under test');
      const out = r.summary.output;
      assert.ok(out?.mode === 'new-tenant');
      assertChecksPassed(out.validation, NEW_TENANT_CHECKS);
      const copied = await store.getOperation(out.operationId);
      const census = await store.tenantCensus(C);
      assert.equal(copied?.resourcesCreated, census.resourcesWithTenant);
      assert.ok(census.resourcesWithTenant > 0);
      const validation = await validateTenant(store, C);
      assert.equal(validation.passed, true, JSON.stringify(validation.operations));
      assert.deepEqual(
        validation.operations.map((o) => o.checks.map((c) => c.name)),
        [['tenant-present', 'atg-shape']],
      );
    });
  });
}
