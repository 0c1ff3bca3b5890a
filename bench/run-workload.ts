/**
 * One benchmark measurement in its own process, so its peak RSS is its own:
 *   node dist/bench/run-workload.js WORKLOAD STORE ours|floor
 * Prints one JSON line on stdout.
 */
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { syntheticMarkers } from '../src/domain/operation-record.js';
import { randomChunks } from '../src/scale-up/random/random-chunks.js';
import { planRandom } from '../src/scale-up/random/random-plan.js';
import { scaleUpRandom } from '../src/scale-up/random/random-scale-up.js';
import { resolveTypeDistribution } from '../src/scale-up/random/type-distribution.js';
import { scenarioChunks } from '../src/scale-up/scenario/scenario-chunks.js';
import { planScenario } from '../src/scale-up/scenario/scenario-plan.js';
import { resolveScenario, scaleUpScenario } from '../src/scale-up/scenario/scenario-scale-up.js';
import { scaleUpTemplate } from '../src/scale-up/template-scale-up.js';
import type { GraphChunk } from '../src/domain/graph.js';
import type { GraphStore, StoredNode } from '../src/store/graph-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { generateTenant } from '../src/tenant-generator/generate-tenant.js';
import { loadGeneratedTenant } from '../src/tenant-generator/load-tenant.js';
import { wipeNeo4j } from '../test/helpers/stores.js';
import { churn } from './churn.js';
import { runGeneratedFloor, runStreamedFloor } from './floor-chunks.js';
import { runCopyFloor } from './floor-copy.js';
import { runImportFloor } from './floor-import.js';
import { chunkOf, linesOf, type PlainNode, pagesOf, plainByKey, writeJsonLines } from './floor-plain.js';
import { LABEL } from '../src/domain/atg-schema.js';
import { refLabel, type SliceRelationship } from '../src/domain/graph-slice.js';
import { keysByLabel } from '../src/slice/slice-chunks.js';
import { runExtractionFloor } from './floor-extraction.js';
import { runTemplateFloor } from './floor-template.js';
import type { FloorResult, FloorTarget } from './floor-writer.js';
import { scaleDown } from '../src/scale-down/scale-down.js';
import { restoreFromBackup } from '../src/scale-down/restore/restore.js';
import { collectSlice } from '../src/slice/graph-slice.js';
import { rewriteSlice } from '../src/slice/slice-rewrite.js';
import { importAzureFile } from '../src/transfer/import-azure.js';
import { copyTenant } from '../src/transfer/transfer-tenant.js';
import { writeResourceGraphFile } from './resource-graph-row.js';
import { BENCH_SEED, BENCH_TENANT, WORKLOADS, type Workload } from './workloads.js';
// Every operation kind registered, as src/index.ts does for the library's users (cleanup and validation look kinds up).
import '../src/operation-kinds.js';

const [name, kind, mode] = process.argv.slice(2);
const workload = WORKLOADS.find((w) => w.name === name);
if (!workload || (kind !== 'sqlite' && kind !== 'neo4j') || (mode !== 'ours' && mode !== 'floor' && mode !== 'load-base')) {
  console.error(`usage: run-workload.js ${WORKLOADS.map((w) => w.name).join('|')} sqlite|neo4j ours|floor`);
  process.exit(2);
}

/**
 * A scale-down or a copy reads a base it did not write: the base is loaded by a child process (this
 * file with `load-base`), so this process's peak RSS is the operation's own, not the generator's.
 * An import's base is its file: a child writes it (the same mode, given the file), and no store holds it.
 */
const importing = workload.strategy === 'transfer' && workload.transfer === 'import';
const baseInChild = workload.strategy === 'scale-down' || (workload.strategy === 'transfer' && !importing);

async function open(): Promise<{ store: GraphStore; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-'));
    const path = join(dir, 'bench.db');
    if (baseInChild) loadBaseInChild(path);
    const store = new SqliteStore(path);
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const uri = process.env.TENANT_SCALE_TEST_NEO4J_URI;
  if (!uri) throw new Error('TENANT_SCALE_TEST_NEO4J_URI is not set (npm run bench starts a local Neo4j)');
  await wipeNeo4j(uri);
  if (baseInChild) loadBaseInChild(uri);
  const store = await Neo4jStore.connect({ uri });
  return { store, dispose: () => store.close() };
}

/** The base loaded into `db` (a SQLite file or a Neo4j URI), or for an import written as the resource-graph file `db`, by a child process. */
function loadBaseInChild(db: string): void {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name!, kind!, 'load-base', db], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  });
  if (r.status !== 0) throw new Error(`bench: ${importing ? 'writing the file of' : 'loading'} the ${workload!.baseResources}-resource base failed`);
}

