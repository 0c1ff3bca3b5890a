/**
 * The fidelity of every sampler at one sample size on a generated tenant (default: 15 % of 100k),
 * printed as a table: KS D per distribution, type TVD, coverage of types, type triples, typed
 * 2-paths and security path kinds, time; each sampler plain, with its types stratified, and with
 * --preserve-paths all (the resources it added counted). The graph is the same on both
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
import { preservePaths } from '../src/scale-down/samplers/preserve-paths.js';
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
  const rows = [['sampler', ...METRICS.map((m) => `KS ${m}`), 'type TVD', 'types', 'rel types', 'triples', '2-paths', 'security', 'added', 'sample s']];
  const records: Record<string, unknown>[] = [];
  const share = (m: { sample: number; tenant: number }) => `${m.sample}/${m.tenant}`;
  for (const [algorithm, variant] of SAMPLING_ALGORITHMS.flatMap((a) => (['plain', 'stratified', 'preserve-paths all'] as const).map((v) => [a, v] as const))) {
    const started = performance.now();
    const taken = sampleGraph(graph, { algorithm, target, seed, stratifyTypes: variant === 'stratified' });
    const nodes = variant === 'preserve-paths all' ? preservePaths(graph, taken, 'all') : taken;
    const seconds = (performance.now() - started) / 1000;
    const f = measureFidelity(graph, inducedSubgraph(graph, nodes), seed, tenant);
    const added = nodes.length - taken.length;
    records.push({ algorithm, variant, ks: f.ks, typeTvd: f.typeTvd, motifs: f.motifs, securityPaths: f.securityPaths, added, seconds });
    rows.push([
      `${algorithm}${variant === 'plain' ? '' : ` (${variant})`}`,
      ...METRICS.map((m) => f.ks[m].toFixed(3)),
      f.typeTvd.toFixed(3),
      share(f.resourceTypes),
      share(f.relationshipTypes),
      share(f.motifs.triples),
      share(f.motifs.paths),
      share(f.securityPaths),
      String(added),
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
