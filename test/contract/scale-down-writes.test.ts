import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import { backupKeys, openBackup } from '../../src/slice/backup-file.js';
import { restoreFromBackup } from '../../src/scale-down/restore/restore.js';
import { scaleDown, type ScaleDownOptions, type ScaleDownOutput } from '../../src/scale-down/scale-down.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import { canonicalHash, nodeCount } from '../helpers/canonical-hash.js';
import { CRASH_AT_MODULE } from '../helpers/crash-at.js';
import { freshStore, storeWithTenants, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
import { assertChecksPassed, DELETE_CHECKS, NEW_TENANT_CHECKS } from '../helpers/validation-checks.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const A = 'aaaaaaaa-1111-4000-8000-00000000000a';
const B = 'bbbbbbbb-2222-4000-8000-00000000000b';
const X = 'cccccccc-3333-4000-8000-00000000000c';

const sample = (tenantId: string, output: ScaleDownOutput, seed = 7): ScaleDownOptions => ({
  tenantId,
  algorithm: 'forest-fire',
  targetSize: 0.1,
  defaultTargetSize: 0.1,
  seed,
  output,
  batchSize: 150,
  concurrency: 2,
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome(), ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The ids of a tenant's nodes. */
async function idsOf(store: GraphStore, tenantId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let after = ''; ; ) {
    const page = await store.readResourcePage({ tenantId }, after, 5000);
    for (const r of page) ids.add(r.id);
    if (page.length < 5000) return ids;
    after = page[page.length - 1]!.id;
  }
}

for (const kind of storeKinds()) {
  describe(`scale-down that writes, on ${kind}`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    let dir: string;
    before(async () => {
      opened = await storeWithTenants(kind, [
        { tenantId: A, resources: 1200, seed: 3 },
        { tenantId: B, resources: 300, seed: 5 },
      ]);
      store = opened.store;
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-writes-'));
    });
    after(async () => {
      await opened.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    test('new-tenant in the same store: validated, no id shared with the source, and scale-cleanup leaves the store as before', async () => {
      const before = await canonicalHash(store);
      const sourceBefore = await canonicalHash(store, A);
      const r = await scaleDown(store, sample(A, { mode: 'new-tenant', newTenantId: X, includeOriginal: true }));
      const out = r.summary.output;
      assert.ok(out?.mode === 'new-tenant');
      assertChecksPassed(out.validation, NEW_TENANT_CHECKS);
      assert.equal(out.resources, r.sampled.length);
      const copied = await idsOf(store, X);
      // The sampled resources, and identities (resources too) that came along as context.
      assert.ok(copied.size >= r.sampled.length, `${copied.size} resources in the copy`);
      const source = await idsOf(store, A);
      assert.equal([...copied].filter((id) => source.has(id)).length, 0, 'no id in common');
      // The sample's Originals came along and are the new tenant's too.
      assert.ok((await nodeCount(store, X)) > 2 * r.sampled.length);
      assert.equal((await store.getOperation(out.operationId))?.status, 'completed');
      assert.equal(await canonicalHash(store, A), sourceBefore, 'the source tenant untouched');

      const cleaned = await cleanupOperations(store, { operationId: out.operationId, yes: true, batchSize: 100 });
      assert.ok(cleaned.nodesDeleted > 2 * r.sampled.length);
      assert.equal(await nodeCount(store, X), 0);
      assert.equal(await canonicalHash(store), before, 'both tenants as before');
      assert.equal((await store.getOperation(out.operationId))?.status, 'rolled_back');
    });

    test('delete shrinks only this tenant, after a backup; restore puts it back exactly', async () => {
      const beforeA = await canonicalHash(store, A);
      const beforeB = await canonicalHash(store, B);
      const whole = await canonicalHash(store);
      const resourcesBefore = (await idsOf(store, A)).size;
      const backupFile = join(dir, `${kind}-backup.json`);
      const r = await scaleDown(store, sample(A, { mode: 'delete', confirmed: true, backupFile }));
      const out = r.summary.output;
      assert.ok(out?.mode === 'delete');
      assertChecksPassed(out.validation, DELETE_CHECKS);
      assert.equal((await idsOf(store, A)).size, r.sampled.length, 'the tenant is the sample');
      assert.equal(await canonicalHash(store, B), beforeB, 'the other tenant untouched');
      assert.notEqual(await canonicalHash(store, A), beforeA);
      const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
      assert.equal(backup.kind, 'scale-down-backup');
      assert.ok(
        backup.nodes.some((n: { labels: string[] }) => n.labels.includes('Original')),
        'both layers',
      );

      // A restore that dies after writing every node and before any relationship, then a real one: exact.
      const dying = new Proxy(store, {
        get: (target, key) => {
          if (key === 'writeChunk' && target.writeChunk) {
            return async (chunk: Parameters<NonNullable<GraphStore['writeChunk']>>[0]) => {
              if (chunk.relationships.length) {
                await target.finishWrites?.();
                throw new Error('died');
              }
              return target.writeChunk!(chunk);
            };
          }
          if (key === 'writeRelationships')
            return async () => {
              throw new Error('died');
            };
          return Reflect.get(target, key, target);
        },
      }) as GraphStore;
      await assert.rejects(restoreFromBackup(dying, { file: backupFile, batchSize: 100 }), /died/);
      assert.equal((await idsOf(store, A)).size, resourcesBefore, 'every resource is back');
      assert.notEqual(await canonicalHash(store, A), beforeA, 'nodes back, relationships not yet');
      const restored = await restoreFromBackup(store, { file: backupFile, batchSize: 100 });
      assert.equal(restored.nodes, 0, 'every node was back already');
      assert.equal(restored.alreadyPresent, out.nodesDeleted);
      assert.equal(await canonicalHash(store, A), beforeA, 'restored exactly');
      assert.equal(await canonicalHash(store), whole);
      assert.equal((await store.getOperation(out.operationId))?.status, 'rolled_back');
      assert.ok(restored.relationships > 0);
      // Restoring twice adds nothing.
      const again = await restoreFromBackup(store, { file: backupFile, batchSize: 100 });
      assert.equal(again.nodes + again.relationships, 0);
      assert.equal(await canonicalHash(store), whole);
    });

    /** The CLI delete of tenant A (seed 11, a tenth kept) with its backup in `backupFile`. */
    const deleteArgs = (backupFile: string) => [
      '--db',
      opened.dbArg,
      '--tenant-id',
      A,
      '--json',
      'scale-down',
      'algorithm',
      '--target-size',
      '0.1',
      '--seed',
      '11',
      '--output-mode',
      'delete',
      '--yes',
      '--backup-file',
      backupFile,
    ];
    /** Runs the CLI with `args`, SIGKILLed by itself at the event `crashAt` names (test/helpers/crash-at.ts). */
    const killedAt = (crashAt: string, args: string[], batchSize: number) =>
      spawnSync(process.execPath, ['--import', CRASH_AT_MODULE, MAIN, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: testHome(), TENANT_SCALE_PERFORMANCE_BATCH_SIZE: String(batchSize), TEST_CRASH_AT: crashAt },
      });
    /** How many of a backup's nodes the tenant holds. */
    const presentOf = async (file: string) => {
      let present = 0;
      let total = 0;
      for await (const keys of backupKeys(await openBackup(file))) {
        present += (await store.readTenantNodeKeys(A, 'Resource', keys)).length;
        total += keys.length;
      }
      return { present, total };
    };

    test('a delete killed (SIGKILL) at chosen batches: restore gives the original back; a rerun finishes the same delete', async () => {
      const whole = await canonicalHash(store);
      // The reference: the same delete, uninterrupted, then undone by scale-cleanup (which restores).
      const refBackup = join(dir, `${kind}-ref.json`);
      const ref = await scaleDown(store, sample(A, { mode: 'delete', confirmed: true, backupFile: refBackup }, 11));
      const shrunk = await canonicalHash(store);
      const refOut = ref.summary.output;
      assert.ok(refOut?.mode === 'delete');
      assertChecksPassed(refOut.validation, DELETE_CHECKS);
      await cleanupOperations(store, { operationId: refOut.operationId, yes: true, batchSize: 100 });
      assert.equal(await canonicalHash(store), whole, 'scale-cleanup of a delete restores it');

      // Killed as its deletes begin (the backup complete), then half way: restored, then rerun. (The
      // torture suite's crash row kills the same delete at random batches, the last one included.)
      const batchSize = kind === 'sqlite' ? 2 : 25;
      const batches = Math.ceil(refOut.nodesDeleted / batchSize);
      assert.ok(batches > 6, `${batches} batches to aim at`);
      const aims = [0, Math.floor(batches / 2)];
      for (const [trial, after] of aims.entries()) {
        const backupFile = join(dir, `${kind}-killed-${trial}.json`);
        const killed = killedAt(after === 0 ? 'phase:delete' : `progress:${after}:deleting`, deleteArgs(backupFile), batchSize);
        assert.equal(killed.signal, 'SIGKILL', `trial ${trial}: killed at its event, not finished (${killed.status}: ${killed.stderr})`);
        const record = (await (await opened.reopen()).listOperations(A)).filter((o) => o.kind === 'scale-down-delete').at(-1)!;
        assert.equal(record.status, 'running', `trial ${trial}: the record stays running`);
        const { present, total } = await presentOf(backupFile);
        assert.equal(total, refOut.nodesDeleted, `trial ${trial}: the backup is whole`);
        // Exactly the batches before the kill were deleted (the last one may be short of nodes of the tenant).
        const deleted = total - present;
        assert.ok(
          deleted > (after - 1) * batchSize && deleted <= after * batchSize,
          `trial ${trial}: ${deleted} deleted after ${after} batches of ${batchSize}`,
        );
        if (trial % 2 === 0) {
          const restored = await restoreFromBackup(store, { file: backupFile, batchSize: 100 });
          assert.equal(restored.alreadyPresent, present);
          assert.equal(restored.nodes, deleted);
          assert.equal(await canonicalHash(store), whole, `trial ${trial}: restored after the kill`);
        } else {
          const rerun = cli(deleteArgs(backupFile));
          assert.equal(rerun.code, 0, rerun.stderr);
          const out = JSON.parse(rerun.stdout).output;
          assert.equal(out.resumed, true);
          assert.equal(await canonicalHash(store), shrunk, `trial ${trial}: the rerun finished the same delete`);
          await cleanupOperations(store, { operationId: record.id, yes: true, batchSize: 100 });
          assert.equal(await canonicalHash(store), whole);
        }
      }

      // Killed after its record, as its backup begins: nothing was deleted; the rerun closes the record and starts afresh.
      const early = join(dir, `${kind}-killed-early.json`);
      const killed = killedAt('phase:backup', deleteArgs(early), 150);
      assert.equal(killed.signal, 'SIGKILL', `killed as the backup began, not finished (${killed.status}: ${killed.stderr})`);
      assert.equal((await store.listOperations(A)).filter((o) => o.status === 'running').length, 1, 'its record stays running');
      assert.equal(existsSync(early), false, 'no backup file');
      assert.equal(await canonicalHash(store), whole, 'nothing deleted before the backup');
      const rerun = cli(deleteArgs(early));
      assert.equal(rerun.code, 0, rerun.stderr);
      assert.equal(JSON.parse(rerun.stdout).output.resumed, false);
      assert.equal(await canonicalHash(store), shrunk);
      const closed = (await store.listOperations(A)).filter((o) => o.kind === 'scale-down-delete' && /nothing had been deleted/.test(o.error ?? ''));
      assert.equal(closed.length, 1, 'the interrupted record is closed');
      await cleanupOperations(store, { operationId: JSON.parse(rerun.stdout).output.operationId, yes: true, batchSize: 100 });
      assert.equal(await canonicalHash(store), whole);
    });

    test('a restore killed (SIGKILL) mid-way, then run again: exactly the original', async () => {
      const whole = await canonicalHash(store);
      const backupFile = join(dir, `${kind}-restore-killed.json`);
      const r = await scaleDown(store, sample(A, { mode: 'delete', confirmed: true, backupFile }, 11));
      assert.ok(r.summary.output?.mode === 'delete');
      assert.equal((await presentOf(backupFile)).present, 0, 'every node of the backup deleted');
      // Batches of 5 nodes; SQLite commits every 10 batches, so the 30th progress event is past a commit on both stores.
      const killed = killedAt('progress:30:restoring', ['--db', opened.dbArg, 'restore', '--file', backupFile], 5);
      assert.equal(killed.signal, 'SIGKILL', `killed at its event, not finished (${killed.status}: ${killed.stderr})`);
      const { present, total } = await presentOf(backupFile);
      assert.ok(present > 0 && present < total, `killed mid-way: ${present} of ${total} nodes back`);
      assert.notEqual(await canonicalHash(store), whole, 'part of it back');
      const again = await restoreFromBackup(store, { file: backupFile, batchSize: 100 });
      assert.equal(again.alreadyPresent, present);
      assert.equal(again.nodes, total - present);
      assert.equal(await canonicalHash(store), whole, 'the rerun of a killed restore finishes it');
    });

    test('bad input: exit 2, a message with the fix, nothing written', async () => {
      const whole = await canonicalHash(store);
      const db = ['--db', opened.dbArg, '--tenant-id', A];
      const cases: [string, string[], RegExp][] = [
        ['new tenant id exists', ['scale-down', 'algorithm', '--output-mode', 'new-tenant', '--new-tenant-id', B], /already exists/],
        ['new tenant id missing', ['scale-down', 'algorithm', '--output-mode', 'new-tenant'], /needs --new-tenant-id/],
        ['the source tenant', ['scale-down', 'algorithm', '--output-mode', 'new-tenant', '--new-tenant-id', A], /source tenant/],
        ['delete without --yes', ['scale-down', 'algorithm', '--output-mode', 'delete', '--backup-file', join(dir, 'never.json')], /--yes/],
        [
          'unwritable backup path',
          ['scale-down', 'algorithm', '--output-mode', 'delete', '--yes', '--backup-file', '/nonexistent-folder/b.json'],
          /not writable/,
        ],
        ['a flag of another mode', ['scale-down', 'algorithm', '--output-mode', 'delete', '--yes', '--new-tenant-id', X], /does not apply/],
      ];
      for (const [name, args, message] of cases) {
        const r = cli([...db, ...args]);
        assert.equal(r.code, 2, `${name}: ${r.stderr}`);
        assert.match(r.stderr, message, name);
        assert.match(r.stderr, /fix: /, name);
      }
      assert.equal(existsSync(join(dir, 'never.json')), false);

      // Restore refuses a backup of another tenant, a damaged one and a truncated one.
      const good = join(dir, `${kind}-for-restore.json`);
      const r = await scaleDown(store, sample(A, { mode: 'delete', confirmed: true, backupFile: good }, 5));
      const shrunk = await canonicalHash(store);
      const text = readFileSync(good, 'utf8');
      const flipped = join(dir, 'flipped.json');
      const at = text.indexOf('"type":"Microsoft.') + 10;
      writeFileSync(flipped, text.slice(0, at) + (text[at] === 'X' ? 'Y' : 'X') + text.slice(at + 1));
      const truncated = join(dir, 'truncated.json');
      writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
      for (const [name, args, message] of [
        ['another tenant', ['--db', opened.dbArg, '--tenant-id', B, 'restore', '--file', good], /backup of tenant/],
        ['a flipped byte', ['--db', opened.dbArg, 'restore', '--file', flipped], /sha256 does not match/],
        ['truncated', ['--db', opened.dbArg, 'restore', '--file', truncated], /truncated/],
        ['no such file', ['--db', opened.dbArg, 'restore', '--file', join(dir, 'none.json')], /no file/],
      ] as [string, string[], RegExp][]) {
        const out = cli(args);
        assert.equal(out.code, 2, `${name}: ${out.stderr}`);
        assert.match(out.stderr, message, name);
        assert.equal(await canonicalHash(store), shrunk, `${name}: nothing written`);
      }
      const ok = cli(['--db', opened.dbArg, 'restore', '--file', good]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /Restored tenant/);
      assert.equal(await canonicalHash(store), whole);
      assert.ok(r.summary.output);
    });

    test('a scaled-up tenant: its sample as a new tenant is cut loose from the scale-up; an in-place delete is refused', async () => {
      const whole = await canonicalHash(store);
      const up = await scaleUpTemplate(store, { tenantId: B, scaleFactor: 2, batchSize: 500, concurrency: 2, maxResources: 100_000 });
      const r = await scaleDown(store, { ...sample(B, { mode: 'new-tenant', newTenantId: X }), targetSize: 0.5 });
      const out = r.summary.output;
      assert.ok(out?.mode === 'new-tenant');
      assertChecksPassed(out.validation, NEW_TENANT_CHECKS);
      const copy = await canonicalHash(store, X);
      assert.ok((await idsOf(store, X)).size > 0);
      // Cleaning up the scale-up (by operation id) leaves the new tenant's copies of its nodes alone.
      await cleanupOperations(store, { operationId: up.operationId, yes: true, batchSize: 100 });
      assert.equal(await canonicalHash(store, X), copy);
      await cleanupOperations(store, { operationId: out.operationId, yes: true, batchSize: 100 });
      assert.equal(await canonicalHash(store), whole);

      const again = await scaleUpTemplate(store, { tenantId: B, scaleFactor: 2, batchSize: 500, concurrency: 2, maxResources: 100_000 });
      const refused = cli([
        '--db',
        opened.dbArg,
        '--tenant-id',
        B,
        'scale-down',
        'algorithm',
        '--output-mode',
        'delete',
        '--yes',
        '--backup-file',
        join(dir, 'refused.json'),
      ]);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, /scale-up/);
      await cleanupOperations(store, { operationId: again.operationId, yes: true, batchSize: 100 });
      assert.equal(await canonicalHash(store), whole);
    });

    test('--no-backup must be explicit, and is then recorded as such', async () => {
      const aBefore = await canonicalHash(store, A);
      const r = cli([
        '--db',
        opened.dbArg,
        '--tenant-id',
        B,
        '--json',
        'scale-down',
        'algorithm',
        '--target-size',
        '0.5',
        '--output-mode',
        'delete',
        '--yes',
        '--no-backup',
      ]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout).output;
      assert.equal(out.backupFile, null);
      assert.equal((await idsOf(store, B)).size, out.resourcesKept);
      const report = JSON.parse(cli(['--db', opened.dbArg, '--tenant-id', B, '--json', 'scale-validate', '--operation-id', out.operationId]).stdout);
      assert.match(report.operations[0].checks[0].detail, /without a backup/);
      assert.equal(await canonicalHash(store, A), aBefore, 'the other tenant untouched');
    });
  });
}

if (storeKinds().length === 2) {
  describe('new-tenant into the other store', () => {
    let sqlite: OpenedStore;
    let neo: OpenedStore;
    before(async () => {
      sqlite = await freshStore('sqlite');
      neo = await freshStore('neo4j');
      await loadGeneratedTenant(sqlite.store, { resources: 900, seed: 8, tenantId: A, batchSize: 5000, concurrency: 2 });
      await loadGeneratedTenant(neo.store, { resources: 900, seed: 8, tenantId: A, batchSize: 5000, concurrency: 2 });
    });
    after(async () => {
      await sqlite.dispose();
      await neo.dispose();
    });

    test('SQLite → Neo4j and Neo4j → SQLite give the same tenant; cleanup leaves both stores as before', async () => {
      const sqliteBefore = await canonicalHash(sqlite.store);
      const neoBefore = await canonicalHash(neo.store);
      assert.equal(await canonicalHash(sqlite.store, A), await canonicalHash(neo.store, A), 'the same source tenant on both');
      const toNeo = await scaleDown(sqlite.store, sample(A, { mode: 'new-tenant', newTenantId: X, target: neo.store, includeOriginal: true }));
      const toSqlite = await scaleDown(neo.store, sample(A, { mode: 'new-tenant', newTenantId: X, target: sqlite.store, includeOriginal: true }));
      const a = toNeo.summary.output;
      const b = toSqlite.summary.output;
      assert.ok(a?.mode === 'new-tenant' && b?.mode === 'new-tenant');
      assertChecksPassed(a.validation, NEW_TENANT_CHECKS, 'SQLite → Neo4j');
      assertChecksPassed(b.validation, NEW_TENANT_CHECKS, 'Neo4j → SQLite');
      assert.equal(await canonicalHash(neo.store, X), await canonicalHash(sqlite.store, X), 'the same copy, whichever way');
      await cleanupOperations(neo.store, { operationId: a.operationId, yes: true, batchSize: 100 });
      await cleanupOperations(sqlite.store, { operationId: b.operationId, yes: true, batchSize: 100 });
      assert.equal(await canonicalHash(neo.store), neoBefore);
      assert.equal(await canonicalHash(sqlite.store), sqliteBefore);
    });
  });
}
