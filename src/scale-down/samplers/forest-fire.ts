import type { Rng } from '../../domain/rng.js';
import { type CompactGraph, inDegree, outDegree } from '../compact-graph.js';
import { Sample } from './node-pool.js';

export interface ForestFireParams {
  /** Forward burning probability p: each burning node burns a geometric number of its out-links, mean p / (1 − p). */
  readonly burningProbability: number;
  /** Backward burning ratio r: in-links burn with probability r·p (mean r·p / (1 − r·p)). */
  readonly backwardRatio: number;
}

/** Leskovec & Faloutsos (KDD 2006) use p ≈ 0.7 and r ≈ 0.3 for their best scale-down results; 0.4 is ATG's default p. */
export const FOREST_FIRE_DEFAULTS: ForestFireParams = { burningProbability: 0.4, backwardRatio: 0.3 };

/**
 * Forest fire (Leskovec & Faloutsos 2006): from a random seed, each burning node burns x unburned
 * out-neighbours and y unburned in-neighbours, chosen at random, x and y geometric with means
 * p/(1−p) and rp/(1−rp); the newly burned burn in turn (breadth first). When the fire dies out, it
 * restarts at a random unburned node. Each node burns once, so the work is O(n + m).
 */
export function forestFire(graph: CompactGraph, target: number, rng: Rng, params: ForestFireParams = FOREST_FIRE_DEFAULTS): Uint32Array {
  const sample = new Sample(graph.nodeCount, target);
  const queue = new Uint32Array(target);
  const scratch = new Uint32Array(maxDegree(graph));
  const forward = params.burningProbability;
  const backward = params.burningProbability * params.backwardRatio;
  while (!sample.full) {
    const seed = sample.pool.random(rng);
    sample.add(seed);
    let head = 0;
    let tail = 0;
    queue[tail++] = seed;
    while (head < tail && !sample.full) {
      const v = queue[head++]!;
      const burn = (targets: Uint32Array, from: number, count: number, p: number) => {
        let candidates = 0;
        for (let i = 0; i < count; i++) {
          const w = targets[from + i]!;
          if (!sample.has(w)) scratch[candidates++] = w;
        }
        const x = Math.min(candidates, geometric(rng, p));
        for (let i = 0; i < x && !sample.full; i++) {
          // Partial Fisher–Yates over the candidates (duplicates from multi-edges are skipped by add).
          const j = i + Math.floor(rng.next() * (candidates - i));
          const w = scratch[j]!;
          scratch[j] = scratch[i]!;
          if (sample.add(w)) queue[tail++] = w;
        }
      };
      burn(graph.outTargets, graph.outOffsets[v]!, outDegree(graph, v), forward);
      burn(graph.inSources, graph.inOffsets[v]!, inDegree(graph, v), backward);
    }
  }
  return sample.nodes();
}

/** Number of successes before the first failure, success probability p: mean p / (1 − p). */
export function geometric(rng: Rng, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Number.MAX_SAFE_INTEGER;
  return Math.floor(Math.log(1 - rng.next()) / Math.log(p));
}

export function maxDegree(graph: CompactGraph): number {
  let max = 0;
  for (let v = 0; v < graph.nodeCount; v++) max = Math.max(max, outDegree(graph, v), inDegree(graph, v));
  return max;
}
