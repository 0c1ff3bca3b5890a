import type { GraphChunk } from '../../domain/graph.js';
import { type GeneratedChunkContext } from '../synthetic-resource.js';
import { type RandomPlan } from './random-plan.js';
export interface RandomChunkContext extends GeneratedChunkContext {
    readonly seed: number;
    readonly chunkRows: number;
}
/**
 * Streams a random tenant in two passes, both O(n + m) with memory bounded by one chunk: every
 * resource (type by type), then every relationship (see drawEdges). Targets are skewed per rule so
 * hubs appear.
 */
export declare function randomChunks(plan: RandomPlan, context: RandomChunkContext): Generator<GraphChunk>;
/**
 * The exact number of relationships randomChunks writes for this plan and seed: the draws replayed
 * without writing (O(m) time, no memory per edge). The plan's density only gives an expectation;
 * validation needs the number the store must hold, independent of what the writer counted.
 */
export declare function countRandomRelationships(plan: RandomPlan, seed: number): number;
