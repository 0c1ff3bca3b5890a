import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalHash } from '../../test/helpers/canonical-hash.js';
import { type CliRun, describeRun, runCli } from '../harness/cli.js';
import type { TortureContext, TortureFamily } from '../harness/family.js';
import { RowBuilder, type TortureRow } from '../harness/report.js';
import { seedTenant, TENANT_A, TENANT_B } from '../harness/seed-tenant.js';
import { compareStates, storeState } from '../harness/state.js';
import { type StoreFactory, sqliteFactory, withStore } from '../harness/stores.js';
import type { InputFamilyOptions } from './bad-input.js';
import { HOSTILE_STRINGS, type HostileString } from './hostile-strings.js';
import { type InputBase, operationList, prepareBase } from './input-base.js';
import { crashSigns, listing, listingChanges, refusalProblems, stderrHead } from './input-checks.js';
import {
  FILE_FAULTS,
  type FileFault,
  graphFileText,
  hostileGraphFile,
  INJECTION_CASES,
  type InjectionCase,
  type InjectionPaths,
  type Outcome,
  parseGraphFile,
  TENANT_C,
} from './injection-cases.js';

/** One trial: a hostile string through one flag or file field. */
interface Trial {
  readonly command: string;
  readonly fault: string;
  readonly outcome: Outcome;
  readonly h: HostileString;
  /** Tenants the run must leave exactly as they were. */
  readonly untouched: readonly string[];
  readonly writesTenant?: string;
  args(paths: InjectionPaths, write: (name: string, text: string) => string): string[];
}

/**
 * injection: hostile strings (quotes, backticks, `})`, comments, NUL, 100 kB, unicode, look-alike
 * ids) through every flag and file field that reaches a query, on every store. Each ends in a
 * clean exit-2 refusal that wrote nothing, or a success that wrote exactly the intended data:
 * given back byte-identical by export, the other tenants untouched, and undone to the same store.
 */
export function injectionFamily(options: InputFamilyOptions = {}): TortureFamily {
  const every = options.sample ?? 1;
  const trials = allTrials().filter((_, i) => i % every === 0);
  return {
    name: 'injection',
    summary: `${trials.length} hostile strings through flags and file fields: refused cleanly, or exactly the intended writes`,
    async run(context) {
      const exportOfC = await exportTenantC();
      const rows: TortureRow[] = [];
      try {
        for (const factory of context.factories) rows.push(...(await runOnStore(context, factory, trials, exportOfC)));
      } finally {
        rmSync(join(exportOfC, '..'), { recursive: true, force: true });
      }
      return rows;
    },
  };
}

export const INJECTION = injectionFamily();

function allTrials(): Trial[] {
  const out: Trial[] = [];
  for (const c of INJECTION_CASES) {
    for (const h of HOSTILE_STRINGS) {
      if (h.fileOnly && !c.viaFile) continue;
      out.push(flagTrial(c, h));
    }
  }
  for (const fault of FILE_FAULTS) for (const h of HOSTILE_STRINGS) out.push(fileTrial(fault, h));
  return out;
}

function flagTrial(c: InjectionCase, h: HostileString): Trial {
  const writesTenant = c.writesTenant?.(h.value);
  // A scale-up writes into A: then only B must stay as it was.
  const untouched = c.outcome === 'write' && !writesTenant ? [TENANT_B] : [TENANT_A, TENANT_B];
  return {
    command: c.command,
    fault: c.fault,
    outcome: c.outcome,
    h,
    untouched,
    ...(writesTenant ? { writesTenant } : {}),
    args: (paths, write) => c.args(h, paths, write),
  };
}

function fileTrial(fault: FileFault, h: HostileString): Trial {
  return {
    command: 'import',
    fault,
    outcome: 'write',
    h,
    untouched: [TENANT_A, TENANT_B],
    writesTenant: TENANT_C,
    args: (paths, write) => {
      const text = hostileGraphFile(readFileSync(paths.exportOfC, 'utf8'), h.value, fault);
      return ['--db', paths.db, '--json', 'import', '--file', write('i.json', text)];
    },
  };
}

/** Tenant C (40 resources) exported as json with its Original layer, from a scratch SQLite store. */
async function exportTenantC(): Promise<string> {
  const scratch = await sqliteFactory().fresh();
  const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-injection-c-'));
  try {
    await seedTenant(scratch, TENANT_C, 40, 11);
    const file = join(dir, 'tenant-c.json');
    const run = await runCli(['--db', scratch.dbArg, '--tenant-id', TENANT_C, 'export', '--output', file, '--include-original']);
    if (run.code !== 0) throw new Error(`exporting tenant C failed: ${describeRun(run)}`);
    const text = readFileSync(file, 'utf8');
    if (graphFileText(parseGraphFile(text)) !== text) throw new Error('the hostile files would not be laid out as export lays them out');
    return file;
  } finally {
    await scratch.dispose();
  }
}

