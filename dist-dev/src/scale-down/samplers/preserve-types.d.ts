import { type CompactGraph } from '../compact-graph.js';
/**
 * --preserve-types: adds the fewest nodes (greedily) so that every resource type and every
 * relationship type of the graph appears in the sample's induced subgraph. A missing relationship
 * type takes one of its edges with an end already sampled when there is one (1 node), else any
 * (2 nodes), preferring ends whose resource type is missing too; each resource type still missing
 * then takes one node, preferring a neighbour of the sample (so it stays attached). Deterministic:
 * candidates are scanned in node order. Returns the sample with the added nodes at its end.
 */
export declare function preserveTypes(graph: CompactGraph, sampled: Uint32Array): Uint32Array;
