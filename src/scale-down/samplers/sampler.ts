import type { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../../fidelity/compact-graph.js';
import type { Sample } from './node-pool.js';

/**
 * A sampler: a pure function of the graph, a seeded RNG and its parameters that fills `sample` to
 * its target with distinct nodes (Sample refuses a node already in, or of a type whose quota is
 * full). Samplers see the graph as undirected for their walks; jumps to an unsampled node never
 * scan the graph (NodePool).
 */
export type Sampler<P> = (graph: CompactGraph, sample: Sample, rng: Rng, params: P) => void;
