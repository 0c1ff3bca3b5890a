import type { GraphChunk, NodeBatch, Properties } from './graph.js';
/**
 * Accumulates nodes (grouped by label set and mode) and relationships (grouped by type and endpoint
 * labels) into one GraphChunk, so every group becomes one `UNWIND` query shape / prepared statement.
 */
export declare class ChunkBuilder {
    private nodes;
    private rels;
    private lastNodes;
    private lastRels;
    private resourceCount;
    private rowCount;
    addNode(labels: string[], row: Properties & {
        id: string;
    }, mode?: NodeBatch['mode']): void;
    addRelationship(type: string, srcLabel: string, src: string, dstLabel: string, dst: string): void;
    countResource(): void;
    get resources(): number;
    /** Nodes plus relationships held so far. */
    get size(): number;
    /** Returns what was accumulated and starts empty again. */
    take(): GraphChunk;
}
