import type { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../compact-graph.js';
import { Sample } from './node-pool.js';

/** Uniform random nodes: the baseline every topology-aware sampler must beat. */
export function randomNode(graph: CompactGraph, target: number, rng: Rng): Uint32Array {
  const sample = new Sample(graph.nodeCount, target);
  while (!sample.full) sample.add(sample.pool.random(rng));
  return sample.nodes();
}
