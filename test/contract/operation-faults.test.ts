import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { InternalError, OperationFailedError } from '../../src/domain/errors.js';
import { newOperationId } from '../../src/domain/ids.js';
import { runOperation } from '../../src/operations/lifecycle/run-operation.js';
import { OperationMetrics } from '../../src/operations/metrics.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { TEMPLATE_KIND } from '../../src/scale-up/template-kind.js';
import { freshStore, storeKinds, storeWithTenants } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const T = 'f0f0f0f0-0000-4000-8000-00000000000f';

const start = (tenantId: string) => ({
  kind: TEMPLATE_KIND,
  tenantId,
  operationId: newOperationId(new Date()),
  startedAt: new Date(),
  params: {},
  batchSize: 100,
  metrics: new OperationMetrics(100),
});

/** The store with one call failing as a server that went away would make it fail. */
function failing(store: GraphStore, method: keyof GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === method)
        return async () => {
          throw new Error('connection lost');
        };
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

for (const kind of storeKinds()) {
  describe(`operation faults: what the user is told (${kind})`, () => {
    test('a bug inside an operation is rolled back and reported as a bug (InternalError, exit 70), not as a failed operation', async () => {
      const opened = await freshStore(kind);
      try {
        const s = start(T);
        await assert.rejects(
          runOperation(opened.store, s, async () => {
            throw new TypeError("Cannot read properties of undefined (reading 'id')");
          }),
          (e: unknown) => e instanceof InternalError && e.exitCode === 70 && /internal error/.test(e.message) && /rolled back/.test(e.message),
        );
        assert.equal((await opened.store.getOperation(s.operationId))?.status, 'rolled_back');
      } finally {
        await opened.dispose();
      }
    });

    test('a rollback the store fails is exit 1 saying so, and the record stays running for scale-cleanup', async () => {
      const opened = await freshStore(kind);
      try {
        const s = start(T);
        const store = failing(opened.store, 'deleteOperationNodes');
        await assert.rejects(
          runOperation(store, s, async () => {
            throw new Error('Neo4j went away');
          }),
          (e: unknown) =>
            e instanceof OperationFailedError &&
            e.exitCode === 1 &&
            /rollback failed too/.test(e.message) &&
            new RegExp(`scale-cleanup --operation-id ${s.operationId}`).test(e.forCli().fix ?? ''),
        );
        assert.equal((await opened.store.getOperation(s.operationId))?.status, 'running');
      } finally {
        await opened.dispose();
      }
    });
  });
}

describe('a store failing under a command is exit 1 with a clear message, not "a bug"', () => {
  test('SQLite locked by another writer: exit 1, "locked", and the fix', async () => {
    const opened = await storeWithTenants('sqlite', [{ tenantId: T, resources: 50, seed: 1 }]);
    const path = (opened.store as SqliteStore).path;
    await opened.store.close();
    const holder = new Database(path);
    try {
      holder.exec('BEGIN IMMEDIATE'); // another writer holds the file
      const r = spawnSync(process.execPath, [MAIN, '--db', `sqlite:${path}`, '--tenant-id', 'another', 'generate-tenant', '--resources', '10'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: testHome() },
      });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /SQLite failed: the database file is locked by another process/);
      assert.match(r.stderr, /fix: wait for the other/);
      assert.doesNotMatch(r.stderr, /a bug/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      await opened.dispose();
    }
  });
});