if (mode === 'load-base' && importing) {
  await writeResourceGraphFile(process.argv[5]!, workload.baseResources);
  process.exit(0);
}
if (mode === 'load-base') {
  const db = process.argv[5]!;
  const store = kind === 'sqlite' ? new SqliteStore(db) : await Neo4jStore.connect({ uri: db });
  try {
    await loadGeneratedTenant(store, { resources: workload.baseResources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency: 2 });
  } finally {
    await store.close();
  }
  process.exit(0);
}

// BENCH_BATCH_SIZE / BENCH_CONCURRENCY: for the batch-size sweep documented in docs/performance.md.
// Defaults are the CLI's: scale_up.batch_size for template, scale_up.generated_batch_size otherwise.
const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? (workload.strategy === 'template' ? 10_000 : 5_000));
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 2);
const common = { tenantId: BENCH_TENANT, batchSize, concurrency, maxResources: 5_000_000 };
const FLOOR_OP = 'scale-19700101T000000-f1005f10';

/** The floor writes with the driver alone: the store's raw SQLite handle, or the Neo4j server by its URI (a connection of its own). */
function floorTarget(store: GraphStore): FloorTarget {
  return store instanceof SqliteStore ? { kind: 'sqlite', db: store.database } : { kind: 'neo4j', uri: process.env.TENANT_SCALE_TEST_NEO4J_URI! };
}

/** Node batches in flight at once, for ours and so for its floor: `concurrency` where the store takes concurrent writers (Neo4j), else one. */
const concurrencyOn = (store: GraphStore) => (store.capabilities.concurrentWriters ? concurrency : 1);

/** Our generate-tenant, or our scale-up end to end (plan, write, validate; a failed validation throws). */
async function ours(store: GraphStore, w: Workload): Promise<{ resources: number; relationships: number; phases: unknown; ratioSeconds?: number }> {
  if (w.strategy === 'generate') {
    const r = await loadGeneratedTenant(store, { resources: w.resources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency });
    return { resources: r.resources, relationships: r.relationshipsCreated, phases: [] };
  }
  if (w.strategy === 'transfer')
    return (await transfer(store, w.transfer, 'ours')) as { resources: number; relationships: number; phases: unknown; ratioSeconds: number };
  if (w.strategy === 'scale-down' && w.output) return writingScaleDown(store, w.fraction, w.output);
  if (w.strategy === 'scale-down') {
    const file = join(mkdtempSync(join(tmpdir(), 'tenant-scale-bench-')), 'sample.json');
    const r = await scaleDown(store, {
      tenantId: BENCH_TENANT,
      algorithm: 'forest-fire',
      targetSize: w.fraction,
      defaultTargetSize: w.fraction,
      seed: BENCH_SEED,
      output: { mode: 'export', file, format: 'json' },
    });
    rmSync(dirname(file), { recursive: true, force: true });
    // Compared with the floor: the extraction (the floor reads the same relationships); the rest is in the phases.
    return {
      resources: r.summary.sample!.resources,
      relationships: r.summary.sample!.relationships,
      phases: r.summary.phases,
      ratioSeconds: r.summary.phases.find((p) => p.name === 'extract')!.seconds,
    };
  }
  const r = await scaleUp(store, w);
  if (!r.validationPassed) throw new Error(`validation failed: ${JSON.stringify(r.validation)}`);
  return { resources: r.resourcesCreated, relationships: r.relationshipsCreated, phases: r.metrics.phases };
}

async function scaleUp(store: GraphStore, w: Exclude<Workload, { strategy: 'generate' | 'scale-down' | 'transfer' }>) {
  switch (w.strategy) {
    case 'template':
      return scaleUpTemplate(store, { ...common, scaleFactor: w.scaleFactor });
    case 'scenario':
      return scaleUpScenario(store, {
        ...common,
        source: { name: 'hub-spoke', params: { spokeCount: w.spokeCount, resourcesPerSpoke: w.resourcesPerSpoke } },
        scaleFactor: 1,
        seed: BENCH_SEED,
      });
    case 'random':
      return scaleUpRandom(store, { ...common, targetCount: w.targetCount, typeDistribution: 'tenant', relationshipDensity: w.density, seed: BENCH_SEED });
  }
}

