import { type CompactGraph } from '../../src/scale-down/compact-graph.js';
/** A graph from `a>b` strings, every node of type T unless typed `id:type`. */
export declare function graphOf(nodes: string[], edges: string[]): CompactGraph;
