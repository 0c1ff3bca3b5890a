import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng, derivedSeed } from '../../src/domain/rng.js';
import { type CliRun, describeRun, runCli, startCli } from '../harness/cli.js';
import type { TortureContext, TortureFamily } from '../harness/family.js';
import { RowBuilder, type TortureRow } from '../harness/report.js';
import { secretProblems } from '../harness/secrets.js';
import { compareStates, type StoreState, storeState } from '../harness/state.js';
import { canonicalHash } from '../../test/helpers/canonical-hash.js';
import { type StoreFactory, type TrialStore, withStore } from '../harness/stores.js';
import { sleep } from '../harness/timing.js';
import { CRASH_SCENARIOS, type CrashScenario } from './crash-scenarios.js';

/** Small write batches: many transactions, so a kill lands between and inside them rather than before or after all of them. */
function crashEnv(kind: string): Record<string, string> {
  const rows = kind === 'sqlite' ? '5' : '50';
  return { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: rows, TENANT_SCALE_SCALE_UP_BATCH_SIZE: rows, TENANT_SCALE_SCALE_UP_GENERATED_BATCH_SIZE: rows };
}

/** When to kill: a delay after the start of the process, or after the operation's record appears (start-up times vary too much on a busy machine). */
interface KillPlan {
  readonly after: 'start' | 'record';
  readonly delayMs: number;
}

interface Reference {
  /** How long the uninterrupted command took: kill moments are drawn in [0, ms]. */
  readonly ms: number;
  /** When its operation record appeared (the first write is after it) and when it was completed (0: never seen). */
  readonly recordAtMs: number;
  readonly completedAtMs: number;
  /** Finished `delete`: the store after it. Deterministic outputs: the result tenant's hash. */
  readonly after?: StoreState;
  readonly resultTenantHash?: string;
}

