import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OperationFailedError } from '../../src/domain/errors.js';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { scaleDown, type ScaleDownOutput } from '../../src/scale-down/scale-down.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { copyTenant, exportTenant, importGraphFile } from '../../src/transfer/transfer-tenant.js';
import { canonicalHash, nodeCount } from '../helpers/canonical-hash.js';
import {
  abstractedResources,
  cloneNode,
  deleteNode,
  deleteOneRelationship,
  moveRelationshipEnd,
  relationshipToMove,
  setProperty,
} from '../helpers/corrupt-graph.js';
import { damagedAtValidation, skippingOneDelete } from '../helpers/damage-at-validation.js';
import { storeKinds, storeWithTenants, type OpenedStore } from '../helpers/stores.js';
import { assertChecksPassed, DELETE_CHECKS, IMPORT_CHECKS, NEW_TENANT_CHECKS } from '../helpers/validation-checks.js';
import { getNode } from '../../src/store/node-reads.js';

/**
 * Every check the import, copy, scale-down new-tenant and delete run before they complete, shown
 * to fail: the real operation, with one kind of damage done to the store as its validation begins
 * (or, for the delete, one node its delete misses). The operation must fail validation naming that
 * check and no other (its error lists the checks that failed), and roll back exactly. Then the
 * checks scale-validate runs over these operations later, with the same kind of damage.
 */

const A = 'a0000000-0000-4000-8000-0000000000e1';
const C = 'c0000000-0000-4000-8000-0000000000e3';
const X = 'f0000000-0000-4000-8000-0000000000e9';
const write = { batchSize: 200, concurrency: 2 };

const names = (checks: readonly { name: string }[]) => checks.map((c) => c.name);

