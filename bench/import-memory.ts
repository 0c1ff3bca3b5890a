/**
 * Peak memory of an Azure import against the size of its file: writes a resource-graph file of N
 * resources (the Original layer of a generated tenant, streamed: the file is never in memory), then
 * imports it into a fresh SQLite store in a child process and prints the child's peak RSS, the file
 * size and the time. `node dist/bench/import-memory.js 1000000 [100000 …]`
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAzureFile } from '../src/transfer/import-azure.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { writeResourceGraphFile } from './resource-graph-row.js';
import { BENCH_TENANT } from './workloads.js';

if (process.argv[2] === '--child') {
  const [, , , file, db] = process.argv as [string, string, string, string, string];
  const store = new SqliteStore(db);
  const started = performance.now();
  const r = await importAzureFile(store, { file, format: 'resource-graph', tenantId: BENCH_TENANT, batchSize: 10_000, concurrency: 1 });
  await store.close();
  process.stdout.write(
    JSON.stringify({
      resources: r.resources,
      nodes: r.nodes,
      relationships: r.relationships,
      seconds: (performance.now() - started) / 1000,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} else if (process.argv[2] === '--write') {
  await writeResourceGraphFile(process.argv[4]!, Number(process.argv[3]));
} else {
  for (const n of process.argv.slice(2).map(Number)) {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-import-memory-'));
    try {
      const file = join(dir, 'resources.json');
      await writeResourceGraphFile(file, n);
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, join(dir, 'graph.db')], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(child.stderr);
      const r = JSON.parse(child.stdout) as Record<string, number>;
      console.log(
        `import of ${n.toLocaleString('en-US')} resources: file ${Math.round(statSync(file).size / 2 ** 20)} MB, ${r.nodes} nodes, ${r.relationships} relationships, ${r.seconds?.toFixed(1)} s, peak RSS ${r.peakRssMb} MB`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