interface Baseline {
  readonly base: InputBase;
  readonly tenantHashes: ReadonlyMap<string, string>;
}

async function baseline(factory: StoreFactory): Promise<Baseline> {
  const base = await prepareBase(factory);
  const tenantHashes = await withStore(
    base.trial,
    async (store) =>
      new Map([
        [TENANT_A, await canonicalHash(store, TENANT_A)],
        [TENANT_B, await canonicalHash(store, TENANT_B)],
      ]),
  );
  return { base, tenantHashes };
}

async function runOnStore(context: TortureContext, factory: StoreFactory, trials: readonly Trial[], exportOfC: string): Promise<TortureRow[]> {
  const builders = new Map<string, RowBuilder>();
  const rowOf = (t: Trial) => {
    const key = `${t.command}\u0000${t.fault}`;
    let row = builders.get(key);
    if (!row) {
      row = new RowBuilder({
        family: 'injection',
        command: t.command,
        store: factory.kind,
        fault: t.fault,
        checked: checkedText(t.outcome),
      });
      builders.set(key, row);
    }
    return row;
  };
  let current = await baseline(factory);
  context.log(`${factory.kind}: base store ready, ${trials.length} trials`);
  try {
    for (const t of trials) {
      let dirty = false;
      await rowOf(t).trial(t.h.name, async () => {
        const problems = await runTrial(t, current, exportOfC);
        dirty = problems.some((p) => p.startsWith('store:'));
        return problems;
      });
      if (dirty) {
        context.log(`${factory.kind}: ${t.command} ${t.fault} "${t.h.name}" left the store changed; preparing it again`);
        await current.base.dispose();
        current = await baseline(factory);
      }
    }
  } finally {
    await current.base.dispose();
  }
  return [...builders.values()].map((b) => b.build());
}

function checkedText(outcome: Outcome): string {
  switch (outcome) {
    case 'refuse':
      return 'exit 2 with a fix, no stack; store and operation records unchanged';
    case 'read':
      return 'exit 0 or 2 with a fix, no stack; store and operation records unchanged';
    case 'output':
      return 'exit 0 writing only the named file, or exit 2; store unchanged';
    case 'write':
      return 'exit 2 writing nothing, or exit 0: data given back byte-identical, other tenants untouched, undone to the same store';
  }
}