/** The same rows written by the plainest bulk write. */
async function floor(store: GraphStore, w: Workload): Promise<FloorResult> {
  const context = (strategy: 'scenario' | 'random') => ({
    operationId: FLOOR_OP,
    tenantId: BENCH_TENANT,
    markers: syntheticMarkers(FLOOR_OP, strategy, BENCH_TENANT, new Date()),
    seed: BENCH_SEED,
    chunkRows: 10_000,
  });
  switch (w.strategy) {
    case 'generate':
      return runGeneratedFloor(floorTarget(store), generateTenant({ resources: w.resources, seed: BENCH_SEED, tenantId: BENCH_TENANT }), concurrencyOn(store));
    case 'template':
      return runTemplateFloor(floorTarget(store), BENCH_TENANT, w.scaleFactor, 10_000, concurrencyOn(store));
    case 'scenario':
      return runGeneratedFloor(
        floorTarget(store),
        scenarioChunks(
          planScenario(resolveScenario({ name: 'hub-spoke', params: { spokeCount: w.spokeCount, resourcesPerSpoke: w.resourcesPerSpoke } }), 1),
          context('scenario'),
        ),
        concurrencyOn(store),
      );
    case 'scale-down':
      return w.output ? writingScaleDownFloor(store, w.fraction, w.output) : runExtractionFloor(floorTarget(store), BENCH_TENANT);
    case 'transfer':
      return transfer(store, w.transfer, 'floor') as Promise<FloorResult>;
    case 'random':
      return runGeneratedFloor(
        floorTarget(store),
        randomChunks(planRandom(w.targetCount, resolveTypeDistribution('tenant'), w.density, BENCH_SEED), context('random')),
        concurrencyOn(store),
      );
  }
}

const NEW_TENANT = 'beec0000-0000-4000-8000-00000000000e';
const PHASES_OF_OUTPUT = { 'new-tenant': ['collect', 'rewrite', 'write', 'validate'], delete: ['collect', 'backup', 'delete', 'validate'] } as const;

/** A measured-only sample of the bench tenant: the sampled ids, and the rest. */
async function sampleOf(store: GraphStore, fraction: number): Promise<{ sampled: string[]; removed: string[] }> {
  const r = await scaleDown(store, { tenantId: BENCH_TENANT, algorithm: 'forest-fire', targetSize: fraction, defaultTargetSize: fraction, seed: BENCH_SEED });
  const kept = new Set([...r.sampled].map((v) => r.graph.ids[v]!));
  return { sampled: [...kept].sort(), removed: r.graph.ids.filter((id) => !kept.has(id)) };
}

