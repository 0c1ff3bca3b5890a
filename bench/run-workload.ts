/**
 * One benchmark measurement in its own process, so its peak RSS is its own:
 *   node dist/bench/run-workload.js WORKLOAD STORE ours|floor
 * Prints one JSON line on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaleUpTemplate } from '../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../src/store/graph-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { loadGeneratedTenant } from '../src/tenant-generator/load-tenant.js';
import { wipeNeo4j } from '../test/helpers/stores.js';
import { runFloor } from './floor.js';
import { BENCH_SEED, BENCH_TENANT, WORKLOADS } from './workloads.js';

const [name, kind, mode] = process.argv.slice(2);
const workload = WORKLOADS.find((w) => w.name === name);
if (!workload || (kind !== 'sqlite' && kind !== 'neo4j') || (mode !== 'ours' && mode !== 'floor')) {
  console.error('usage: run-workload.js B1|B2|B3|B4 sqlite|neo4j ours|floor');
  process.exit(2);
}

async function open(): Promise<{ store: GraphStore; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-'));
    const store = new SqliteStore(join(dir, 'bench.db'));
    return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set (npm run bench starts the local Neo4j)');
  await wipeNeo4j(uri);
  const store = await Neo4jStore.connect({ uri });
  return { store, dispose: () => store.close() };
}

const { store, dispose } = await open();
try {
  await loadGeneratedTenant(store, { resources: workload.baseResources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency: 2 });
  await store.ensureSchema();
  const rssBefore = process.resourceUsage().maxRSS;
  let record: Record<string, unknown>;
  if (mode === 'ours') {
    const started = performance.now();
    // BENCH_BATCH_SIZE / BENCH_CONCURRENCY: for the batch-size sweep documented in the README.
    const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 10_000);
    const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 2);
    const r = await scaleUpTemplate(store, { tenantId: BENCH_TENANT, scaleFactor: workload.scaleFactor, batchSize, concurrency, maxResources: 5_000_000 });
    const seconds = (performance.now() - started) / 1000;
    if (!r.validationPassed) throw new Error(`validation failed: ${JSON.stringify(r.validation)}`);
    record = { seconds, resources: r.resourcesCreated, relationships: r.relationshipsCreated, phases: r.metrics.phases };
  } else {
    const f = await runFloor(store, BENCH_TENANT, workload.scaleFactor, 10_000);
    record = { seconds: f.seconds, resources: f.nodes, relationships: f.relationships };
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ workload: workload.name, store: kind, mode, ...record, peakRssMb, rssBeforeMb: Math.round(rssBefore / 1024) })}\n`);
} finally {
  await dispose();
}
