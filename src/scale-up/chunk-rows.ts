import type { GraphStore } from '../store/graph-store.js';

/**
 * Rows per generated chunk. SQLite writes a chunk synchronously in one transaction, so small
 * chunks cost nothing there and keep rows from outliving V8's young generation (10k-row chunks
 * were promoted wholesale: 340 MB peak at 10^6 random resources against 280 MB at 5k). Neo4j
 * splits a chunk into `concurrency` parallel batches of `batchSize`.
 */
export function generatedChunkRows(store: Pick<GraphStore, 'capabilities'>, batchSize: number, concurrency: number): number {
  return store.capabilities.concurrentWriters ? batchSize * Math.max(1, concurrency) : Math.min(batchSize, 5_000);
}
