import type { GraphSlice } from '../graph-slice.js';
import { type GraphStream } from '../graph-stream.js';
export declare const GRAPH_FORMATS: readonly ["json", "yaml", "graphml", "cypher"];
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
/** Refuses, before any work, an output file that exists (without `force`) or cannot be written; `option` names the file's option in the fix (see opt). */
export declare function checkOutputFile(path: string, force: boolean, option?: string): void;
/** Writes the slice in `format` to `path`, atomically (see writeFileAtomically). */
export declare function writeGraphFile(slice: GraphSlice, format: GraphFormat, path: string, meta?: Record<string, unknown>): Promise<number>;
/** Writes a streamed graph in `format` to `path`, atomically, holding a page at a time. */
export declare function writeGraphStream(graph: GraphStream, format: GraphFormat, path: string, meta?: Record<string, unknown>): Promise<number>;
