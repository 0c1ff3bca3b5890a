import type { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../../fidelity/compact-graph.js';
import type { Sample } from './node-pool.js';

/** Uniform random nodes: the baseline every topology-aware sampler must beat. */
export function randomNode(_graph: CompactGraph, sample: Sample, rng: Rng): void {
  while (!sample.full) sample.add(sample.randomOpen(rng));
}
