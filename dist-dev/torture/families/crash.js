import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng, derivedSeed } from '../../src/domain/rng.js';
import { describeRun, isWriteProgress, runCli, startCli } from '../harness/cli.js';
import { CRASH_AT_MODULE } from '../../test/helpers/crash-at.js';
import { RowBuilder } from '../harness/report.js';
import { secretProblems } from '../harness/secrets.js';
import { compareStates, storeSize, storeState } from '../harness/state.js';
import { canonicalHash } from '../../test/helpers/canonical-hash.js';
import { withStore } from '../harness/stores.js';
import { CRASH_SCENARIOS } from './crash-scenarios.js';
/** Small write batches: many transactions, so a kill lands between and inside them rather than before or after all of them. */
function crashEnv(kind) {
    const rows = kind === 'sqlite' ? '5' : '50';
    return { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: rows, TENANT_SCALE_SCALE_UP_BATCH_SIZE: rows, TENANT_SCALE_SCALE_UP_GENERATED_BATCH_SIZE: rows };
}
/** How many times a trial whose kill missed the work is drawn again before it counts as missed. */
const DRAWS = 3;
/** A row passes only when at least this share of its trials killed the command inside its work. */
const MID_WAY_SHARE = 0.9;
/** One SIGKILL trial and its recovery; returns what was wrong (nothing: passed) and where the kill landed. */
async function crashTrial(factory, scenario, reference, kill, trialIndex) {
    const trial = await factory.fresh();
    const work = mkdtempSync(join(tmpdir(), 'tenant-scale-torture-work-'));
    const problems = [];
    try {
        let marked;
        const setup = await scenario.prepare(trial, work, async () => {
            marked = await withStore(trial, storeState);
        });
        const before = await withStore(trial, storeState);
        const sizeBefore = await withStore(trial, storeSize);
        const target = scenario.kind === 'finish' ? marked : before;
        const recordsBefore = new Set((await withStore(trial, (s) => s.listOperations())).map((o) => o.id));
        const withPassword = trialIndex % 2 === 1;
        const db = withPassword ? trial.dbArgWithPassword : trial.dbArg;
        const args = ['--db', db, '--tenant-id', setup.tenantId, '--json', '--log-level', 'debug', ...setup.args.map((a) => (a === trial.dbArg ? db : a))];
        const reportPath = join(work, 'crash-report.json');
        const aim = kill ? { TEST_CRASH_AT: `write:${kill.atWrite}:${kill.delayMs}`, TEST_CRASH_AT_REPORT: reportPath } : {};
        const cliEnv = { ...crashEnv(trial.kind), ...(withPassword ? {} : trial.env), ...aim };
        const started = startCli(args, { env: cliEnv, timeoutMs: 600_000, ...(kill ? { nodeOptions: ['--import', CRASH_AT_MODULE] } : {}) });
        const run = await started.done;
        problems.push(...secretProblems(run));
        const killed = run.signal === 'SIGKILL';
        if (!killed && run.code !== 0)
            problems.push(`the command failed on its own: ${describeRun(run)}`);
        const sizeNow = await withStore(trial, storeSize);
        const records = await withStore(trial, (s) => s.listOperations());
        const mine = records.filter((o) => !recordsBefore.has(o.id));
        const running = mine.filter((o) => o.status === 'running');
        const recover = async (recoveryArgs, tenantId = setup.tenantId) => {
            const r = await runCli(['--db', trial.dbArg, '--tenant-id', tenantId, '--json', ...recoveryArgs], { env: trial.env });
            problems.push(...secretProblems(r));
            if (r.code !== 0)
                problems.push(`recovery failed: ${describeRun(r)}`);
            return r;
        };
        const expect = async (state, what) => problems.push(...compareStates(state, await withStore(trial, storeState), what));
        const undoAll = async () => {
            for (const o of (await withStore(trial, (s) => s.listOperations())).filter((o) => !recordsBefore.has(o.id) && o.status !== 'rolled_back' && !o.params.copiedWith))
                await recover(['scale-cleanup', '--operation-id', o.id, '--yes'], o.tenantId);
        };
        // Where the kill landed, from what the process had reported when its hook killed it (written before the kill):
        // mid-way when it had reported a write and not yet its last one. The store must agree: its size between before and after.
        let landed = 'finished';
        let partial = false;
        if (killed && reference) {
            if (!existsSync(reportPath))
                problems.push('killed, but not by its crash hook (no report): a timeout?');
            const report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : { spec: '', writesSeen: 0, finished: true };
            const writesInReference = reference.writesAtMs.length;
            landed = report.finished
                ? 'finished'
                : report.writesSeen === 0
                    ? 'before its first write'
                    : report.writesSeen >= writesInReference
                        ? 'after its writes'
                        : 'mid-way';
            const [low, high] = [Math.min(reference.sizeBefore, reference.sizeAfter), Math.max(reference.sizeBefore, reference.sizeAfter)];
            if (sizeNow < low || sizeNow > high)
                problems.push(`killed with ${sizeNow} nodes + relationships, outside ${reference.sizeBefore}…${reference.sizeAfter} (before and after the work)`);
            partial = sizeNow > low && sizeNow < high;
            // Inside the work, a command with a record of its own has not completed it.
            if (landed === 'mid-way' && scenario.kind !== 'finish' && running.length === 0)
                problems.push('killed mid-way but its record is not running');
        }
        let measured;
        if (!killed && run.code === 0) {
            const writes = started.events.filter((t) => isWriteProgress(t.event));
            const span = { writesAtMs: writes.map((t) => t.atMs) };
            if (writes.length < 3)
                problems.push(`the command reported ${writes.length} write events: too few to aim a kill between the first and the last`);
            // A finished run: what it promises, then (additive, delete) its undo gives the store as before.
            if (scenario.kind === 'finish') {
                await expect(target, 'as the command promises');
                measured = { ...span, sizeBefore, sizeAfter: sizeNow };
            }
            else {
                if (scenario.kind === 'delete' && reference?.after)
                    await expect(reference.after, 'as after an uninterrupted delete');
                const resultHash = scenario.resultTenant ? await withStore(trial, (s) => canonicalHash(s, scenario.resultTenant)) : undefined;
                if (reference?.resultTenantHash && resultHash !== reference.resultTenantHash)
                    problems.push(`tenant ${scenario.resultTenant} differs from the reference run's`);
                for (const o of mine.filter((o) => o.status === 'completed')) {
                    const v = await recover(['scale-validate', '--operation-id', o.id], o.tenantId);
                    if (v.code !== 0)
                        problems.push('scale-validate of the finished operation failed');
                }
                measured = {
                    ...span,
                    sizeBefore,
                    sizeAfter: sizeNow,
                    ...(scenario.kind === 'delete' ? { after: await withStore(trial, storeState) } : {}),
                    ...(resultHash ? { resultTenantHash: resultHash } : {}),
                };
                await undoAll();
                await expect(before, 'as before (after undoing the finished command)');
            }
        }
        else if (killed) {
            if (scenario.kind === 'finish') {
                await recover(setup.args);
                await expect(target, 'as the rerun command promises');
            }
            else if (scenario.kind === 'delete' && trialIndex % 2 === 1 && running.length > 0) {
                await recover(setup.args);
                if (reference?.after)
                    await expect(reference.after, 'as after an uninterrupted delete (rerun)');
                await undoAll();
                await expect(before, 'as before (after undoing the rerun delete)');
            }
            else {
                await undoAll();
                await expect(before, 'as before (scale-cleanup of the killed run)');
            }
        }
        return { problems, landed, partial, run, ...(measured ? { reference: measured } : {}) };
    }
    finally {
        await trial.dispose();
        rmSync(work, { recursive: true, force: true });
    }
}
async function crashRow(context, factory, scenario) {
    const landed = new Map();
    const row = new RowBuilder({
        family: 'crash',
        command: scenario.command,
        store: factory.kind,
        fault: 'SIGKILL inside the work',
        checked: '',
    });
    // The reference: uninterrupted runs (their write events bound the kill moments; their sizes say where a kill landed;
    // a delete's end state, a deterministic output's hash). Two, the second one's timing used: the first pays for query
    // planning and warm-up (on Neo4j twice as long). The quick subset (one trial a row) makes do with the first.
    let reference;
    try {
        let first = await crashTrial(factory, scenario, undefined, undefined, 0);
        if (first.problems.length === 0 && first.reference && !context.quick) {
            const warm = await crashTrial(factory, scenario, first.reference, undefined, 0);
            if (warm.problems.length > 0 || !warm.reference)
                first = warm;
            else
                first = { ...warm, reference: { ...first.reference, writesAtMs: warm.reference.writesAtMs } };
        }
        if (first.problems.length > 0 || !first.reference)
            throw new Error(first.problems.join('; ') || describeRun(first.run));
        reference = first.reference;
    }
    catch (err) {
        row.record([`the uninterrupted reference run failed: ${err.message}`], 'reference');
        return { ...row.build(), checked: 'reference run' };
    }
    const at = reference.writesAtMs;
    context.log(`${scenario.command} on ${factory.kind}: reference reported ${at.length} writes from ${Math.round(at[0])} to ${Math.round(at[at.length - 1])} ms, size ${reference.sizeBefore} → ${reference.sizeAfter}`);
    const rng = new Rng(derivedSeed(context.seed, 'crash', scenario.command, factory.kind));
    let midWay = 0;
    let partial = 0;
    for (let i = 0; i < context.trials; i++) {
        await row.trial(`trial ${i}`, async () => {
            const problems = [];
            for (let draw = 0; draw < DRAWS; draw++) {
                // At any write but the last, then within 80 % of the reference's time to the next write: between two
                // batches (delay 0 on the first draw of every fourth trial) or inside the transactions that follow one.
                const atWrite = 1 + Math.floor(rng.next() * (at.length - 1));
                const gap = at[atWrite] - at[atWrite - 1];
                const delayMs = i % 4 === 0 && draw === 0 ? 0 : Math.round(rng.next() * gap * 0.8);
                const kill = { atWrite, delayMs };
                const result = await crashTrial(factory, scenario, reference, kill, i);
                problems.push(...result.problems.map((p) => `draw ${draw} (kill ${delayMs} ms after write ${atWrite} of ${at.length}): ${p}`));
                if (result.landed === 'mid-way') {
                    midWay++;
                    if (result.partial)
                        partial++;
                    landed.set('mid-way', (landed.get('mid-way') ?? 0) + 1);
                    break;
                }
                landed.set(`${result.landed} (re-drawn)`, (landed.get(`${result.landed} (re-drawn)`) ?? 0) + 1);
            }
            return problems;
        });
        context.log(`${scenario.command} on ${factory.kind}: trial ${i + 1}/${context.trials}, ${midWay} killed mid-way so far`);
    }
    const needed = Math.ceil(context.trials * MID_WAY_SHARE);
    if (midWay < needed)
        row.fail(`only ${midWay} of ${context.trials} trials killed the command inside its work (${needed} needed); misses: ${[...landed].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    const misses = [...landed].filter(([k]) => k !== 'mid-way').map(([k, n]) => `${n} ${k}`);
    const recovery = scenario.kind === 'finish'
        ? 'rerun → the state it brings back'
        : scenario.kind === 'delete'
            ? 'cleanup → before, or rerun → as after'
            : 'scale-cleanup → before';
    return {
        ...row.build(),
        checked: `${midWay}/${context.trials} killed mid-way (${partial} with part of its writes committed)${misses.length ? ` (draws missed and re-drawn: ${misses.join(', ')})` : ''}; ${recovery}; whole-store + Original hashes, no leftovers, no password`,
    };
}
/** The crash family over these commands (default: every command that writes). */
export function crashFamilyOf(commands) {
    const scenarios = CRASH_SCENARIOS.filter((s) => !commands || commands.includes(s.command));
    if (commands && scenarios.length !== commands.length)
        throw new Error(`crash: no scenario for ${commands.filter((c) => !scenarios.some((s) => s.command === c)).join(', ')}`);
    return {
        name: 'crash',
        summary: 'SIGKILL every writing command inside its work (aimed at its write events), recover, compare hashes',
        async run(context) {
            const rows = [];
            for (const factory of context.factories)
                for (const scenario of scenarios)
                    rows.push(await crashRow(context, factory, scenario));
            return rows;
        },
    };
}
export const crashFamily = crashFamilyOf();
//# sourceMappingURL=crash.js.map