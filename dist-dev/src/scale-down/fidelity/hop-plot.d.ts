import type { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../compact-graph.js';
/** Breadth-first searches the effective diameter is estimated from (exact when the graph has no more nodes). */
export declare const HOP_PLOT_SOURCES = 64;
/**
 * Effective diameter (Leskovec & Faloutsos 2006's hop-plot summary): the smallest number of hops
 * within which 90 % of the connected node pairs lie, the graph as undirected, interpolated between
 * hop counts. Estimated from BFS out of HOP_PLOT_SOURCES random nodes (all nodes when fewer).
 */
export declare function effectiveDiameter(graph: CompactGraph, rng: Rng, sources?: number): number;
