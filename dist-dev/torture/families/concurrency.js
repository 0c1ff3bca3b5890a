import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRun, runCli, startCli } from '../harness/cli.js';
import { RowBuilder } from '../harness/report.js';
import { secretProblems } from '../harness/secrets.js';
import { TENANT_A, TENANT_B, seedTenant } from '../harness/seed-tenant.js';
import { compareStates, leftovers, storeState } from '../harness/state.js';
import { withStore } from '../harness/stores.js';
/** What runs at once on one tenant: four scale-ups, a cleanup of everything synthetic, a sample exported to a file. */
function contenders(work) {
    return [
        { name: 'template', args: ['scale-up', 'template', '--scale-factor', '2'] },
        { name: 'template', args: ['scale-up', 'template', '--scale-factor', '1.5'] },
        { name: 'scenario', args: ['scale-up', 'scenario', '--scenario', 'hub-spoke', '--spoke-count', '3', '--resources-per-spoke', '20', '--seed', '4'] },
        { name: 'random', args: ['scale-up', 'random', '--target-count', '150', '--seed', '9'] },
        { name: 'cleanup', args: ['scale-cleanup', '--all', '--yes'] },
        { name: 'export', args: ['scale-down', 'algorithm', '--target-size', '0.2', '--seed', '3', '--output-file', join(work, 'sample.json')] },
    ];
}
/** A refusal or failure must be clean: exit 1 or 2 with the fix, no stack trace. */
function cleanEnd(run) {
    if (run.code === 0)
        return [];
    const problems = [];
    if (run.code !== 1 && run.code !== 2)
        problems.push(`ended badly: ${describeRun(run)}`);
    if (!/fix:/.test(run.stderr))
        problems.push(`no fix in: ${run.stderr.slice(-300)}`);
    if (/\n\s+at .*:\d+:\d+\)?\n/.test(run.stderr))
        problems.push('prints a stack trace');
    return problems;
}
async function concurrencyTrial(trial, work, index) {
    await seedTenant(trial, TENANT_A, 300, 7);
    await seedTenant(trial, TENANT_B, 60, 8);
    const before = await withStore(trial, storeState);
    const seededRecords = new Set((await withStore(trial, (s) => s.listOperations())).map((o) => o.id));
    const env = { ...trial.env, TENANT_SCALE_SCALE_UP_BATCH_SIZE: '100', TENANT_SCALE_SCALE_UP_GENERATED_BATCH_SIZE: '100' };
    const all = contenders(work);
    // Rotate who starts first, so each gets to be the one that wins the race.
    const order = all.map((_, i) => all[(i + index) % all.length]);
    const runs = await Promise.all(order.map(({ name, args }) => startCli(['--db', trial.dbArg, '--tenant-id', TENANT_A, '--json', ...args], { env, timeoutMs: 600_000 }).done.then((run) => ({ name, run }))));
    const problems = [];
    for (const { run } of runs)
        problems.push(...secretProblems(run), ...cleanEnd(run));
    const ids = runs.filter((r) => r.run.code === 0 && r.name !== 'cleanup' && r.name !== 'export').map((r) => JSON.parse(r.run.stdout).operationId);
    if (new Set(ids).size !== ids.length)
        problems.push(`operation ids not unique: ${ids.join(', ')}`);
    const exported = runs.find((r) => r.name === 'export');
    if (exported.run.code === 0) {
        const file = JSON.parse(readFileSync(join(work, 'sample.json'), 'utf8'));
        if (!Array.isArray(file.nodes) || file.nodes.length === 0)
            problems.push('the exported sample is empty');
    }
    const state = await withStore(trial, storeState);
    problems.push(...leftovers(state));
    if (state.original !== before.original)
        problems.push('Original layer changed');
    const validate = await runCli(['--db', trial.dbArg, '--tenant-id', TENANT_A, 'scale-validate'], { env: trial.env });
    if (validate.code !== 0)
        problems.push(`scale-validate: ${describeRun(validate)} ${validate.stdout.slice(-400)}`);
    // Each cleanup is exact: it removes its operation's nodes and nobody else's.
    const completed = (await withStore(trial, (s) => s.listOperations(TENANT_A))).filter((o) => o.status === 'completed' && !seededRecords.has(o.id));
    for (const o of completed) {
        const others = await withStore(trial, async (s) => Promise.all(completed.map((c) => s.countOperationNodes(c.id))));
        const r = await runCli(['--db', trial.dbArg, '--tenant-id', TENANT_A, 'scale-cleanup', '--operation-id', o.id, '--yes'], { env: trial.env });
        if (r.code !== 0)
            problems.push(`cleanup of ${o.id}: ${describeRun(r)}`);
        const now = await withStore(trial, async (s) => Promise.all(completed.map((c) => s.countOperationNodes(c.id))));
        completed.forEach((c, i) => {
            const expected = c.id === o.id ? 0 : others[i];
            if (now[i] !== expected)
                problems.push(`cleanup of ${o.id} left ${c.id} with ${now[i]} nodes, expected ${expected}`);
        });
    }
    problems.push(...compareStates(before, await withStore(trial, storeState), 'as before (after every cleanup)'));
    const outcome = runs.map((r) => `${r.name}:${r.run.code}`).join(' ');
    // All six refused would pass every check above while testing nothing: at least one must get through.
    if (runs.every((r) => r.run.code !== 0))
        problems.push(`none of the six succeeded: ${outcome}`);
    return { problems, outcome };
}
async function concurrencyRow(context, factory) {
    const row = new RowBuilder({
        family: 'concurrency',
        command: '4 scale-ups + cleanup + export at once',
        store: factory.kind,
        fault: 'one tenant, six processes',
        checked: '',
    });
    const outcomes = new Map();
    const trials = Math.max(1, Math.ceil(context.trials / 4));
    for (let i = 0; i < trials; i++) {
        await row.trial(`trial ${i}`, async () => {
            const trial = await factory.fresh();
            const work = mkdtempSync(join(tmpdir(), 'tenant-scale-torture-conc-'));
            try {
                const { problems, outcome } = await concurrencyTrial(trial, work, i);
                const succeeded = (outcome.match(/:0\b/g) ?? []).length;
                outcomes.set(`${succeeded}/6 succeeded`, (outcomes.get(`${succeeded}/6 succeeded`) ?? 0) + 1);
                context.log(`${factory.kind} trial ${i + 1}: ${outcome}`);
                return problems;
            }
            finally {
                await trial.dispose();
                rmSync(work, { recursive: true, force: true });
            }
        });
    }
    const seen = [...outcomes].map(([k, n]) => `${n}× ${k}`).join(', ');
    return {
        ...row.build(),
        checked: `${seen}; others refused or failed cleanly (exit 1/2 with a fix); unique ids; no leftovers; validates; each cleanup exact; store as before`,
    };
}
export const concurrencyFamily = {
    name: 'concurrency',
    summary: 'four scale-ups, a cleanup and a scale-down export on one tenant at once',
    async run(context) {
        const rows = [];
        for (const factory of context.factories)
            rows.push(await concurrencyRow(context, factory));
        return rows;
    },
};
//# sourceMappingURL=concurrency.js.map