import type { Rng } from '../../domain/rng.js';
import { type CompactGraph } from '../compact-graph.js';
import type { Sample } from './node-pool.js';
/**
 * Totally induced edge sampling (TIES, Ahmed, Neville & Kompella 2013): pick relationships
 * uniformly at random and take both their ends until the target is reached; the sample's graph is
 * then the induced subgraph (as for every sampler here). Picks favour high-degree nodes, which
 * keeps hubs. A graph without relationships falls back to uniform nodes.
 */
export declare function inducedEdge(graph: CompactGraph, sample: Sample, rng: Rng): void;