async function runTrial(t: Trial, { base, tenantHashes }: Baseline, exportOfC: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-injection-'));
  try {
    const written = new Set<string>();
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      written.add(name);
      return path;
    };
    const paths: InjectionPaths = { db: base.trial.dbArg, dir, backup: base.backupFile, exportOfC };
    const args = t.args(paths, write);
    const before = listing(dir);
    const run = await runCli(args, { env: base.trial.env, timeoutMs: 180_000 });
    const problems = [...crashSigns(run)];
    const created = listingChanges(before, listing(dir));
    const succeeded = run.code === 0 && t.outcome !== 'refuse';
    if (!succeeded) {
      // The hostile files are well-formed: refusing one as damaged means the file, not the string, was refused.
      if (t.fault.startsWith('json') && /lacks its comma|not valid JSON|sha256|counts say/.test(run.stderr))
        problems.push('the hostile file was refused as damaged');
      problems.push(...refusalProblems(run, /\S/).filter((p) => !crashSigns(run).includes(p)));
      problems.push(...created.map((c) => `wrote ${c}`));
      problems.push(...(await unchanged(base)));
    } else if (t.outcome === 'read') {
      problems.push(...created.map((c) => `wrote ${c}`));
      problems.push(...(await unchanged(base)));
    } else if (t.outcome === 'output') {
      if (created.length !== 1 || !created[0]!.endsWith(' created')) problems.push(`expected one new file, found: ${created.join(', ') || 'none'}`);
      problems.push(...(await unchanged(base)));
    } else {
      problems.push(...created.map((c) => `wrote ${c}`));
      problems.push(...(await checkWrite(t, run, base, tenantHashes, dir)));
    }
    if (problems.length) problems.push(`${describeRun({ ...run, args: args.map((a) => a.slice(0, 60)) })} | ${stderrHead(run)}`);
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Nothing written: the whole store, the Original layer, no leftovers, the operation records. */
async function unchanged(base: InputBase): Promise<string[]> {
  const { after, operations } = await withStore(base.trial, async (store) => ({ after: await storeState(store), operations: await operationList(store) }));
  const problems = compareStates(base.state, after, 'as before').map((p) => `store: ${p}`);
  if (operations !== base.operations) problems.push('store: operation records changed');
  return problems;
}

/** A success: the other tenants untouched, the data given back exactly, and the operation undone to the store as it was. */
async function checkWrite(t: Trial, run: CliRun, base: InputBase, tenantHashes: ReadonlyMap<string, string>, dir: string): Promise<string[]> {
  const problems: string[] = [];
  const result = JSON.parse(run.stdout) as { operationId?: string; output?: { operationId?: string } };
  const operationId = result.operationId ?? result.output?.operationId;
  if (!operationId) return ['store: exit 0 but no operation id on stdout'];
  const hashes = await withStore(base.trial, async (store) => Promise.all(t.untouched.map(async (id) => [id, await canonicalHash(store, id)] as const)));
  for (const [id, hash] of hashes) if (hash !== tenantHashes.get(id)) problems.push(`tenant ${id.slice(0, 8)} changed`);
  problems.push(...(await givenBack(t, base, operationId, dir)));
  const undo = await runCli(['--db', base.trial.dbArg, 'scale-cleanup', '--operation-id', operationId, '--yes'], { env: base.trial.env, timeoutMs: 180_000 });
  if (undo.code !== 0) return [...problems, `store: undoing ${operationId} failed: ${stderrHead(undo)}`];
  const { after, operations } = await withStore(base.trial, async (store) => ({ after: await storeState(store), operations: await operationList(store) }));
  problems.push(...compareStates(base.state, after, 'as before once the write is undone').map((p) => `store: ${p}`));
  const others = operations
    .split(',')
    .filter((o) => !o.startsWith(`${operationId}:`))
    .join(',');
  if (others !== base.operations) problems.push('store: other operation records changed');
  else base.operations = operations; // the undone write's record stays, as history
  return problems;
}

/** The hostile string comes back from the store exactly as it went in. */
async function givenBack(t: Trial, base: InputBase, operationId: string, dir: string): Promise<string[]> {
  const file = join(dir, 'back.json');
  const tenant = t.writesTenant ?? TENANT_A;
  const scope = t.writesTenant ? ['--include-original'] : ['--operation-id', operationId];
  const run = await runCli(['--db', base.trial.dbArg, '--tenant-id', tenant, 'export', '--output', file, ...scope], { env: base.trial.env });
  if (run.code !== 0) return [`export of what was written failed: ${stderrHead(run)}`];
  const back = parseGraphFile(readFileSync(file, 'utf8'));
  const h = t.h.value;
  if (t.command === 'import' && t.fault.startsWith('json')) {
    const sent = parseGraphFile(readFileSync(join(dir, 'i.json'), 'utf8'));
    const lines = (g: typeof sent) =>
      g.nodes
        .filter((n) => n.properties.tenant_id === TENANT_C)
        .map((n) => JSON.stringify([[...n.labels].sort(), Object.entries(n.properties).sort(([a], [b]) => (a < b ? -1 : 1))]))
        .sort();
    const rels = (g: typeof sent) => g.relationships.map((r) => JSON.stringify(r)).sort();
    const problems: string[] = [];
    if (lines(back).join('\n') !== lines(sent).join('\n')) problems.push("tenant C's nodes did not come back byte-identical");
    const returned = new Set(rels(back));
    if (!rels(sent).every((r) => returned.has(r))) problems.push('a relationship did not come back');
    return problems;
  }
  const values = back.nodes.flatMap((n) => {
    const p = n.properties;
    const nested = (v: unknown) => (typeof v === 'string' && v.startsWith('{') ? (JSON.parse(v) as Record<string, unknown>) : {});
    return [p.name, nested(p.properties).note, ...Object.values(nested(p.tags))];
  });
  if (t.fault === '--as-tenant' || t.fault === '--new-tenant-id') {
    return back.header.tenantId === h && back.nodes.some((n) => n.properties.tenant_id === h) ? [] : ['the tenant id did not come back byte-identical'];
  }
  if (t.fault === 'scenario file fields')
    return values.includes(h.slice(0, 80)) && values.includes(h) ? [] : ['the scenario strings did not come back byte-identical'];
  return values.includes(h) ? [] : ['the resource strings did not come back byte-identical'];
}
