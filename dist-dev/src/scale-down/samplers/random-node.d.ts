import type { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../compact-graph.js';
import type { Sample } from './node-pool.js';
/** Uniform random nodes: the baseline every topology-aware sampler must beat. */
export declare function randomNode(_graph: CompactGraph, sample: Sample, rng: Rng): void;
