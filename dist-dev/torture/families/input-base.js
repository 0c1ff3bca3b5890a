import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { describeRun, runCli } from '../harness/cli.js';
import { seedTenant, TENANT_A, TENANT_B } from '../harness/seed-tenant.js';
import { storeState } from '../harness/state.js';
import { withStore } from '../harness/stores.js';
export async function prepareBase(factory) {
    const trial = await factory.fresh();
    const fixtureDir = mkdtempSync(join(tmpdir(), 'tenant-scale-input-fixtures-'));
    const cli = async (args) => {
        const run = await runCli(['--db', trial.dbArg, '--json', ...args], { env: trial.env });
        if (run.code !== 0)
            throw new Error(`setting up the input base failed: ${describeRun(run)}`);
        return JSON.parse(run.stdout);
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
        deleteId: String(down.output.operationId),
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
export const fixtureTexts = (base) => ({
    exportJson: readFileSync(base.exportFile, 'utf8'),
    backupJson: readFileSync(base.backupFile, 'utf8'),
});
export async function operationList(store) {
    return (await store.listOperations())
        .map((o) => `${o.id}:${o.status}`)
        .sort()
        .join(',');
}
/** The GUID of one of the tenant's subscriptions (ATG keys them `/subscriptions/<guid>`). */
async function subscriptionOf(store, tenantId) {
    let id;
    if (store instanceof SqliteStore) {
        id = store.database.prepare(`SELECT id FROM nodes WHERE labels LIKE '%:Subscription:%' AND tenant_id = ? LIMIT 1`).get(tenantId)?.id;
    }
    else {
        const r = await store.read('MATCH (s:Subscription {tenant_id: $t}) RETURN s.id AS id LIMIT 1', { t: tenantId });
        id = r.records[0]?.get('id');
    }
    if (!id)
        throw new Error(`tenant ${tenantId} has no subscription`);
    return id.replace(/^\/subscriptions\//, '');
}
//# sourceMappingURL=input-base.js.map