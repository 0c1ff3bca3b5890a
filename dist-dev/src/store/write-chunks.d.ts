import type { GraphChunk } from '../domain/graph.js';
import type { GraphStore } from './graph-store.js';
/** Batches between commits of a store that keeps a transaction open across batches (SQLite). */
export declare const COMMIT_EVERY_BATCHES = 10;
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
export declare function writeChunks(store: GraphStore, chunks: Iterable<GraphChunk> | AsyncIterable<GraphChunk>, options: WriteChunksOptions): Promise<WriteTotals>;
/** Runs `work` over `items` with at most `limit` in flight; the first failure stops new work and is thrown once every batch in flight has settled. */
export declare function runLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void>;