/** Ours: the output step of a scale-down that writes (its phases; sampling is D0's), or a restore of the delete's backup. */
async function writingScaleDown(store: GraphStore, fraction: number, output: 'new-tenant' | 'delete' | 'restore') {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-'));
  try {
    const base = {
      tenantId: BENCH_TENANT,
      algorithm: 'forest-fire' as const,
      targetSize: fraction,
      defaultTargetSize: fraction,
      seed: BENCH_SEED,
      batchSize: 10_000,
      concurrency,
    };
    const backupFile = join(dir, 'backup.json');
    const r = await scaleDown(store, {
      ...base,
      output:
        output === 'new-tenant' ? { mode: 'new-tenant', newTenantId: NEW_TENANT, includeOriginal: true } : { mode: 'delete', confirmed: true, backupFile },
    });
    const out = r.summary.output!;
    if ('validation' in out && !out.validation.every((c) => c.passed)) throw new Error(`validation failed: ${JSON.stringify(out.validation)}`);
    if (output === 'restore') {
      const started = performance.now();
      const restored = await restoreFromBackup(store, { file: backupFile, batchSize: 10_000 });
      const seconds = (performance.now() - started) / 1000;
      return { resources: restored.nodes, relationships: restored.relationships, phases: [{ name: 'restore', seconds }], ratioSeconds: seconds };
    }
    const names: readonly string[] = PHASES_OF_OUTPUT[output];
    const phases = r.summary.phases;
    const ratioSeconds = phases.filter((p) => names.includes(p.name)).reduce((s, p) => s + p.seconds, 0);
    return out.mode === 'new-tenant'
      ? { resources: out.nodes, relationships: out.relationships, phases, ratioSeconds }
      : { resources: out.mode === 'delete' ? out.nodesDeleted : 0, relationships: out.mode === 'delete' ? out.relationshipsDeleted : 0, phases, ratioSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The floor of a writing scale-down: the plainest version of the output's necessary work, in the
 * clock. Which resources the sample keeps is ours, outside the clock (sampling is D0's), and so is,
 * for D2, which nodes the sample carries (its resources, their Original twins and their context).
 * - D2 (new tenant): those nodes and the relationships among them read by plain queries by key,
 *   every id rewritten for the new tenant, the plainest write.
 * - D3, D3L (delete): the removed resources' Original twins found, their rows and every relationship
 *   touching them read by plain queries by key, a page of keys at a time, each page written to a
 *   backup file as it is read (one JSON line each, with writeSync; nodes first), then deleted by key.
 * - D4, D4L (restore): after the D3 floor's steps (outside the clock), that file read back with a plain
 *   line reader, each line parsed by JSON.parse, and the rows written as they are parsed, in the full
 *   batches one chunk of them all would make (runStreamedFloor), nodes before relationships.
 * Memory holds the keys and a page of rows, never the backup as one string (at 10^6: ~1.8M nodes and
 * ~6M relationships).
 */
async function writingScaleDownFloor(store: GraphStore, fraction: number, output: 'new-tenant' | 'delete' | 'restore'): Promise<FloorResult> {
  const { sampled, removed } = await sampleOf(store, fraction);
  const reads = await plainByKey(floorTarget(store));
  const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-'));
  try {
    if (output === 'new-tenant') {
      const carried = keysByLabel((await collectSlice(store, BENCH_TENANT, sampled, { includeOriginal: true })).nodes, () => true);
      const inSlice = new Set([...carried].flatMap(([label, keys]) => keys.map((k) => `${label}\u0000${k}`)));
      const started = performance.now();
      const nodes: StoredNode[] = [];
      const relationships: SliceRelationship[] = [];
      for (const [label, keys] of carried) {
        for (const n of await reads.nodes(label, keys)) if (refLabel(n.labels) === label) nodes.push(n as StoredNode);
        for (const r of await reads.leaving(label, keys)) if (r.src.label === label && inSlice.has(`${r.dst.label}\u0000${r.dst.key}`)) relationships.push(r);
      }
      const { copy } = rewriteSlice({ tenantId: BENCH_TENANT, nodes, relationships }, NEW_TENANT, new Set(sampled));
      const read = (performance.now() - started) / 1000;
      const written = await runGeneratedFloor(floorTarget(store), [chunkOf(copy.nodes, copy.relationships, NEW_TENANT)], concurrencyOn(store));
      return { ...written, seconds: read + written.seconds };
    }
    const file = join(dir, 'backup.jsonl');
    const started = performance.now();
    const twins = await reads.twins(removed);
    const keys = [...removed, ...twins];
    const removing = new Set(keys);
    const ids: string[] = [];
    let relationships = 0;
    const backup = openSync(file, 'w');
    try {
      // The same queries, pages of keys and order as one read of each kind over all the keys: nodes, then the relationships leaving them, then entering.
      for (const page of pagesOf(keys)) {
        const nodes = (await reads.nodes(LABEL.Resource, page)).filter((n) => n.properties.tenant_id === BENCH_TENANT);
        for (const n of nodes) ids.push(String(n.properties.id));
        writeJsonLines(backup, nodes);
      }
      for (const page of pagesOf(keys)) {
        const leaving = await reads.leaving(LABEL.Resource, page);
        relationships += leaving.length;
        writeJsonLines(backup, leaving);
      }
      for (const page of pagesOf(keys)) {
        // Those leaving a removed node are written already.
        const entering = (await reads.entering(page)).filter((r) => !(r.src.label === LABEL.Resource && removing.has(r.src.key)));
        relationships += entering.length;
        writeJsonLines(backup, entering);
      }
    } finally {
      closeSync(backup);
    }
    const deleted = await reads.deleteResources(ids);
    const deleteSeconds = (performance.now() - started) / 1000;
    if (output === 'delete') return { seconds: deleteSeconds, nodes: deleted, relationships, concurrency: 1 };
    // Restore: the file read line by line, each parsed and written back as it comes, one node batch at a time, as ours restores them.
    return await runStreamedFloor(floorTarget(store), backupChunks(file), 1);
  } finally {
    await reads.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A D3 floor's backup file, line by line (nodes first, then relationships), as chunks of 10k parsed rows. */
function* backupChunks(file: string): Generator<GraphChunk> {
  let nodes: PlainNode[] = [];
  let relationships: SliceRelationship[] = [];
  for (const line of linesOf(file)) {
    if (line === '') continue;
    const item = JSON.parse(line) as PlainNode | SliceRelationship;
    if ('labels' in item) nodes.push(item);
    else relationships.push(item);
    if (nodes.length + relationships.length === 10_000) {
      yield chunkOf(nodes, relationships, BENCH_TENANT);
      nodes = [];
      relationships = [];
    }
  }
  if (nodes.length + relationships.length) yield chunkOf(nodes, relationships, BENCH_TENANT);
}

/** An empty store of the other kind (copy's target), or of this kind for import (Neo4j Community has one database: it is wiped). */
async function emptyTarget(kind: 'sqlite' | 'neo4j'): Promise<{ store: GraphStore; close: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-target-'));
    const target = new SqliteStore(join(dir, 'target.db'));
    return {
      store: target,
      close: async () => {
        await target.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const uri = process.env.TENANT_SCALE_TEST_NEO4J_URI!;
  await wipeNeo4j(uri);
  const target = await Neo4jStore.connect({ uri });
  return { store: target, close: () => target.close() };
}

/**
 * I0, I1 and C0, C1: ours times the command; the floor times the plainest version of the work it
 * cannot avoid (bench/floor-import.ts, bench/floor-copy.ts). An import's file is written outside the
 * clock by a child process, streamed from the generator (the bench tenant's Original layer, one row a line).
 */
async function transfer(store: GraphStore, what: 'import' | 'copy', side: 'ours' | 'floor') {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-'));
  try {
    if (what === 'import') {
      const file = join(dir, 'resources.json');
      loadBaseInChild(file);
      const target = await emptyTarget(store.kind);
      try {
        if (side === 'floor') {
          await target.store.ensureSchema(); // the same indexes as ours, made before the clock
          // In the floor's clock: the file read line by line, each row parsed and read as a resource, the
          // tenant's two layers emitted, then the plainest bulk write (no survey, no spool, no validation).
          return await runImportFloor(floorTarget(target.store), file, BENCH_TENANT, concurrencyOn(target.store));
        }
        const started = performance.now();
        const r = await importAzureFile(target.store, { file, format: 'resource-graph', tenantId: BENCH_TENANT, batchSize: 10_000, concurrency });
        const seconds = (performance.now() - started) / 1000;
        return {
          resources: r.resources,
          relationships: r.relationships,
          phases: [{ name: 'import', seconds }, ...(await recordedPhases(target.store, r.operationId))],
          ratioSeconds: seconds,
        };
      } finally {
        await target.close();
      }
    }
    const target = await emptyTarget(store.kind === 'sqlite' ? 'neo4j' : 'sqlite');
    try {
      if (side === 'floor') {
        await target.store.ensureSchema(); // the same indexes as ours, made before the clock
        // In the floor's clock: the source read by plain queries, then the plainest write (bench/floor-copy.ts).
        return await runCopyFloor(floorTarget(store), floorTarget(target.store), BENCH_TENANT, concurrencyOn(target.store));
      }
      const started = performance.now();
      const r = await copyTenant(store, target.store, { tenantId: BENCH_TENANT, batchSize: 10_000, concurrency });
      const seconds = (performance.now() - started) / 1000;
      return {
        resources: r.nodes,
        relationships: r.relationships,
        phases: [{ name: 'copy', seconds }, ...(await recordedPhases(target.store, r.operationId))],
        ratioSeconds: seconds,
      };
    } finally {
      await target.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The phases the operation recorded (survey, write, validate): what the time before them was spent on is the rest (reading the source, spooling). */
async function recordedPhases(store: GraphStore, operationId: string): Promise<{ name: string; seconds: number }[]> {
  const phases = ((await store.getOperation(operationId))?.metrics?.phases ?? []) as { name: string; seconds: number }[];
  return phases.map((p) => ({ name: p.name, seconds: p.seconds }));
}

const { store, dispose } = await open();
try {
  if ('churned' in workload && workload.churned) await churn(store);
  if (workload.baseResources > 0 && !baseInChild && !importing)
    await loadGeneratedTenant(store, { resources: workload.baseResources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency: 2 });
  await store.ensureSchema();
  const rssBefore = process.resourceUsage().maxRSS;
  let record: Record<string, unknown>;
  if (mode === 'ours') {
    const started = performance.now();
    const r = await ours(store, workload);
    record = { seconds: (performance.now() - started) / 1000, ...r };
  } else {
    const w = workload;
    const f = await floor(store, w);
    record = {
      seconds: f.seconds,
      resources: f.nodes,
      relationships: f.relationships,
      concurrency: f.concurrency,
      ...(w.strategy === 'generate' || w.strategy === 'scenario' || w.strategy === 'random' ? { generatorSeconds: f.generatorSeconds } : {}),
    };
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ workload: workload.name, store: kind, mode, ...record, peakRssMb, rssBeforeMb: Math.round(rssBefore / 1024) })}\n`);
} finally {
  await dispose();
}
