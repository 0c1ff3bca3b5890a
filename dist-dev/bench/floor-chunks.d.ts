import type { GraphChunk } from '../src/domain/graph.js';
import { type FloorResult, type FloorTarget } from './floor-writer.js';
/**
 * The floor of a stream of chunks (generate-tenant, scenario and random scale-up, the writing
 * scale-downs, import, copy): the very chunks ours writes, gathered outside the clock into groups
 * of `concurrency` batches of `batchRows` (ours: chunks of batch size × concurrency), each group's
 * nodes `concurrency` batches at a time, then its relationships one batch at a time (batches of
 * `batchRows` rows too).
 */
export declare function runGeneratedFloor(target: FloorTarget, chunks: Iterable<GraphChunk>, concurrency: number, batchRows?: number): Promise<FloorResult>;
