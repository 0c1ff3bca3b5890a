import type { GraphChunk, NodeBatch, RelationshipBatch } from '../domain/graph.js';
import type { ChunkWriter } from './graph-store.js';

/** Batches between commits of a store that keeps a transaction open across batches (SQLite). */
export const COMMIT_EVERY_BATCHES = 10;

export interface WriteTotals {
  resources: number;
  nodes: number;
  relationships: number;
  batches: number;
  queryTimeSeconds: number;
}

export interface WriteChunksOptions {
  /** Rows per transaction. */
  readonly batchSize: number;
  /** Node batches in flight at once where the store supports concurrent writers. */
  readonly concurrency: number;
  readonly onProgress?: (totals: Readonly<WriteTotals>) => void;
  readonly signal?: AbortSignal;
}

/**
 * Writes a stream of chunks: each chunk's nodes (in parallel where the store allows), then its
 * relationships serially, since a relationship locks both endpoints and parallel batches sharing
 * hub nodes would deadlock. The next chunk is produced while the store works on the current one.
 */
export async function writeChunks(
  store: ChunkWriter,
  chunks: Iterable<GraphChunk> | AsyncIterable<GraphChunk>,
  options: WriteChunksOptions,
): Promise<WriteTotals> {
  const totals: WriteTotals = { resources: 0, nodes: 0, relationships: 0, batches: 0, queryTimeSeconds: 0 };
  const concurrency = store.capabilities.concurrentWriters ? Math.max(1, options.concurrency) : 1;
  const timed = async <T extends NodeBatch | RelationshipBatch>(batch: T, write: (b: T) => Promise<number>): Promise<number> => {
    options.signal?.throwIfAborted();
    const started = performance.now();
    const count = await write(batch);
    totals.queryTimeSeconds += (performance.now() - started) / 1000;
    totals.batches++;
    return count;
  };

  try {
    await writeAll(store, chunks, options, totals, concurrency, timed);
  } finally {
    // Commit what a batching store left open, also when the stream failed: the caller's rollback
    // deletes by operation id and must see (and durably remove) every row written.
    await store.finishWrites?.();
  }
  return totals;
}

async function writeAll(
  store: ChunkWriter,
  chunks: Iterable<GraphChunk> | AsyncIterable<GraphChunk>,
  options: WriteChunksOptions,
  totals: WriteTotals,
  concurrency: number,
  timed: <T extends NodeBatch | RelationshipBatch>(batch: T, write: (b: T) => Promise<number>) => Promise<number>,
): Promise<void> {
  // A stream read from a file or another store is async: its next chunk is read while this one is written.
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  let next = await iterator.next();
  while (!next.done) {
    const chunk = next.value;
    const nodeBatches = chunk.nodes.flatMap((b) => split(b, options.batchSize));
    const relBatches = chunk.relationships.flatMap((b) => split(b, options.batchSize));
    const writing = (async () => {
      if (store.writeChunk) {
        // A store that batches itself (SQLite) gets the chunk in parts of one batch each, so progress
        // is reported per batch as on Neo4j, and its open transaction is committed every
        // COMMIT_EVERY_BATCHES batches (100k rows at the default batch size).
        for (const part of [...nodeBatches.map((b) => ({ nodes: [b], relationships: [] })), ...relBatches.map((b) => ({ nodes: [], relationships: [b] }))]) {
          options.signal?.throwIfAborted();
          const started = performance.now();
          const written = await store.writeChunk({ ...part, resources: 0 });
          totals.queryTimeSeconds += (performance.now() - started) / 1000;
          totals.batches++;
          totals.nodes += written.nodes;
          totals.relationships += written.relationships;
          if (totals.batches % COMMIT_EVERY_BATCHES === 0) await store.finishWrites?.();
          options.onProgress?.(totals);
        }
        return;
      }
      await runLimited(nodeBatches, concurrency, async (b) => {
        const created = await timed(b, (x) => store.writeNodes(x)); // read-then-add after the await: batches run concurrently
        totals.nodes += created;
        options.onProgress?.(totals);
      });
      for (const b of relBatches) {
        const created = await timed(b, (x) => store.writeRelationships(x));
        totals.relationships += created;
        options.onProgress?.(totals);
      }
    })();
    writing.catch(() => {}); // handled below; keeps a failure during the prefetch from being "unhandled"
    // Let the first queries go out, then build the next chunk while the store works.
    await new Promise((resolve) => setImmediate(resolve));
    let prefetched: IteratorResult<GraphChunk>;
    try {
      prefetched = await iterator.next();
    } catch (err) {
      await writing.catch(() => {});
      throw err;
    }
    await writing;
    totals.resources += chunk.resources;
    options.onProgress?.(totals);
    next = prefetched;
  }
}

function split<T extends { rows: readonly unknown[] }>(batch: T, size: number): T[] {
  if (batch.rows.length <= size) return [batch];
  const parts: T[] = [];
  for (let i = 0; i < batch.rows.length; i += size) parts.push({ ...batch, rows: batch.rows.slice(i, i + size) });
  return parts;
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure stops new work and is thrown once every batch in flight has settled. */
export async function runLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let index = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && index < items.length) {
      const item = items[index++] as T;
      try {
        await work(item);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  // Every worker settles before the first failure is thrown: a caller that rolls back on failure
  // must not start while a sibling batch is still being written (it would commit after the
  // rollback and stay behind). Promise.all rejected at once and let exactly that happen.
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}
