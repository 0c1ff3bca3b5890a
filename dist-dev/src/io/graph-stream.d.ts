import type { StoredNode } from '../store/graph-store.js';
import type { GraphSlice, SliceRelationship } from './graph-slice.js';
/**
 * A graph read in pages, as often as needed: what the file writers take and the importer reads,
 * whatever holds it — a slice in memory, a file, a tenant spooled from a store. Every node comes
 * before the relationships (a writer creates the ends first); each `nodes()` or `relationships()`
 * call reads from the start again, so memory holds one page, not the graph.
 */
export interface GraphStream {
    readonly tenantId: string;
    readonly counts: {
        readonly nodes: number;
        readonly relationships: number;
    };
    nodes(): AsyncIterable<readonly StoredNode[]>;
    relationships(): AsyncIterable<readonly SliceRelationship[]>;
}
/** Items per page of a stream: the by-key store reads take 5,000 keys at a time. */
export declare const STREAM_PAGE = 5000;
/** A slice in memory as a stream. */
export declare function sliceStream(slice: GraphSlice): GraphStream;
/** A whole stream in memory (for what needs the whole graph at once: rewriting a tenant's ids). */
export declare function readWhole(stream: GraphStream): Promise<GraphSlice>;
/** The items of a stream of pages, one by one. */
export declare function itemsOf<T>(source: AsyncIterable<readonly T[]>): AsyncGenerator<T>;
