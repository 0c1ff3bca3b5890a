import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const A = 'aaaaaaaa-7000-4000-8000-00000000000a';
const C = 'cccccccc-7000-4000-8000-00000000000c';

// Found by the torture suite: a sample holding an identity (a shared node, no tenant_id) recorded one
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
      const args = ['--db', opened.dbArg, '--tenant-id', A, '--json', 'scale-down', 'algorithm', '--target-size', '0.5', '--seed', '11'];
      const r = spawnSync(process.execPath, [MAIN, ...args, '--output-mode', 'new-tenant', '--new-tenant-id', C], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: testHome() },
      });
      assert.equal(r.status, 0, r.stderr);
      const copied = (await opened.store.listOperations(C))[0]!;
      const census = await opened.store.tenantCensus(C);
      assert.equal(copied.resourcesCreated, census.resourcesWithTenant);
      const validation = await validateTenant(opened.store, C);
      assert.equal(validation.passed, true, JSON.stringify(validation.operations));
    });
  });
}
