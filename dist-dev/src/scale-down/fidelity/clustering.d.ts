import type { CompactGraph } from '../compact-graph.js';
/**
 * Local clustering coefficient of every node, the graph taken as undirected and simple (directions,
 * multi-edges and self-loops dropped): C(v) = 2·T(v) / (d(v)·(d(v) − 1)), T(v) the triangles
 * through v, d(v) its distinct neighbours; 0 when d(v) < 2.
 *
 * Triangles by the forward algorithm (Schank & Wagner 2005): orient each edge from lower to higher
 * (degree, index) rank, and for each node intersect its forward neighbours with theirs, through a
 * mark array. O(m^1.5) at worst, and hubs cost little because they have few higher-ranked
 * neighbours. Written here because no maintained package computes local clustering over typed arrays.
 */
export declare function localClustering(graph: CompactGraph): Float64Array;
/** Sorted distinct neighbours of every node, both directions, without self-loops (CSR). */
export declare function simpleUndirected(graph: CompactGraph): {
    offsets: Uint32Array;
    neighbours: Uint32Array;
};
