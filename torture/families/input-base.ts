import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '../../src/store/graph-store.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { describeRun, runCli } from '../harness/cli.js';
import { seedTenant, TENANT_A, TENANT_B } from '../harness/seed-tenant.js';
import { type StoreState, storeState } from '../harness/state.js';
import { type StoreFactory, type TrialStore, withStore } from '../harness/stores.js';
// Every operation kind registered, as src/index.ts does for the library's users (cleanup and validation look kinds up).
import '../../src/operation-kinds.js';

/**
 * The store both input families run against: tenant A (300 resources) with a completed template
 * scale-up, tenant B (100) shrunk in place by a scale-down delete whose backup is kept, and A
 * exported as json. Cases that must not write share it; the state check proves they did not.
 */
export interface InputBase {
  readonly trial: TrialStore;
  /** Holds the backup and the export (never inside a case's directory). */
  readonly fixtureDir: string;
  readonly scaleUpId: string;
  readonly deleteId: string;
  readonly backupFile: string;
  readonly exportFile: string;
  /** A subscription of tenant B (a subscription of the wrong tenant). */
  readonly subscriptionOfB: string;
  readonly state: StoreState;
  /**
   * Operation records (id and status): bad input writes none, not even a failed one. A write that
   * is undone leaves its record as history: the injection family moves this on past it.
   */
  operations: string;
  dispose(): Promise<void>;
}

export async function prepareBase(factory: StoreFactory): Promise<InputBase> {
  const trial = await factory.fresh();
  const fixtureDir = mkdtempSync(join(tmpdir(), 'tenant-scale-input-fixtures-'));
  const cli = async (args: string[]) => {
    const run = await runCli(['--db', trial.dbArg, '--json', ...args], { env: trial.env });
    if (run.code !== 0) throw new Error(`setting up the input base failed: ${describeRun(run)}`);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };
  await seedTenant(trial, TENANT_A, 300);
  await seedTenant(trial, TENANT_B, 100, 9);
  const up = await cli(['--tenant-id', TENANT_A, 'scale-up', 'template', '--scale-factor', '1.2']);
  const backupFile = join(fixtureDir, 'backup.json');
  const down = await cli([
    '--tenant-id',
    TENANT_B,
    'scale-down',
    'algorithm',
    '--target-size',
    '0.5',
    '--output-mode',
    'delete',
    '--yes',
    '--backup-file',
    backupFile,
  ]);
  const exportFile = join(fixtureDir, 'tenant-a.json');
  await cli(['--tenant-id', TENANT_A, 'export', '--output', exportFile, '--include-original']);
  const { state, operations, subscriptionOfB } = await withStore(trial, async (store) => ({
    state: await storeState(store),
    operations: await operationList(store),
    subscriptionOfB: await subscriptionOf(store, TENANT_B),
  }));
  return {
    trial,
    fixtureDir,
    scaleUpId: String(up.operationId),
    deleteId: String((down.output as { operationId: string }).operationId),
    backupFile,
    exportFile,
    subscriptionOfB,
    state,
    operations,
    dispose: async () => {
      rmSync(fixtureDir, { recursive: true, force: true });
      await trial.dispose();
    },
  };
}

export const fixtureTexts = (base: InputBase) => ({
  exportJson: readFileSync(base.exportFile, 'utf8'),
  backupJson: readFileSync(base.backupFile, 'utf8'),
});

export async function operationList(store: GraphStore): Promise<string> {
  return (await store.listOperations())
    .map((o) => `${o.id}:${o.status}`)
    .sort()
    .join(',');
}

/** The GUID of one of the tenant's subscriptions (ATG keys them `/subscriptions/<guid>`). */
async function subscriptionOf(store: GraphStore, tenantId: string): Promise<string> {
  let id: string | undefined;
  if (store instanceof SqliteStore) {
    id = (
      store.database.prepare(`SELECT id FROM nodes WHERE labels LIKE '%:Subscription:%' AND tenant_id = ? LIMIT 1`).get(tenantId) as { id: string } | undefined
    )?.id;
  } else {
    const r = await (store as Neo4jStore).read('MATCH (s:Subscription {tenant_id: $t}) RETURN s.id AS id LIMIT 1', { t: tenantId });
    id = r.records[0]?.get('id') as string | undefined;
  }
  if (!id) throw new Error(`tenant ${tenantId} has no subscription`);
  return id.replace(/^\/subscriptions\//, '');
}
