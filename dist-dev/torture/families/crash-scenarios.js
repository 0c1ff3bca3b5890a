import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRun, runCli } from '../harness/cli.js';
import { TENANT_A, TENANT_B, seedTenant } from '../harness/seed-tenant.js';
import { sqliteFactory } from '../harness/stores.js';
const NEW_TENANT = 'cccccccc-7000-4000-8000-00000000000c';
const BASE = 120;
/** Every trial's store holds tenant A (the subject) and tenant B (a bystander whose hash must not move). */
async function twoTenants(trial) {
    await seedTenant(trial, TENANT_A, BASE, 7);
    await seedTenant(trial, TENANT_B, 60, 8);
}
async function cli(trial, args) {
    const run = await runCli(['--db', trial.dbArg, '--tenant-id', TENANT_A, '--json', ...args], { env: trial.env });
    if (run.code !== 0)
        throw new Error(`prepare failed: ${describeRun(run)}`);
}
/** A json export of tenant A (both layers), made once per suite from a scratch SQLite store: the import and copy source. */
let sourceStore;
function tenantSource() {
    sourceStore ??= (async () => {
        const source = await sqliteFactory().fresh();
        await seedTenant(source, TENANT_A, BASE, 7);
        const file = join(mkdtempSync(join(tmpdir(), 'tenant-scale-torture-src-')), 'tenant-a.json');
        const run = await runCli(['--db', source.dbArg, '--tenant-id', TENANT_A, 'export', '--output', file, '--include-original']);
        if (run.code !== 0 || !existsSync(file))
            throw new Error(`export of the source tenant failed: ${describeRun(run)}`);
        return { path: source.path, file };
    })();
    return sourceStore;
}
export const CRASH_SCENARIOS = [
    {
        command: 'generate-tenant',
        kind: 'additive',
        prepare: async (trial) => {
            await seedTenant(trial, TENANT_B, 60, 8);
            return { tenantId: TENANT_A, args: ['generate-tenant', '--resources', String(BASE), '--seed', '7'] };
        },
    },
    {
        command: 'scale-up template',
        kind: 'additive',
        prepare: async (trial) => {
            await twoTenants(trial);
            return { tenantId: TENANT_A, args: ['scale-up', 'template', '--scale-factor', '2'] };
        },
    },
    {
        command: 'scale-up scenario',
        kind: 'additive',
        prepare: async (trial) => {
            await twoTenants(trial);
            return {
                tenantId: TENANT_A,
                args: ['scale-up', 'scenario', '--scenario', 'hub-spoke', '--spoke-count', '4', '--resources-per-spoke', '40', '--seed', '5'],
            };
        },
    },
    {
        command: 'scale-up random',
        kind: 'additive',
        prepare: async (trial) => {
            await twoTenants(trial);
            return { tenantId: TENANT_A, args: ['scale-up', 'random', '--target-count', String(BASE), '--seed', '3'] };
        },
    },
    {
        command: 'scale-down new-tenant',
        kind: 'additive',
        prepare: async (trial) => {
            await twoTenants(trial);
            return {
                tenantId: TENANT_A,
                args: ['scale-down', 'algorithm', '--target-size', '0.5', '--seed', '11', '--output-mode', 'new-tenant', '--new-tenant-id', NEW_TENANT],
            };
        },
        resultTenant: NEW_TENANT,
    },
    {
        command: 'scale-down delete',
        kind: 'delete',
        prepare: async (trial, work) => {
            await twoTenants(trial);
            return {
                tenantId: TENANT_A,
                args: [
                    'scale-down',
                    'algorithm',
                    '--target-size',
                    '0.2',
                    '--seed',
                    '11',
                    '--output-mode',
                    'delete',
                    '--yes',
                    '--backup-file',
                    join(work, 'backup.json'),
                ],
            };
        },
    },
    {
        command: 'import',
        kind: 'additive',
        prepare: async (trial) => {
            await seedTenant(trial, TENANT_B, 60, 8);
            return { tenantId: TENANT_A, args: ['import', '--format', 'json', '--file', (await tenantSource()).file] };
        },
        resultTenant: TENANT_A,
    },
    {
        command: 'copy',
        kind: 'additive',
        prepare: async (trial) => {
            await seedTenant(trial, TENANT_B, 60, 8);
            return { tenantId: TENANT_A, args: ['copy', '--from', `sqlite:${(await tenantSource()).path}`, '--to', trial.dbArg] };
        },
        resultTenant: TENANT_A,
    },
    {
        command: 'scale-cleanup',
        kind: 'finish',
        prepare: async (trial, _work, mark) => {
            await twoTenants(trial);
            await mark();
            await cli(trial, ['scale-up', 'template', '--scale-factor', '2.5']);
            return { tenantId: TENANT_A, args: ['scale-cleanup', '--all', '--yes'] };
        },
    },
    {
        command: 'restore',
        kind: 'finish',
        prepare: async (trial, work, mark) => {
            await twoTenants(trial);
            await mark();
            const backup = join(work, 'backup.json');
            await cli(trial, ['scale-down', 'algorithm', '--target-size', '0.2', '--seed', '11', '--output-mode', 'delete', '--yes', '--backup-file', backup]);
            return { tenantId: TENANT_A, args: ['restore', '--file', backup] };
        },
    },
];
//# sourceMappingURL=crash-scenarios.js.map