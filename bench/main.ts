/**
 * npm run bench -- [--store sqlite|neo4j|both] [--large] [--only B3,S1,…] [--json FILE] [--reps N] [--neo4j-line 5.26|2025]
 * npm run bench -- --console [--store …] [--console-resources N]   (the web console at size: bench/console.ts)
 *
 * generate-tenant (G0: 100k resources), template (B1–B3, B3c on a churned server), scenario (S1:
 * hub-spoke 200 × 50) and random (R0: 100k) scale-up, scale-down (D0: forest fire 10 % of 100k,
 * with the fidelity table of every sampler at 15 %; D2–D4: that sample written as a new tenant,
 * the tenant shrunk in place to it, its backup restored), import (I0: the 100k tenant's
 * resource-graph file into an empty store) and copy (C0: the 100k tenant into the other store);
 * and with --large, at 10^6 resources: G1 (generate-tenant), B4 (template 10k × 100), R1 (random at
 * density 1.5), D1 (scale-down), I1 (import of the ~900 MB file), C1 (copy), D3L and D4L (D3 and D4:
 * 90 % deleted in place with its backup, and restored). End to end, each side by side with the
 * floor measured in the same run: the same rows written by the plainest bulk write on the same
 * store, with the driver alone (never our adapter) and the same concurrency as ours; for the
 * data-movement workloads (D0–D4, I, C) the floor also does, in its clock, the plainest version of
 * the reading and parsing ours cannot avoid. The large floors hold neither a file nor the tenant as
 * one string: I1's reads the file with a plain line reader and JSON.parse per row, holds the
 * resources, emits the tenant and writes its nodes as they are emitted, then its relationships; C1's
 * writes the source's rows as its plain queries stream them; D3L's writes the backup a page of plain
 * reads at a time, and D4L's reads it back line by line, writing each row as it is parsed (I0, C0,
 * D3 and D4 run the same floors). Every measurement runs in its own process (peak RSS is its own).
 * Reports ratios.
 *
 * For a quick check of the large workloads at a small size, BENCH_LARGE_RESOURCES=N replaces their
 * 10^6 (G1, R1, D1, I1, C1, D3L, D4L), e.g. `BENCH_LARGE_RESOURCES=20000 npm run bench -- --only I1,D3L`.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKLOADS } from './workloads.js';

interface Measurement {
  workload: string;
  store: 'sqlite' | 'neo4j';
  mode: 'ours' | 'floor';
  seconds: number;
  resources: number;
  relationships: number;
  peakRssMb: number;
  phases?: { name: string; seconds: number }[];
  /** What the ratio compares with the floor when it is not the whole run (scale-down: the extraction). */
  ratioSeconds?: number;
  /** The floor's node batches in flight at once (ours': performance.concurrency on Neo4j, one on SQLite). */
  concurrency?: number;
  /** Generated workloads' floors: the generator's own time producing the rows the floor writes (outside the floor's clock). */
  generatorSeconds?: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`npm run bench -- [--store sqlite|neo4j|both] [--large] [--only ${WORKLOADS.map((w) => w.name).join(',')}] [--json FILE] [--reps N] [--neo4j-line 5.26|2025]
npm run bench -- --console [--store sqlite|neo4j|both] [--console-resources N]
Each workload runs beside its floor (the plainest version of the same work, the driver alone) and prints the ratio; docs/performance.md says what each does.`);
  process.exit(0);
}
const known = new Set(['--store', '--large', '--only', '--json', '--reps', '--neo4j-line', '--console', '--console-resources']);
const unknown = args.filter((a) => a.startsWith('--') && !known.has(a));
if (unknown.length) {
  console.error(`npm run bench: unknown option ${unknown.join(', ')}; run with --help for the options`);
  process.exit(2);
}
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const storeArg = option('--store') ?? 'both';
if (!['sqlite', 'neo4j', 'both'].includes(storeArg)) {
  console.error('--store must be sqlite, neo4j or both');
  process.exit(2);
}
const stores = (storeArg === 'both' ? ['sqlite', 'neo4j'] : [storeArg]) as ('sqlite' | 'neo4j')[];
const reps = Number(option('--reps') ?? 2);
const jsonFile = option('--json');
const only = option('--only')?.split(',');
const workloads = WORKLOADS.filter((w) => (only ? only.includes(w.name) : !w.large || args.includes('--large')));
if (only && workloads.length !== only.length) {
  console.error(`--only: unknown workload in ${only.join(',')}; workloads are ${WORKLOADS.map((w) => w.name).join(', ')}`);
  process.exit(2);
}

