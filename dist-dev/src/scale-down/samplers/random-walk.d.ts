import type { Rng } from '../../domain/rng.js';
import { type CompactGraph } from '../compact-graph.js';
import type { Sample } from './node-pool.js';
export interface RandomWalkParams {
    /** Probability per step of flying back to the walk's start (random walk) or jumping to a random node (random jump). */
    readonly restartProbability: number;
}
export declare const RANDOM_WALK_DEFAULTS: RandomWalkParams;
/** Steps without a new node after which a walk is abandoned for a fresh start (a walk trapped in a small component). */
export declare const STALL_STEPS = 1000;
/**
 * Random walk with restart (Leskovec & Faloutsos 2006): from a random start, step to a random
 * neighbour (the graph as undirected); with probability c fly back to the start. A walk that finds
 * no new node for STALL_STEPS steps (its component is exhausted) starts again at a random
 * unsampled node.
 */
export declare function randomWalk(graph: CompactGraph, sample: Sample, rng: Rng, params?: RandomWalkParams): void;
/**
 * Random jump: as the random walk, but with probability c the walk jumps to a random unsampled
 * node instead of returning to its start, so it is never trapped.
 */
export declare function randomJump(graph: CompactGraph, sample: Sample, rng: Rng, params?: RandomWalkParams): void;
