/**
 * One benchmark measurement in its own process, so its peak RSS is its own:
 *   node dist/bench/run-workload.js WORKLOAD STORE ours|floor
 * Prints one JSON line on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
import type { GraphStore } from '../src/store/graph-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { generateTenant } from '../src/tenant-generator/generate-tenant.js';
import { loadGeneratedTenant } from '../src/tenant-generator/load-tenant.js';
import { wipeNeo4j } from '../test/helpers/stores.js';
import { churn } from './churn.js';
import { runExtractionFloor, runFloor, runGeneratedFloor, type FloorResult } from './floor.js';
import { scaleDown } from '../src/scale-down/scale-down.js';
import { BENCH_SEED, BENCH_TENANT, WORKLOADS, type Workload } from './workloads.js';

const [name, kind, mode] = process.argv.slice(2);
const workload = WORKLOADS.find((w) => w.name === name);
if (!workload || (kind !== 'sqlite' && kind !== 'neo4j') || (mode !== 'ours' && mode !== 'floor' && mode !== 'load-base')) {
  console.error(`usage: run-workload.js ${WORKLOADS.map((w) => w.name).join('|')} sqlite|neo4j ours|floor`);
  process.exit(2);
}

/**
 * A scale-down reads a base it did not write: the base is loaded by a child process (this file
 * with `--load-base`), so this process's peak RSS is the scale-down's own, not the generator's.
 */
const baseInChild = workload.strategy === 'scale-down';

async function open(): Promise<{ store: GraphStore; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-'));
    const path = join(dir, 'bench.db');
    if (baseInChild) loadBaseInChild(path);
    const store = new SqliteStore(path);
    return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const uri = process.env.TENANT_SCALE_TEST_NEO4J_URI;
  if (!uri) throw new Error('TENANT_SCALE_TEST_NEO4J_URI is not set (npm run bench starts a local Neo4j)');
  await wipeNeo4j(uri);
  if (baseInChild) loadBaseInChild(uri);
  const store = await Neo4jStore.connect({ uri });
  return { store, dispose: () => store.close() };
}

function loadBaseInChild(db: string): void {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name!, kind!, 'load-base', db], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (r.status !== 0) throw new Error(`bench: loading the ${workload!.baseResources}-resource base failed`);
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

// BENCH_BATCH_SIZE / BENCH_CONCURRENCY: for the batch-size sweep documented in the README.
// Defaults are the CLI's: scale_up.batch_size for template, scale_up.generated_batch_size otherwise.
const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? (workload.strategy === 'template' ? 10_000 : 5_000));
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 2);
const common = { tenantId: BENCH_TENANT, batchSize, concurrency, maxResources: 5_000_000 };
const FLOOR_OP = 'scale-19700101T000000-f1005f10';

/** Our generate-tenant, or our scale-up end to end (plan, write, validate; a failed validation throws). */
async function ours(store: GraphStore, w: Workload): Promise<{ resources: number; relationships: number; phases: unknown; ratioSeconds?: number }> {
  if (w.strategy === 'generate') {
    const r = await loadGeneratedTenant(store, { resources: w.resources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency });
    return { resources: r.resources, relationships: r.relationshipsCreated, phases: [] };
  }
  if (w.strategy === 'scale-down') {
    const file = join(mkdtempSync(join(tmpdir(), 'tenant-scale-bench-')), 'sample.json');
    const r = await scaleDown(store, { tenantId: BENCH_TENANT, algorithm: 'forest-fire', targetSize: w.fraction, defaultTargetSize: w.fraction, seed: BENCH_SEED, output: { mode: 'export', file, format: 'json' } });
    rmSync(dirname(file), { recursive: true, force: true });
    // Compared with the floor: the extraction (the floor reads the same relationships); the rest is in the phases.
    return { resources: r.summary.sample!.resources, relationships: r.summary.sample!.relationships, phases: r.summary.phases, ratioSeconds: r.summary.phases.find((p) => p.name === 'extract')!.seconds };
  }
  const r = await scaleUp(store, w);
  if (!r.validationPassed) throw new Error(`validation failed: ${JSON.stringify(r.validation)}`);
  return { resources: r.resourcesCreated, relationships: r.relationshipsCreated, phases: r.metrics.phases };
}

async function scaleUp(store: GraphStore, w: Exclude<Workload, { strategy: 'generate' | 'scale-down' }>) {
  switch (w.strategy) {
    case 'template':
      return scaleUpTemplate(store, { ...common, scaleFactor: w.scaleFactor });
    case 'scenario':
      return scaleUpScenario(store, { ...common, source: { name: 'hub-spoke', params: { spokeCount: w.spokeCount, resourcesPerSpoke: w.resourcesPerSpoke } }, scaleFactor: 1, seed: BENCH_SEED });
    case 'random':
      return scaleUpRandom(store, { ...common, targetCount: w.targetCount, typeDistribution: 'tenant', relationshipDensity: w.density, seed: BENCH_SEED });
  }
}

/** The same rows written by the plainest bulk write. */
async function floor(store: GraphStore, w: Workload): Promise<FloorResult> {
  const context = (strategy: 'scenario' | 'random') => ({ operationId: FLOOR_OP, tenantId: BENCH_TENANT, markers: syntheticMarkers(FLOOR_OP, strategy, BENCH_TENANT, new Date()), seed: BENCH_SEED, chunkRows: 10_000 });
  switch (w.strategy) {
    case 'generate':
      return runGeneratedFloor(store, generateTenant({ resources: w.resources, seed: BENCH_SEED, tenantId: BENCH_TENANT }));
    case 'template':
      return runFloor(store, BENCH_TENANT, w.scaleFactor, 10_000);
    case 'scenario':
      return runGeneratedFloor(store, scenarioChunks(planScenario(resolveScenario({ name: 'hub-spoke', params: { spokeCount: w.spokeCount, resourcesPerSpoke: w.resourcesPerSpoke } }), 1), context('scenario')), FLOOR_OP);
    case 'scale-down':
      return runExtractionFloor(store, BENCH_TENANT);
    case 'random':
      return runGeneratedFloor(store, randomChunks(planRandom(w.targetCount, resolveTypeDistribution('tenant'), w.density, BENCH_SEED), context('random')), FLOOR_OP);
  }
}

const { store, dispose } = await open();
try {
  if ('churned' in workload && workload.churned) await churn(store);
  if (workload.baseResources > 0 && !baseInChild) await loadGeneratedTenant(store, { resources: workload.baseResources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency: 2 });
  await store.ensureSchema();
  const rssBefore = process.resourceUsage().maxRSS;
  let record: Record<string, unknown>;
  if (mode === 'ours') {
    const started = performance.now();
    const r = await ours(store, workload);
    record = { seconds: (performance.now() - started) / 1000, ...r };
  } else {
    const f = await floor(store, workload);
    record = { seconds: f.seconds, resources: f.nodes, relationships: f.relationships };
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ workload: workload.name, store: kind, mode, ...record, peakRssMb, rssBeforeMb: Math.round(rssBefore / 1024) })}\n`);
} finally {
  await dispose();
}
