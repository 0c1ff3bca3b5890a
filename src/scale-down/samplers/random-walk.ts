import type { Rng } from '../../domain/rng.js';
import { type CompactGraph, degree, neighbour } from '../../fidelity/compact-graph.js';
import type { Sample } from './node-pool.js';

export interface RandomWalkParams {
  /** Probability per step of flying back to the walk's start (random walk) or jumping to a random node (random jump). */
  readonly restartProbability: number;
}

export const RANDOM_WALK_DEFAULTS: RandomWalkParams = { restartProbability: 0.15 };

/** Steps without a new node after which a walk is abandoned for a fresh start (a walk trapped in a small component). */
export const STALL_STEPS = 1_000;

/**
 * Random walk with restart (Leskovec & Faloutsos 2006): from a random start, step to a random
 * neighbour (the graph as undirected); with probability c fly back to the start. A walk that finds
 * no new node for STALL_STEPS steps (its component is exhausted) starts again at a random
 * unsampled node.
 */
export function randomWalk(graph: CompactGraph, sample: Sample, rng: Rng, params: RandomWalkParams = RANDOM_WALK_DEFAULTS): void {
  walk(graph, sample, rng, params.restartProbability, 'restart');
}

/**
 * Random jump: as the random walk, but with probability c the walk jumps to a random unsampled
 * node instead of returning to its start, so it is never trapped.
 */
export function randomJump(graph: CompactGraph, sample: Sample, rng: Rng, params: RandomWalkParams = RANDOM_WALK_DEFAULTS): void {
  walk(graph, sample, rng, params.restartProbability, 'jump');
}

function walk(graph: CompactGraph, sample: Sample, rng: Rng, c: number, mode: 'restart' | 'jump'): void {
  let start = sample.randomOpen(rng);
  let v = start;
  sample.add(v);
  let stalled = 0;
  while (!sample.full) {
    const d = degree(graph, v);
    if (d === 0 || stalled >= STALL_STEPS) {
      start = v = sample.randomOpen(rng);
      stalled = 0;
    } else if (rng.chance(c)) {
      if (mode === 'jump') v = sample.randomOpen(rng);
      else v = start;
    } else {
      v = neighbour(graph, v, Math.floor(rng.next() * d));
    }
    if (sample.add(v)) stalled = 0;
    else stalled++;
  }
}