// The bench wipes its Neo4j: it uses one it starts itself (on a free port; --neo4j-line picks 5.26 or
// 2025), or TENANT_SCALE_TEST_NEO4J_URI, a server named for tests only — never NEO4J_URI.
const line = option('--neo4j-line') ?? process.env.NEO4J_LINE ?? '5.26';
if (!['5.26', '2025'].includes(line)) {
  console.error('--neo4j-line must be 5.26 or 2025');
  process.exit(2);
}
const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LINE: line };
delete env.NEO4J_URI;
// A 10^6-resource tenant is several GB of Neo4j store (it filled an 8 GiB cache): with the launcher's 2 GiB page cache every load and
// read of it goes to disk (its base load alone took over 17 minutes), which no user's server would do.
if (workloads.some((w) => w.large)) env.NEO4J_PAGECACHE_BYTES ??= String(8 * 2 ** 30);
let startedNeo4j: NodeJS.ProcessEnv | undefined;
const stopNeo4j = () => {
  if (startedNeo4j) spawnSync(process.execPath, [join(root, 'tools', 'neo4j', 'neo4j.mjs'), 'stop'], { stdio: 'inherit', env: startedNeo4j });
  startedNeo4j = undefined;
};
/** The measurement running now (its own process): stopped with the bench. */
let running: ChildProcess | undefined;
// Ctrl-C, SIGTERM, SIGHUP: the measurement and the server this bench started stop with it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`bench: ${signal}: stopping the measurement and the local Neo4j`);
    running?.kill('SIGKILL');
    // Every server this process owns (the start may still be under way).
    spawnSync(process.execPath, [join(root, 'tools', 'neo4j', 'neo4j.mjs'), 'stop', '--owner', String(process.pid)], { stdio: 'inherit' });
    process.exit(128 + (os.constants.signals[signal] ?? 0));
  });
}
if (stores.includes('neo4j') && !env.TENANT_SCALE_TEST_NEO4J_URI) {
  // The server is this process's: the next start stops it if the bench dies without stopping it.
  const launcherEnv = { ...env, NEO4J_PORT: env.NEO4J_PORT ?? 'auto', NEO4J_OWNER_PID: String(process.pid) };
  const r = spawnSync(process.execPath, [join(root, 'tools', 'neo4j', 'neo4j.mjs'), 'start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: launcherEnv,
  });
  env.TENANT_SCALE_TEST_NEO4J_URI = r.stdout.match(/bolt:\/\/\S+/)?.[0];
  if (r.status !== 0 || !env.TENANT_SCALE_TEST_NEO4J_URI) {
    console.error('bench: could not start the local Neo4j');
    process.exit(1);
  }
  startedNeo4j = { ...launcherEnv, NEO4J_PORT: new URL(env.TENANT_SCALE_TEST_NEO4J_URI).port };
}

/** Runs a bench program in its own process (asynchronously: a signal to the bench is handled at once) and returns its last stdout line, parsed. */
function runChild<T>(args: readonly string[], what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    running = child;
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.once('error', reject);
    child.once('close', (code) => {
      running = undefined;
      if (code !== 0) reject(new Error(`bench: ${what} failed`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as T);
    });
  });
}

function measure(workload: string, store: string, mode: string): Promise<Measurement> {
  return runChild(['--max-old-space-size=4096', join(here, 'run-workload.js'), workload, store, mode], `${workload} ${store} ${mode}`);
}

/**
 * SQLite alone taking the same generate-tenant load (bench/sqlite-ceiling.ts: rows generated,
 * encoded and resolved outside the clock, the store's bulk-load settings): the plain floor is no
 * limit for ours, this is — what no writer that must also generate its rows can beat.
 */
async function sqliteCeiling(resources: number): Promise<number> {
  return (await runChild<{ seconds: number }>([join(here, 'sqlite-ceiling.js'), String(resources)], 'sqlite-ceiling')).seconds;
}

