import type { CompactGraph } from '../compact-graph.js';
/**
 * Sizes of the weakly connected components (relationships as undirected), largest first.
 * Union–find over typed arrays (path halving, union by size): O(m α(n)), no object per node —
 * graphology-components needs a graphology graph, several objects per node at 10^6 nodes.
 */
export declare function componentSizes(graph: CompactGraph): Uint32Array;
