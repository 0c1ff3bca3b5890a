import type { StoredNode } from '../store/graph-store.js';
import type { SliceRelationship } from './graph-slice.js';
import { type GraphStream } from './graph-stream.js';
/** The lines of a text file, read as a stream (no line is held after it is handed out). */
export declare function linesOf(path: string): AsyncGenerator<string>;
/**
 * A graph spooled to two JSON-lines files in a private folder under the system's temporary folder
 * (TMPDIR; it needs about the size of a json export of the graph): a stream read from disk, removed
 * by `dispose`, or when the process exits; one a killed process left is removed by the next spool.
 */
export interface SpooledGraph extends GraphStream {
    dispose(): void;
}
/**
 * Spools pages of nodes and relationships (in any interleaving: a walk yields a page's
 * relationships before the nodes of later pages) into a GraphStream whose nodes all come before its
 * relationships, holding one page in memory. Lines are the JSON format's own, so the JSON writer
 * copies them as they are.
 */
export declare function spoolGraph(tenantId: string, source: AsyncIterable<{
    readonly nodes: readonly StoredNode[];
    readonly relationships: readonly SliceRelationship[];
}>, onPage?: (spooled: {
    readonly nodes: number;
    readonly relationships: number;
}) => void): Promise<SpooledGraph>;