if (args.includes('--console')) {
  // The web console at size (bench/console.ts): figures of its own, no floor to divide by.
  const resources = option('--console-resources') ?? '1000000';
  const consoleRows: Record<string, unknown>[] = [];
  try {
    for (const store of stores) {
      const r = await runChild<Record<string, unknown>>(['--max-old-space-size=4096', join(here, 'console.js'), store, resources], `console ${store}`);
      consoleRows.push(r);
      process.stderr.write(`console ${store}: ${JSON.stringify(r)}\n`);
    }
  } finally {
    stopNeo4j();
  }
  const keys = [
    'store',
    'resources',
    'firstStats',
    'fullStats',
    'tenantsList',
    'graphNodes',
    'graphDrawn',
    'graphLaidOut',
    'progressPerSecond',
    'stopToRolledBack',
    'writtenAtStop',
  ];
  console.log(keys.join('  '));
  for (const r of consoleRows) console.log(keys.map((k) => String(r[k])).join('  '));
  console.log(
    'seconds from navigation (firstStats: resources by type and synthetic share; fullStats: with relationships by type; graphLaidOut: ' +
      'ForceAtlas2 stopped at its budget); progressPerSecond: progress events reaching the page during a template scale-up ×2 of the tenant; ' +
      'stopToRolledBack: seconds from the Stop click to the page saying it rolled back',
  );
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(consoleRows, null, 2)}\n`);
  process.exit(0);
}

const records: Record<string, unknown>[] = [];
const rows: string[][] = [
  [
    'workload',
    'store',
    'ours s',
    'floor s',
    'ratio',
    'ceiling s',
    'ours/ceiling',
    'resources/s',
    'relationships/s',
    'peak RSS MB',
    'floor RSS MB',
    'floor conc',
    'gen s',
    'phases (ours)',
  ],
];
try {
  for (const w of workloads) {
    for (const store of stores) {
      // Alternate floor and ours; keep each side's best of `reps` (these machines are noisy).
      const runs = w.large ? 1 : reps;
      let ours: Measurement | undefined;
      let floor: Measurement | undefined;
      for (let i = 0; i < runs; i++) {
        // Odd repetitions run ours first: neither side always meets the machine cold, or warm.
        let f: Measurement;
        let o: Measurement;
        if (i % 2 === 0) {
          f = await measure(w.name, store, 'floor');
          o = await measure(w.name, store, 'ours');
        } else {
          o = await measure(w.name, store, 'ours');
          f = await measure(w.name, store, 'floor');
        }
        if (!floor || f.seconds < floor.seconds) floor = f;
        if (!ours || (o.ratioSeconds ?? o.seconds) < (ours.ratioSeconds ?? ours.seconds)) ours = o;
      }
      const record = {
        workload: w.name,
        store,
        seconds: round(ours!.seconds),
        floorSeconds: round(floor!.seconds),
        ratio: round((ours!.ratioSeconds ?? ours!.seconds) / floor!.seconds),
        resourcesPerSecond: Math.round(ours!.resources / ours!.seconds),
        relationshipsPerSecond: Math.round(ours!.relationships / ours!.seconds),
        peakRssMb: ours!.peakRssMb,
        floorConcurrency: floor!.concurrency,
        ...(floor!.generatorSeconds !== undefined ? { generatorSeconds: round(floor!.generatorSeconds) } : {}),
        ...(w.strategy === 'generate' && store === 'sqlite' ? { ceilingSeconds: round(await sqliteCeiling(w.resources)) } : {}),
      };
      records.push(record);
      rows.push([
        w.name,
        store,
        record.seconds.toFixed(3),
        record.floorSeconds.toFixed(3),
        record.ratio.toFixed(2),
        record.ceilingSeconds !== undefined ? record.ceilingSeconds.toFixed(3) : '-',
        record.ceilingSeconds !== undefined ? (record.seconds / record.ceilingSeconds).toFixed(2) : '-',
        record.resourcesPerSecond.toLocaleString('en-US'),
        record.relationshipsPerSecond.toLocaleString('en-US'),
        String(record.peakRssMb),
        String(floor!.peakRssMb),
        String(floor!.concurrency ?? '-'),
        record.generatorSeconds !== undefined ? record.generatorSeconds.toFixed(3) : '-',
        (ours!.phases ?? []).map((p) => `${p.name} ${p.seconds.toFixed(2)}`).join(', '),
      ]);
      process.stderr.write(`${w.name} ${store}: ours ${record.seconds} s, floor ${record.floorSeconds} s, ratio ${record.ratio}\n`);
    }
  }
} finally {
  stopNeo4j();
}

if (workloads.some((w) => w.name === 'D0')) {
  // Store-independent: the fidelity of every sampler at 15 % of the D0 tenant.
  spawnSync(process.execPath, [join(here, 'fidelity-table.js'), '100000', '0.15'], { stdio: ['ignore', 'inherit', 'ignore'] });
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(rows.map((r) => r.map((cell, c) => (c >= 2 && c <= 12 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')).join('\n'));
console.log(
  'floors: the driver alone (neo4j-driver sessions, UNWIND … CREATE, relationships by MATCH on the indexed key; better-sqlite3 prepared inserts), ' +
    'never our adapter; floor conc: node batches in flight at once, as ours (performance.concurrency on Neo4j, one writer on SQLite; D3, D4, D3L, D4L: one, as delete and restore); ' +
    'relationship batches one at a time on both sides',
);
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(records, null, 2)}\n`);

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
