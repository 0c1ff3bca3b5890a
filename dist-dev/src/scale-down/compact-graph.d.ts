/**
 * A tenant's graph of abstracted resources in typed arrays: integer node indexes, compressed
 * adjacency (CSR) in both directions, no object per node or edge. 10^6 resources with 5·10^6
 * relationships take ~100 MB here (and ~100 MB more for the id → index map while building);
 * graphology keeps several objects per node and edge, several times that.
 */
export interface CompactGraph {
    readonly nodeCount: number;
    readonly edgeCount: number;
    /** Node index → resource id (indexes follow the order the nodes were added: the store's stable order). */
    readonly ids: readonly string[];
    /** Node index → index into `types`. */
    readonly typeOf: Uint16Array;
    readonly types: readonly string[];
    /** Edge → index into `relTypes` (out and in arrays carry their own copy, in their own order). */
    readonly relTypes: readonly string[];
    /** Out-edges of node v: outTargets[outOffsets[v] .. outOffsets[v+1]). */
    readonly outOffsets: Uint32Array;
    readonly outTargets: Uint32Array;
    readonly outRelTypes: Uint8Array;
    /** In-edges of node v: inSources[inOffsets[v] .. inOffsets[v+1]). */
    readonly inOffsets: Uint32Array;
    readonly inSources: Uint32Array;
    readonly inRelTypes: Uint8Array;
}
export declare const outDegree: (g: CompactGraph, v: number) => number;
export declare const inDegree: (g: CompactGraph, v: number) => number;
/** Total degree: out + in (the graph as undirected, multi-edges counted). */
export declare const degree: (g: CompactGraph, v: number) => number;
/** The i-th undirected neighbour of v (0 ≤ i < degree(v)): out-neighbours first, then in-neighbours. */
export declare function neighbour(g: CompactGraph, v: number, i: number): number;
/** The node whose out-edges include edge e (an index into outTargets): binary search over the offsets. */
export declare function sourceOfEdge(g: CompactGraph, e: number): number;
/**
 * Builds a CompactGraph in two passes, as the store streams it: every node first (`addNode`), then
 * every relationship (`addEdge`, by resource ids). Edges to ids that were not added (another
 * tenant's resources, the Original layer, shared nodes) are skipped and counted.
 */
export declare class CompactGraphBuilder {
    private readonly index;
    private readonly ids;
    private readonly typeIndex;
    private readonly relTypeIndex;
    private nodeTypes;
    private readonly src;
    private readonly dst;
    private readonly rel;
    /** Relationships whose other end is outside the graph. */
    skippedEdges: number;
    addNode(id: string, type: string): number;
    has(id: string): boolean;
    /** Ids added so far, by node index. */
    get nodeIds(): readonly string[];
    /** An edge between two added nodes, by index (a store that resolved the endpoints itself). */
    addEdgeByIndex(s: number, d: number, type: string): void;
    addEdge(srcId: string, type: string, dstId: string): void;
    build(): CompactGraph;
}
