import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describeRun, isWriteProgress, runCli, startCli } from '../harness/cli.js';
import { RowBuilder } from '../harness/report.js';
import { RestartableNeo4j } from '../harness/restartable-neo4j.js';
import { secretProblems } from '../harness/secrets.js';
import { TENANT_A, TENANT_B, seedTenant } from '../harness/seed-tenant.js';
import { compareStates, storeState } from '../harness/state.js';
import { neo4jFactory, sqliteFactory, withStore } from '../harness/stores.js';
import { sleep } from '../harness/timing.js';
const SCALE_UP = ['scale-up', 'template', '--scale-factor', '3'];
/** Fault trials are slow (a Neo4j restart is ~25 s): a quarter of the crash trials, at least 1. */
const faultTrials = (context) => Math.max(1, Math.ceil(context.trials / 4));
async function seeded(trial, resources) {
    await seedTenant(trial, TENANT_A, resources, 7);
    await seedTenant(trial, TENANT_B, 60, 8);
}
function cliArgs(trial, args) {
    return ['--db', trial.dbArg, '--tenant-id', TENANT_A, '--json', ...args];
}
/** Undoes what a trial's commands left (a run whose restart missed its writes still completed or rolled back). */
async function cleanupAll(trial) {
    for (const o of await withStore(trial, (s) => s.listOperations(TENANT_A)))
        if (o.status === 'completed')
            await runCli(cliArgs(trial, ['scale-cleanup', '--operation-id', o.id, '--yes']), { env: trial.env });
}
/** The template scale-up's last write: its relationships phase reporting every relationship written. */
const wroteAll = (events) => events.some(({ event: e }) => (e.type === 'progress' && e.phase === 'relationships' && e.done === e.total) || e.type === 'finished');
/** How many times a restart that missed the writes (before the first batch, or after the last) is drawn again. */
const DRAWS = 3;
/**
 * Neo4j stopped (gracefully, as an admin or an orchestrator does) while a scale-up writes, started
 * again on the same data. With retries the operation rides it out and completes; without, it fails,
 * waits for the server to roll back, and says so. Either way: the store as before once undone.
 */
async function neo4jRestartRows(context) {
    const server = RestartableNeo4j.start();
    const factory = neo4jFactory(server.uri);
    const rows = [];
    try {
        for (const retries of [8, 0]) {
            const row = new RowBuilder({
                family: 'server-faults',
                command: 'scale-up template',
                store: 'neo4j',
                fault: `server stopped and restarted mid-write, retry_attempts ${retries}`,
                checked: '',
            });
            const outcomes = new Map();
            const writtenBeforeStop = [];
            for (let i = 0; i < faultTrials(context); i++) {
                await row.trial(`trial ${i}`, async () => {
                    const missed = [];
                    for (let draw = 0;; draw++) {
                        const trial = await factory.fresh();
                        await seeded(trial, 1500);
                        const before = await withStore(trial, storeState);
                        const env = { ...trial.env, TENANT_SCALE_PERFORMANCE_RETRY_ATTEMPTS: String(retries), TENANT_SCALE_SCALE_UP_BATCH_SIZE: '100' };
                        const started = startCli(cliArgs(trial, ['--log-level', 'debug', ...SCALE_UP]), { env, timeoutMs: 600_000 });
                        // The server goes down once the first batch is written …
                        const firstWrite = await started.waitFor(isWriteProgress);
                        await server.stop();
                        await sleep(2000);
                        // … and must have gone down before the last: else the fault missed the write and the trial is drawn again.
                        const midWrite = firstWrite !== undefined && !wroteAll(started.events);
                        const writtenBefore = started.events.filter((t) => isWriteProgress(t.event)).length;
                        await server.restart();
                        const run = await started.done;
                        const problems = [...missed, ...secretProblems(run)];
                        if (!midWrite) {
                            // Missed: the run must still have ended cleanly, and undone, left the store as before.
                            await cleanupAll(trial);
                            missed.push(...secretProblems(run), ...compareStates(before, await withStore(trial, storeState), 'as before').map((p) => `draw ${draw}: ${p}`));
                            if (draw + 1 < DRAWS)
                                continue;
                            return [...missed, `the server never stopped between the first and the last batch in ${DRAWS} draws`];
                        }
                        // A batch the server committed while it was being stopped, whose answer never came, is found by the
                        // retry (not written twice, not refused by the unique id): with retries the run must complete.
                        const outcome = run.code === 0 ? 'completed' : 'rolled back';
                        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
                        writtenBeforeStop.push(writtenBefore);
                        if (retries > 0) {
                            if (run.code !== 0)
                                problems.push(`did not ride out the restart: ${describeRun(run)}`);
                            else {
                                const operationId = JSON.parse(run.stdout).operationId;
                                const validate = await runCli(cliArgs(trial, ['scale-validate', '--operation-id', operationId]), { env: trial.env });
                                if (validate.code !== 0)
                                    problems.push(`scale-validate after the restart: ${describeRun(validate)}`);
                                const cleanup = await runCli(cliArgs(trial, ['scale-cleanup', '--operation-id', operationId, '--yes']), { env: trial.env });
                                if (cleanup.code !== 0)
                                    problems.push(`cleanup: ${describeRun(cleanup)}`);
                            }
                        }
                        else {
                            // Without retries: it failed, waited for the server, rolled back.
                            if (run.code !== 1)
                                problems.push(`expected exit 1: ${describeRun(run)}`);
                            if (!/rolled back/.test(run.stderr))
                                problems.push(`does not say it rolled back: ${run.stderr.slice(-300)}`);
                        }
                        problems.push(...compareStates(before, await withStore(trial, storeState), 'as before'));
                        return problems;
                    }
                });
                context.log(`neo4j restart, retry_attempts ${retries}: trial ${i + 1}`);
            }
            const seen = [...outcomes].map(([k, n]) => `${n} ${k}`).join(', ');
            const promise = retries > 0
                ? 'each completed after the restart (a batch committed before it is not written again): exit 0, validates, cleanup → as before'
                : 'exit 1 saying it rolled back once the server was back';
            const stopped = `stopped after ${writtenBeforeStop.join(', ')} of the write events (never before the first or after the last batch)`;
            rows.push({ ...row.build(), checked: `${seen}; ${stopped}; ${promise}; store as before, nothing running, no password` });
        }
    }
    finally {
        server.dispose();
    }
    return rows;
}
/** A SQLite fault row: each trial on a fresh store file, removed afterwards. */
async function sqliteFaultRow(context, fault, checked, trialBody) {
    const row = new RowBuilder({ family: 'server-faults', command: 'scale-up template', store: 'sqlite', fault, checked });
    for (let i = 0; i < faultTrials(context); i++) {
        await row.trial(`trial ${i}`, async () => {
            const trial = await sqliteFactory().fresh();
            try {
                return await trialBody(trial, i);
            }
            finally {
                await trial.dispose();
            }
        });
    }
    return row.build();
}
/**
 * SQLite under a file size limit (RLIMIT_FSIZE, as a full disk or a quota looks to a writer): the
 * scale-up fails with a clear error and nothing is lost — rolled back, or (when the rollback cannot
 * write either) left to a scale-cleanup run without the limit.
 */
