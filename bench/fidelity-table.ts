/**
 * The fidelity of every sampler at one sample size on a generated tenant (default: 15 % of 100k),
 * printed as a table: KS D per distribution, type TVD, coverage, time. The graph is the same on both
 * stores, so it is read from a temporary SQLite file.
 *   node dist/bench/fidelity-table.js [RESOURCES] [FRACTION] [SEED]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractTenantGraph } from '../src/fidelity/extract.js';
import { distributions, measureFidelity, METRICS } from '../src/fidelity/metrics/fidelity.js';
import { inducedSubgraph } from '../src/fidelity/induced-subgraph.js';
import { SAMPLING_ALGORITHMS, sampleGraph } from '../src/scale-down/samplers/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { loadGeneratedTenant } from '../src/tenant-generator/load-tenant.js';
import { BENCH_SEED, BENCH_TENANT } from './workloads.js';

const [resources = 100_000, fraction = 0.15, seed = BENCH_SEED] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-fidelity-'));
const store = new SqliteStore(join(dir, 'fidelity.db'));
try {
  await loadGeneratedTenant(store, { resources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency: 2 });
  const { graph } = await extractTenantGraph(store, { tenantId: BENCH_TENANT, includeNullTenant: true });
  const target = Math.round(graph.nodeCount * fraction);
  const tenant = distributions(graph);
  const rows = [['sampler', ...METRICS.map((m) => `KS ${m}`), 'type TVD', 'types', 'rel types', 'sample s']];
  const records: Record<string, unknown>[] = [];
  for (const [algorithm, stratifyTypes] of SAMPLING_ALGORITHMS.flatMap(
    (a) =>
      [
        [a, false],
        [a, true],
      ] as const,
  )) {
    const started = performance.now();
    const nodes = sampleGraph(graph, { algorithm, target, seed, stratifyTypes });
    const seconds = (performance.now() - started) / 1000;
    const f = measureFidelity(graph, inducedSubgraph(graph, nodes), seed, tenant);
    records.push({ algorithm, stratifyTypes, ks: f.ks, typeTvd: f.typeTvd, seconds });
    rows.push([
      `${algorithm}${stratifyTypes ? ' (types stratified)' : ''}`,
      ...METRICS.map((m) => f.ks[m].toFixed(3)),
      f.typeTvd.toFixed(3),
      `${f.resourceTypes.sample}/${f.resourceTypes.tenant}`,
      `${f.relationshipTypes.sample}/${f.relationshipTypes.tenant}`,
      seconds.toFixed(3),
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(`Fidelity at ${fraction * 100} % of ${graph.nodeCount} resources (${graph.edgeCount} relationships), seed ${seed}:`);
  console.log(rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n'));
  process.stderr.write(`${JSON.stringify(records)}\n`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
