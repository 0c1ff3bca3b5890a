import { type GraphStream } from '../graph-stream.js';
/** A graph file opened for streaming: its header fields, its graph (read from the file on each pass) and whether its digest matched. */
export interface OpenedGraphFile {
    readonly header: Readonly<Record<string, unknown>>;
    readonly graph: GraphStream;
    readonly verified: boolean;
}
/**
 * Opens a file of the JSON format for streaming and checks it whole in one pass, holding one line
 * at a time: format, version, layout, every item's shape, the counts and the digest (`requireDigest`:
 * it must have one). The graph it returns reads the file again on each pass. A file that is valid
 * JSON but not laid out one item per line (pretty-printed by another tool) is read whole instead.
 */
export declare function openGraphJson(path: string, options?: {
    requireDigest?: boolean;
}): Promise<OpenedGraphFile>;
