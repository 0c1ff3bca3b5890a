import type { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../compact-graph.js';

/**
 * A sampler: a pure function of the graph, the number of nodes wanted and a seeded RNG. It returns
 * exactly `target` distinct node indexes (target ≤ nodeCount), in the order it took them. Samplers
 * see the graph as undirected for their walks; jumps to an unsampled node are O(1) (NodePool).
 */
export type Sampler<P> = (graph: CompactGraph, target: number, rng: Rng, params: P) => Uint32Array;
