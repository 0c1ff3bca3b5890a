import { UsageError } from '../../domain/errors.js';
import type { Properties } from '../../domain/graph.js';
import type { StoredNode } from '../../store/graph-store.js';
import type { GraphSlice, SliceRelationship } from '../graph-slice.js';
import type { GraphStream } from '../graph-stream.js';
export declare const GRAPH_FORMAT_NAME = "tenant-scale-graph";
export declare const GRAPH_FORMAT_VERSION = 1;
/** Properties with their keys sorted: the same node gives the same text from every store. */
export declare function sortedProperties(p: Properties): Properties;
/** A node as one line of the format (properties sorted: the same node gives the same text from every store). */
export declare const nodeLine: (n: StoredNode) => string;
export declare const relationshipLine: (r: SliceRelationship) => string;
/**
 * tenant-scale's own format: one JSON document, versioned, with one node or relationship per line
 * so that it can be written and read as a stream (a reader may parse line by line between the
 * `"nodes": [` and `"relationships": [` lines, or JSON.parse the whole file). The last key,
 * `sha256`, is the digest of the text from the `"nodes"` key up to that key (every byte after the
 * first line and before `"sha256"`): a reader tells a damaged file from a good one with one hash
 * over the text it read.
 */
export declare function jsonLines(graph: GraphStream, meta: Record<string, unknown>): AsyncGenerator<string>;
/**
 * Values the stores index (keys, tenant, type, operation markers) are capped: a Neo4j index entry
 * holds at most ~8 kB, and a longer value fails the write half-way instead of being refused first.
 */
export declare const MAX_INDEXED_VALUE_BYTES = 4096;
/** What is wrong with the shape of an item of a section, if anything. */
export declare function shapeProblem(section: 'nodes' | 'relationships', item: unknown): string | undefined;
/** A graph file read back: its header fields and its slice. */
export interface GraphDocument {
    readonly header: Readonly<Record<string, unknown>>;
    readonly slice: GraphSlice;
    /** The file carried a digest and it matched (files written before digests carry none). */
    readonly verified: boolean;
}
export declare const damaged: (path: string, reason: string) => UsageError;
/**
 * Reads a file of the JSON format and checks it whole: format, version, counts, shapes and the
 * digest when the file has one (`requireDigest`: it must). Any damage — a truncated file, an
 * edited line, a flipped byte — is a UsageError naming the file and what is wrong.
 */
export declare function readGraphJson(path: string, options?: {
    requireDigest?: boolean;
}): GraphDocument;
