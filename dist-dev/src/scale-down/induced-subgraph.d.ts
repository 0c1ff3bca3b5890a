import { type CompactGraph } from './compact-graph.js';
/** The subgraph induced by `nodes` (every relationship of the graph between two of them), its nodes in the order given. */
export declare function inducedSubgraph(graph: CompactGraph, nodes: Uint32Array): CompactGraph;