/** One SIGKILL trial and its recovery; returns what was wrong (nothing: passed) and where the kill landed. */
async function crashTrial(
  factory: StoreFactory,
  scenario: CrashScenario,
  reference: Reference | undefined,
  kill: KillPlan | undefined,
  trialIndex: number,
): Promise<{ problems: string[]; landed: string; run: CliRun; reference?: Reference }> {
  const trial = await factory.fresh();
  const work = mkdtempSync(join(tmpdir(), 'tenant-scale-torture-work-'));
  const problems: string[] = [];
  try {
    let marked: StoreState | undefined;
    const setup = await scenario.prepare(trial, work, async () => {
      marked = await withStore(trial, storeState);
    });
    const before = await withStore(trial, storeState);
    const target = scenario.kind === 'finish' ? marked! : before;
    const recordsBefore = new Set((await withStore(trial, (s) => s.listOperations())).map((o) => o.id));
    const withPassword = trialIndex % 2 === 1;
    const db = withPassword ? trial.dbArgWithPassword : trial.dbArg;
    const args = ['--db', db, '--tenant-id', setup.tenantId, '--json', ...setup.args.map((a) => (a === trial.dbArg ? db : a))];
    const cliEnv = { ...crashEnv(trial.kind), ...(withPassword ? {} : trial.env) };
    const started = startCli(args, { env: cliEnv, timeoutMs: 600_000 });
    const watched = kill === undefined ? watchRecord(trial, recordsBefore, started.done) : Promise.resolve({ recordAtMs: 0, completedAtMs: 0 });
    if (kill !== undefined) {
      if (kill.after === 'record') await waitForRecord(trial, recordsBefore, started.done);
      await Promise.race([sleep(kill.delayMs), started.done]);
      started.child.kill('SIGKILL');
    }
    const run = await started.done;
    problems.push(...secretProblems(run));
    const records = await withStore(trial, (s) => s.listOperations());
    const mine = records.filter((o) => !recordsBefore.has(o.id));
    const running = mine.filter((o) => o.status === 'running');
    const killed = run.signal === 'SIGKILL';
    if (!killed && run.code !== 0) problems.push(`the command failed on its own: ${describeRun(run)}`);

    const recover = async (recoveryArgs: readonly string[], tenantId = setup.tenantId) => {
      const r = await runCli(['--db', trial.dbArg, '--tenant-id', tenantId, '--json', ...recoveryArgs], { env: trial.env });
      problems.push(...secretProblems(r));
      if (r.code !== 0) problems.push(`recovery failed: ${describeRun(r)}`);
      return r;
    };
    const expect = async (state: StoreState, what: string) => problems.push(...compareStates(state, await withStore(trial, storeState), what));
    const undoAll = async () => {
      for (const o of (await withStore(trial, (s) => s.listOperations())).filter(
        (o) => !recordsBefore.has(o.id) && o.status !== 'rolled_back' && !o.params.copiedWith,
      ))
        await recover(['scale-cleanup', '--operation-id', o.id, '--yes'], o.tenantId);
    };

    let landed: string;
    if (killed && scenario.kind === 'finish') landed = 'while running';
    else if (killed && running.length > 0) landed = 'mid-way';
    else if (killed && mine.length === 0) landed = 'before its record';
    else if (killed) landed = 'after its work';
    else landed = 'finished';

    let measured: Reference | undefined;
    if (!killed && run.code === 0) {
      // A finished run: what it promises, then (additive, delete) its undo gives the store as before.
      if (scenario.kind === 'finish') {
        await expect(target, 'as the command promises');
        measured = { ms: run.ms, ...(await watched) };
      } else {
        if (scenario.kind === 'delete' && reference?.after) await expect(reference.after, 'as after an uninterrupted delete');
        const resultHash = scenario.resultTenant ? await withStore(trial, (s) => canonicalHash(s, scenario.resultTenant)) : undefined;
        if (reference?.resultTenantHash && resultHash !== reference.resultTenantHash)
          problems.push(`tenant ${scenario.resultTenant} differs from the reference run's`);
        for (const o of mine.filter((o) => o.status === 'completed')) {
          const v = await recover(['scale-validate', '--operation-id', o.id], o.tenantId);
          if (v.code !== 0) problems.push('scale-validate of the finished operation failed');
        }
        measured = {
          ms: run.ms,
          ...(await watched),
          ...(scenario.kind === 'delete' ? { after: await withStore(trial, storeState) } : {}),
          ...(resultHash ? { resultTenantHash: resultHash } : {}),
        };
        await undoAll();
        await expect(before, 'as before (after undoing the finished command)');
      }
    } else if (killed) {
      if (scenario.kind === 'finish') {
        await recover(setup.args);
        await expect(target, 'as the rerun command promises');
      } else if (scenario.kind === 'delete' && trialIndex % 2 === 1 && running.length > 0) {
        await recover(setup.args);
        if (reference?.after) await expect(reference.after, 'as after an uninterrupted delete (rerun)');
        await undoAll();
        await expect(before, 'as before (after undoing the rerun delete)');
      } else {
        await undoAll();
        await expect(before, 'as before (scale-cleanup of the killed run)');
      }
    }
    return { problems, landed, run, ...(measured ? { reference: measured } : {}) };
  } finally {
    await trial.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Returns once the command's operation record exists (or the command has ended). */
async function waitForRecord(trial: TrialStore, before: ReadonlySet<string>, done: Promise<unknown>): Promise<void> {
  let finished = false;
  void done.then(() => (finished = true));
  const store = await trial.open();
  try {
    while (!finished && !(await store.listOperations()).some((o) => !before.has(o.id))) await sleep(2);
  } finally {
    await store.close();
  }
}

/**
 * Polls (another connection) the command's operation record: when it appeared and when it left
 * `running`, in milliseconds since the start (0: not seen). Between the two the data is at risk.
 */
async function watchRecord(trial: TrialStore, before: ReadonlySet<string>, done: Promise<unknown>): Promise<{ recordAtMs: number; completedAtMs: number }> {
  const began = performance.now();
  let finished = false;
  void done.then(() => (finished = true));
  let recordAtMs = 0;
  let completedAtMs = 0;
  const store = await trial.open();
  try {
    while (!finished && !completedAtMs) {
      const mine = (await store.listOperations()).filter((o) => !before.has(o.id) && !o.params.copiedWith);
      const now = performance.now() - began;
      if (mine.length > 0 && !recordAtMs) recordAtMs = now;
      if (mine.some((o) => o.status !== 'running')) completedAtMs = now;
      await sleep(5);
    }
    return { recordAtMs, completedAtMs };
  } finally {
    await store.close();
  }
}

async function crashRow(context: TortureContext, factory: StoreFactory, scenario: CrashScenario): Promise<TortureRow> {
  const landed = new Map<string, number>();
  const row = new RowBuilder({
    family: 'crash',
    command: scenario.command,
    store: factory.kind,
    fault: 'SIGKILL at a random moment',
    checked: '',
  });
  // The reference: uninterrupted runs (their times bound the kill moments; a delete's end state, a deterministic output's hash).
  // Two, the second one timed: the first pays for query planning and warm-up (on Neo4j twice as long), and kills drawn from it
  // would mostly land after the command had finished. The quick subset (one trial a row) makes do with the first.
  let first = await crashTrial(factory, scenario, undefined, undefined, 0);
  if (first.problems.length === 0 && first.reference && !context.quick) {
    const warm = await crashTrial(factory, scenario, first.reference, undefined, 0);
    if (warm.problems.length > 0 || !warm.reference) first = warm;
    else
      first = {
        ...warm,
        reference: { ...first.reference, ms: warm.reference.ms, recordAtMs: warm.reference.recordAtMs, completedAtMs: warm.reference.completedAtMs },
      };
  }
  if (first.problems.length > 0 || !first.reference) {
    row.record([`the uninterrupted reference run failed: ${first.problems.join('; ') || describeRun(first.run)}`], 'reference');
    return { ...row.build(), checked: 'reference run' };
  }
  const reference = first.reference;
  context.log(
    `${scenario.command} on ${factory.kind}: reference run ${Math.round(reference.ms)} ms, record at ${Math.round(reference.recordAtMs)} ms, completed at ${Math.round(reference.completedAtMs)} ms`,
  );
  const rng = new Rng(derivedSeed(context.seed, 'crash', scenario.command, factory.kind));
  for (let i = 0; i < context.trials; i++) {
    // Commands with a record of their own: mostly while it runs (recorded, not yet completed: the data is at risk), one in ten
    // anywhere before it; commands without one (cleanup, restore): anywhere past start-up.
    const window = reference.completedAtMs - reference.recordAtMs;
    const kill: KillPlan = !reference.completedAtMs
      ? { after: 'start', delayMs: Math.round((0.3 + 0.7 * rng.next()) * reference.ms) }
      : rng.chance(0.1)
        ? { after: 'start', delayMs: Math.round(rng.next() * reference.recordAtMs) }
        : { after: 'record', delayMs: Math.round(rng.next() * window * 1.1) };
    await row.trial(`trial ${i} (kill ${kill.delayMs} ms after its ${kill.after})`, async () => {
      const result = await crashTrial(factory, scenario, reference, kill, i);
      landed.set(result.landed, (landed.get(result.landed) ?? 0) + 1);
      return result.problems;
    });
    context.log(`${scenario.command} on ${factory.kind}: trial ${i + 1}/${context.trials}`);
  }
  const where = [...landed].map(([k, n]) => `${n} ${k}`).join(', ');
  const recovery =
    scenario.kind === 'finish'
      ? 'rerun → the state it brings back'
      : scenario.kind === 'delete'
        ? 'cleanup → before, or rerun → as after'
        : 'scale-cleanup → before';
  return { ...row.build(), checked: `killed ${where}; ${recovery}; whole-store + Original hashes, no leftovers, no password` };
}

export const crashFamily: TortureFamily = {
  name: 'crash',
  summary: 'SIGKILL every writing command at seeded random moments, recover, compare hashes',
  async run(context) {
    const rows: TortureRow[] = [];
    for (const factory of context.factories) for (const scenario of CRASH_SCENARIOS) rows.push(await crashRow(context, factory, scenario));
    return rows;
  },
};