function sqliteFullRow(context) {
    return sqliteFaultRow(context, 'disk full (file size limit)', 'exit 1 naming the full disk and a fix, no stack trace; store as before (after scale-cleanup if the rollback could not write)', async (trial, i) => {
        await seeded(trial, 600);
        const before = await withStore(trial, storeState);
        // The WAL grows first: limit every file the process writes to a little over the database's size now.
        const limitKb = Math.ceil(statSync(trial.path).size / 1024) + 256 + 128 * i;
        const wrapper = ['bash', '-c', `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`];
        const run = await runCli(cliArgs(trial, SCALE_UP), { env: { TENANT_SCALE_SCALE_UP_BATCH_SIZE: '50' }, wrapper });
        const problems = [];
        if (run.code !== 1)
            problems.push(`expected exit 1: ${describeRun(run)}`);
        if (!/full|size limit|writing the file failed/i.test(run.stderr) || !/fix:/.test(run.stderr))
            problems.push(`unclear error: ${run.stderr.slice(-400)}`);
        if (/\n\s+at .*\(.*:\d+:\d+\)/.test(run.stderr))
            problems.push('prints a stack trace');
        const after = await withStore(trial, (s) => s.listOperations(TENANT_A));
        const running = after.filter((o) => o.status === 'running');
        for (const o of running) {
            const cleanup = await runCli(cliArgs(trial, ['scale-cleanup', '--operation-id', o.id, '--yes']));
            if (cleanup.code !== 0)
                problems.push(`cleanup without the limit: ${describeRun(cleanup)}`);
        }
        problems.push(...compareStates(before, await withStore(trial, storeState), 'as before'));
        return problems;
    });
}
/** Another process holds the SQLite file's write lock for the whole run: a clear busy error, nothing written. */
function sqliteLockedRow(context) {
    const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    return sqliteFaultRow(context, 'file locked by another process', 'exit 1 naming the lock and a fix; store as before, nothing running', async (trial) => {
        await seeded(trial, 300);
        const before = await withStore(trial, storeState);
        const locker = spawn(process.execPath, [
            '-e',
            `const db = new (require(${JSON.stringify(betterSqlite)}))(process.argv[1]); db.exec('BEGIN EXCLUSIVE'); console.log('locked'); setInterval(() => {}, 1000);`,
            trial.path,
        ], { stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise((resolve) => locker.stdout.once('data', () => resolve()));
        let run;
        try {
            run = await runCli(cliArgs(trial, SCALE_UP));
        }
        finally {
            locker.kill('SIGKILL');
        }
        const problems = [];
        if (run.code !== 1)
            problems.push(`expected exit 1: ${describeRun(run)}`);
        if (!/locked/i.test(run.stderr) || !/fix:/.test(run.stderr))
            problems.push(`unclear error: ${run.stderr.slice(-400)}`);
        problems.push(...compareStates(before, await withStore(trial, storeState), 'as before'));
        return problems;
    });
}
export const serverFaultsFamily = {
    name: 'server-faults',
    summary: 'Neo4j stopped and restarted mid-operation (with and without retries); SQLite full and locked',
    async run(context) {
        const rows = [];
        const kinds = context.factories.map((f) => f.kind);
        if (kinds.includes('sqlite'))
            rows.push(await sqliteFullRow(context), await sqliteLockedRow(context));
        if (kinds.includes('neo4j'))
            rows.push(...(await neo4jRestartRows(context)));
        return rows;
    },
};
//# sourceMappingURL=server-faults.js.map