/** The checks a failed operation's error names as failed, among `all` (its message lists `name: detail` for each). */
function failedChecks(err: unknown, all: readonly string[]): string[] {
  assert.ok(err instanceof OperationFailedError, String(err));
  assert.match(err.message, /failed validation \(/);
  return all.filter((name) => new RegExp(`[(;] ?${name}: `).test(err.message));
}

const abstracted = abstractedResources;

for (const kind of storeKinds()) {
  describe(`the checks of import, copy, new-tenant and delete catch corrupted data (${kind})`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    /** A SQLite store holding tenant C, the source of the copies. */
    let elsewhere: OpenedStore;
    let dir: string;
    let exported: string;
    before(async () => {
      opened = await storeWithTenants(kind, [{ tenantId: A, resources: 150, seed: 41 }]);
      store = opened.store;
      elsewhere = await storeWithTenants('sqlite', [{ tenantId: C, resources: 80, seed: 43 }]);
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-copy-corruption-'));
      exported = join(dir, 'a.json');
      await exportTenant(store, { tenantId: A, file: exported, format: 'json', includeOriginal: true });
    });
    after(async () => {
      await opened.dispose();
      await elsewhere.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    /**
     * Runs `operation` on the store damaged by `damage` as its validation begins; it must fail
     * validation with exactly `failing` among `all`, roll back, and (after `tidy` removes what the
     * damage left outside the operation's reach) leave the store exactly as before.
     */
    async function expectFailing(
      operation: (on: GraphStore) => Promise<unknown>,
      damage: (on: GraphStore) => Promise<void>,
      all: readonly string[],
      failing: readonly string[],
      tidy: () => Promise<void> = async () => {},
    ): Promise<void> {
      const before = await canonicalHash(store);
      const damaged = damagedAtValidation(store, damage);
      let err: unknown;
      try {
        const passed = (await operation(damaged.store)) as { operationId?: string; summary?: { output?: { operationId: string } } };
        // Undone so that the tests after this one start from the same store.
        const operationId = passed.operationId ?? passed.summary?.output?.operationId;
        if (operationId) await cleanupOperations(store, { operationId, yes: true, batchSize: 200 });
        await tidy();
        assert.fail(`the operation passed its validation despite the damage (${failing.join(', ')} should fail)`);
      } catch (e) {
        err = e;
      } finally {
        damaged.stop();
      }
      if (err instanceof assert.AssertionError) throw err;
      assert.ok(damaged.damaged, 'the validation began and met the damage');
      assert.deepEqual(failedChecks(err, all), failing, String(err));
      const operationId = /scale-\d{8}T\d{6}-[0-9a-f]{8}/.exec((err as Error).message)?.[0];
      assert.equal((await store.getOperation(operationId ?? ''))?.status, 'rolled_back', `the operation named in: ${String(err)}`);
      await tidy();
      assert.equal(await canonicalHash(store), before, 'rolled back exactly');
    }

    describe('import (a file of tenant A imported as tenant X)', () => {
      const importX = (on: GraphStore) => importGraphFile(on, exported, { ...write, tenantId: X });

      test('an undamaged import runs its three checks, all passing', async () => {
        const before = await canonicalHash(store);
        const r = await importX(store);
        assertChecksPassed(r.validation, IMPORT_CHECKS);
        await cleanupOperations(store, { operationId: r.operationId, yes: true, batchSize: 200 });
        assert.equal(await canonicalHash(store), before);
      });

      test('nodes-present: a node of the tenant more than the file holds', async () => {
        await expectFailing(
          importX,
          async (on) => {
            const [id] = await abstracted(on, X);
            const type = (await getNode(on, 'Resource', id!))!.properties.type as string;
            await cloneNode(on, id!, `${id}-stray`, type);
          },
          IMPORT_CHECKS,
          ['nodes-present'],
        );
      });

      test('relationship-counts (and relationships-exact with it): a relationship lost', async () => {
        await expectFailing(
          importX,
          async (on) => {
            const r = await relationshipToMove(on, X);
            await deleteOneRelationship(on, r.src, r.type, r.dst);
          },
          IMPORT_CHECKS,
          ['relationship-counts', 'relationships-exact'],
        );
      });

      test('relationships-exact: a relationship that points at another resource (every count holds)', async () => {
        await expectFailing(
          importX,
          async (on) => {
            const r = await relationshipToMove(on, X);
            await moveRelationshipEnd(on, r.src, r.type, r.dst, r.elsewhere);
          },
          IMPORT_CHECKS,
          ['relationships-exact'],
        );
      });
    });

    describe(`copy (tenant C from a SQLite store into this ${kind} store)`, () => {
      const copyC = (on: GraphStore) => copyTenant(elsewhere.store, on, { ...write, tenantId: C });

      test('an undamaged copy runs its three checks, all passing', async () => {
        const before = await canonicalHash(store);
        const r = await copyC(store);
        assertChecksPassed(r.validation, IMPORT_CHECKS);
        assert.equal(await canonicalHash(store, C), await canonicalHash(elsewhere.store, C), 'the same tenant');
        await cleanupOperations(store, { operationId: r.operationId, yes: true, batchSize: 200 });
        assert.equal(await canonicalHash(store), before);
      });

      test('nodes-present: a node of the tenant more than the source holds', async () => {
        await expectFailing(
          copyC,
          async (on) => {
            const [id] = await abstracted(on, C);
            const type = (await getNode(on, 'Resource', id!))!.properties.type as string;
            await cloneNode(on, id!, `${id}-stray`, type);
          },
          IMPORT_CHECKS,
          ['nodes-present'],
        );
      });

      test('relationship-counts (and relationships-exact with it): a relationship lost', async () => {
        await expectFailing(
          copyC,
          async (on) => {
            const r = await relationshipToMove(on, C);
            await deleteOneRelationship(on, r.src, r.type, r.dst);
          },
          IMPORT_CHECKS,
          ['relationship-counts', 'relationships-exact'],
        );
      });

      test('relationships-exact: a relationship that points at another resource (every count holds)', async () => {
        await expectFailing(
          copyC,
          async (on) => {
            const r = await relationshipToMove(on, C);
            await moveRelationshipEnd(on, r.src, r.type, r.dst, r.elsewhere);
          },
          IMPORT_CHECKS,
          ['relationships-exact'],
        );
      });
    });

    const sample = (output: ScaleDownOutput) => ({
      tenantId: A,
      algorithm: 'forest-fire' as const,
      targetSize: 0.3,
      defaultTargetSize: 0.3,
      seed: 7,
      output,
      ...write,
    });

    describe('scale-down new-tenant (a sample of A as tenant X)', () => {
      const newTenant = (on: GraphStore) => scaleDown(on, sample({ mode: 'new-tenant', newTenantId: X, includeOriginal: true }));

      test('an undamaged new tenant runs its three checks, all passing', async () => {
        const before = await canonicalHash(store);
        const out = (await newTenant(store)).summary.output;
        assert.ok(out?.mode === 'new-tenant');
        assertChecksPassed(out.validation, NEW_TENANT_CHECKS);
        await cleanupOperations(store, { operationId: out.operationId, yes: true, batchSize: 200 });
        assert.equal(await canonicalHash(store), before);
      });

      test('nodes-present: a copied resource that is not the new tenant’s', async () => {
        let moved = '';
        await expectFailing(
          newTenant,
          async (on) => {
            moved = (await abstracted(on, X))[0]!;
            await setProperty(on, moved, 'tenant_id', 'moved-away');
          },
          NEW_TENANT_CHECKS,
          ['nodes-present'],
          // The rollback removes the new tenant: the node moved out of it is left to remove here.
          async () => deleteNode(store, moved),
        );
      });

      test('relationship-counts (and typed-degree with it): a relationship lost', async () => {
        await expectFailing(
          newTenant,
          async (on) => {
            const r = await relationshipToMove(on, X);
            await deleteOneRelationship(on, r.src, r.type, r.dst);
          },
          NEW_TENANT_CHECKS,
          ['relationship-counts', 'typed-degree'],
        );
      });

      test('typed-degree: a relationship that points at another resource (the counts by type hold)', async () => {
        await expectFailing(
          newTenant,
          async (on) => {
            const r = await relationshipToMove(on, X);
            await moveRelationshipEnd(on, r.src, r.type, r.dst, r.elsewhere);
          },
          NEW_TENANT_CHECKS,
          ['typed-degree'],
        );
      });
    });

    describe('scale-down delete (A shrunk to a sample in place)', () => {
      let serial = 0;
      const backupFile = () => join(dir, `backup-${++serial}.json`);
      const deleteOutside = (on: GraphStore) => scaleDown(on, sample({ mode: 'delete', confirmed: true, backupFile: backupFile() }));
      const isOriginal = async (key: string) => (await getNode(store, 'Resource', key))?.labels.includes('Original') ?? false;

      test('an undamaged delete runs its two checks, all passing', async () => {
        const before = await canonicalHash(store);
        const out = (await deleteOutside(store)).summary.output;
        assert.ok(out?.mode === 'delete');
        assertChecksPassed(out.validation, DELETE_CHECKS);
        await cleanupOperations(store, { operationId: out.operationId, yes: true, batchSize: 200 });
        assert.equal(await canonicalHash(store), before);
      });

      /** The delete, missing one node that `skip` picks among those it deletes. */
      const missing = (skip: (key: string) => Promise<boolean>, seen: { key?: string }) => async (on: GraphStore) => {
        const skipping = skippingOneDelete(on, async (keys) => {
          for (const key of keys) if (await skip(key)) return key;
          return undefined;
        });
        try {
          return await deleteOutside(skipping.store);
        } finally {
          seen.key = skipping.skipped;
        }
      };

      test('deleted (and sample-kept with it): the delete missed a resource', async () => {
        const seen: { key?: string } = {};
        await expectFailing(
          missing(async (key) => !(await isOriginal(key)), seen),
          async () => {},
          DELETE_CHECKS,
          ['deleted', 'sample-kept'],
        );
        assert.ok(seen.key, 'a resource was left out of the delete');
      });

      test('deleted: the delete missed an Original (the tenant still holds as many resources as the sample)', async () => {
        const seen: { key?: string } = {};
        await expectFailing(missing(isOriginal, seen), async () => {}, DELETE_CHECKS, ['deleted']);
        assert.ok(seen.key && (await isOriginal(seen.key)), 'an Original was left out of the delete');
      });

      test('sample-kept: a resource more in the tenant than the sample (nothing to delete remains)', async () => {
        let stray = '';
        await expectFailing(
          deleteOutside,
          async (on) => {
            const [id] = await abstracted(on, A);
            stray = `${id}-stray`;
            await cloneNode(on, id!, stray, (await getNode(on, 'Resource', id!))!.properties.type as string);
          },
          DELETE_CHECKS,
          ['sample-kept'],
          // The rollback restores what was deleted; the stray resource is not its to remove.
          async () => deleteNode(store, stray),
        );
      });
    });

    describe('scale-validate over these operations later', () => {
      test('tenant-present: a new tenant that lost a resource since', async () => {
        const out = (await scaleDown(store, sample({ mode: 'new-tenant', newTenantId: X }))).summary.output;
        assert.ok(out?.mode === 'new-tenant');
        const clean = await validateTenant(store, X, out.operationId);
        assert.deepEqual(names(clean.operations[0]!.checks), ['tenant-present', 'atg-shape']);
        assert.equal(clean.passed, true, JSON.stringify(clean));
        await deleteNode(store, (await abstracted(store, X))[0]!);
        const report = await validateTenant(store, X, out.operationId);
        assert.deepEqual(
          report.operations[0]!.checks.map((c) => [c.name, c.passed]),
          [
            ['tenant-present', false],
            ['atg-shape', true],
          ],
        );
        await cleanupOperations(store, { operationId: out.operationId, yes: true, batchSize: 200 });
        assert.equal(await nodeCount(store, X), 0);
      });

      test('backup and deleted: its backup gone, damaged, or a deleted resource back in the tenant', async () => {
        const before = await canonicalHash(store);
        const file = join(dir, 'validated-backup.json');
        const out = (await scaleDown(store, sample({ mode: 'delete', confirmed: true, backupFile: file }))).summary.output;
        assert.ok(out?.mode === 'delete');
        const checks = async () => (await validateTenant(store, A, out.operationId)).operations[0]!.checks.map((c) => [c.name, c.passed]);
        assert.deepEqual(await checks(), [
          ['backup', true],
          ['deleted', true],
        ]);
        // A deleted resource back in the tenant (under its own id).
        const backup = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { labels: string[]; properties: { id: string } }[] };
        const gone = backup.nodes.find((n) => !n.labels.includes('Original'))!.properties.id;
        const [kept] = await abstracted(store, A);
        await cloneNode(store, kept!, gone, (await getNode(store, 'Resource', kept!))!.properties.type as string);
        assert.deepEqual(await checks(), [
          ['backup', true],
          ['deleted', false],
        ]);
        await deleteNode(store, gone);
        // The backup damaged: one byte changed.
        const text = readFileSync(file, 'utf8');
        const at = text.indexOf('"type":"Microsoft.') + 10;
        writeFileSync(file, text.slice(0, at) + (text[at] === 'X' ? 'Y' : 'X') + text.slice(at + 1));
        assert.deepEqual(await checks(), [['backup', false]]);
        writeFileSync(file, text);
        assert.deepEqual(await checks(), [
          ['backup', true],
          ['deleted', true],
        ]);
        // The backup gone.
        const aside = `${file}.aside`;
        writeFileSync(aside, text);
        rmSync(file);
        assert.ok(!existsSync(file));
        assert.deepEqual(await checks(), [['backup', false]]);
        writeFileSync(file, readFileSync(aside));
        await cleanupOperations(store, { operationId: out.operationId, yes: true, batchSize: 200 });
        assert.equal(await canonicalHash(store), before, 'the delete undone from its backup');
      });
    });
  });
}
