import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { OperationFailedError } from '../../src/domain/errors.js';
import { sideFilePath } from '../../src/store/sqlite/bulk-load-file.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { digestNodes, storeKinds } from '../helpers/stores.js';
import { assertRefused } from '../helpers/refusal.js';
import { readTenantStats } from '../../src/operations/tenant-stats.js';
import { copyTenant } from '../../src/transfer/transfer-tenant.js';

const A = 'b0b00000-0000-4000-8000-00000000000a';
const B = 'b0b00000-0000-4000-8000-00000000000b';
const options = { resources: 3000, seed: 5, batchSize: 10_000, concurrency: 1 };

/** Indexes and their definitions, as `sqlite_master` holds them. */
function indexes(db: Database.Database): { name: string; sql: string | null }[] {
  return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as { name: string; sql: string | null }[];
}

describe('SQLite bulk load into an empty store file', { skip: !storeKinds().includes('sqlite') && 'TENANT_SCALE_TEST_STORES excludes sqlite' }, () => {
  let dir: string;
  const open: SqliteStore[] = [];
  const store = (name: string) => {
    const s = new SqliteStore(join(dir, name));
    open.push(s);
    return s;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bulk-'));
  });
  after(async () => {
    for (const s of open) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('writes the same tenant as an in-place load, into a sound WAL file with every index, leaving no side file', async () => {
    const bulk = store('bulk.db');
    await loadGeneratedTenant(bulk, { ...options, tenantId: A });
    // A store that already holds data takes the in-place path.
    const inPlace = store('in-place.db');
    await loadGeneratedTenant(inPlace, { ...options, resources: 50, tenantId: B });
    await loadGeneratedTenant(inPlace, { ...options, tenantId: A });

    assert.equal(existsSync(sideFilePath(bulk.path)), false);
    for (const label of ['Resource', 'Original', 'User', 'Subscription', 'ResourceGroup']) {
      assert.equal(await digestNodes(bulk, label, A), await digestNodes(inPlace, label, A), `${label} nodes of the tenant and their relationships`);
    }
    assert.deepEqual(
      await readTenantStats(bulk, { tenantId: A, includeNullTenant: false }),
      await readTenantStats(inPlace, { tenantId: A, includeNullTenant: false }),
    );

    const again = new Database(bulk.path);
    try {
      assert.equal(again.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(again.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(indexes(again), indexes(inPlace.database), 'the deferred indexes are built again, with their definitions');
      assert.equal(again.prepare("SELECT count(*) FROM nodes WHERE tenant_id = ? AND layer = 'abstracted'").pluck().get(A), 3000);
    } finally {
      again.close();
    }
  });

  test('keeps other writers out of the store file while it loads', async () => {
    const s = store('locked.db');
    let attempted = false;
    await loadGeneratedTenant(
      s,
      { ...options, tenantId: A },
      {
        onProgress: () => {
          if (attempted) return;
          attempted = true;
          const other = new Database(s.path, { timeout: 0 });
          try {
            assert.throws(
              () =>
                other
                  .prepare("INSERT INTO operations (id, tenant_id, strategy, status, params, started_at) VALUES ('x', 't', 'random', 'running', '{}', 'now')")
                  .run(),
              /locked|busy/i,
            );
          } finally {
            other.close();
          }
        },
      },
    );
    assert.ok(attempted);
    assert.deepEqual(s.database.prepare('SELECT strategy FROM operations').pluck().all(), ['generate-tenant'], "only the load's own record");
  });

  test('an interrupted load leaves the store file empty and usable, and no side file', async () => {
    const s = store('interrupted.db');
    const controller = new AbortController();
    await assertRefused(
      loadGeneratedTenant(
        s,
        { ...options, resources: 20_000, tenantId: A, batchSize: 2000 },
        {
          signal: controller.signal,
          onProgress: (t) => {
            if (t.nodes > 0) controller.abort();
          },
        },
      ),
      OperationFailedError,
      /failed \(interrupted\); rolled back/,
    );
    assert.equal(existsSync(sideFilePath(s.path)), false);
    assert.equal(s.database.prepare('SELECT count(*) FROM nodes').pluck().get(), 0);
    const result = await loadGeneratedTenant(s, { ...options, tenantId: A });
    assert.equal(result.resources, 3000);
    const reopened = new SqliteStore(s.path);
    open.push(reopened);
    assert.equal((await readTenantStats(reopened, { tenantId: A, includeNullTenant: false })).scannedResources, 3000);
  });

  test('a connection left open on the empty store file sees the loaded tenant (copied in, not swapped)', async () => {
    const s = store('watched.db');
    const watcher = store('watched.db');
    assert.deepEqual((await watcher.graphCensus()).nodesByLabels, []);
    await loadGeneratedTenant(s, { ...options, tenantId: A });
    assert.equal(existsSync(sideFilePath(s.path)), false);
    assert.equal((await readTenantStats(watcher, { tenantId: A, includeNullTenant: false })).scannedResources, 3000);
    assert.equal(await digestNodes(watcher, 'Resource', A), await digestNodes(s, 'Resource', A));
  });

  test('a copy (an import) into an empty file loads through the side file, reads its own rows back to validate, and writes the same tenant as in place', async () => {
    const source = store('copy-source.db');
    await loadGeneratedTenant(source, { ...options, tenantId: A });
    const bulk = store('copy-bulk.db');
    let sideFileSeen = false;
    const copied = await copyTenant(source, bulk, {
      tenantId: A,
      batchSize: 2000,
      concurrency: 1,
      onProgress: () => {
        sideFileSeen ||= existsSync(sideFilePath(bulk.path));
      },
    });
    assert.ok(sideFileSeen, 'the copy went through the side file');
    assert.ok(copied.validation.length > 0 && copied.validation.every((c) => c.passed), `validated by reading back: ${JSON.stringify(copied.validation)}`);
    const inPlace = store('copy-in-place.db');
    await loadGeneratedTenant(inPlace, { ...options, resources: 50, tenantId: B });
    await copyTenant(source, inPlace, { tenantId: A, batchSize: 2000, concurrency: 1 });
    assert.equal(existsSync(sideFilePath(bulk.path)), false);
    for (const label of ['Resource', 'Original', 'User', 'Subscription', 'ResourceGroup']) {
      assert.equal(await digestNodes(bulk, label, A), await digestNodes(inPlace, label, A), `${label} nodes of the tenant and their relationships`);
    }
    assert.equal(bulk.database.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(bulk.database.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(indexes(bulk.database), indexes(inPlace.database));
  });

  test('an interrupted copy into an empty file leaves it empty, and no side file', async () => {
    const source = store('copy-source-2.db');
    await loadGeneratedTenant(source, { ...options, tenantId: A });
    const s = store('copy-interrupted.db');
    const controller = new AbortController();
    await assertRefused(
      copyTenant(source, s, {
        tenantId: A,
        batchSize: 500,
        concurrency: 1,
        signal: controller.signal,
        onProgress: (done) => {
          if (done > 0 && existsSync(sideFilePath(s.path))) controller.abort();
        },
      }),
      OperationFailedError,
      /interrupted/,
    );
    assert.equal(existsSync(sideFilePath(s.path)), false);
    assert.equal(s.database.prepare('SELECT count(*) FROM nodes').pluck().get(), 0);
    assert.equal(s.database.prepare('SELECT count(*) FROM operations').pluck().get(), 0);
  });

  test('a side file left by a crashed load is replaced', async () => {
    const s = store('crashed.db');
    writeFileSync(sideFilePath(s.path), 'not a database: what a killed load may leave behind');
    const result = await loadGeneratedTenant(s, { ...options, tenantId: A });
    assert.equal(result.resources, 3000);
    assert.equal(existsSync(sideFilePath(s.path)), false);
    assert.equal(s.database.pragma('integrity_check', { simple: true }), 'ok');
  });
});
