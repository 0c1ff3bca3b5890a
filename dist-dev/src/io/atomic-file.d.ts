/**
 * Streams text to a side file and renames it over `path` only when complete and on disk (the file
 * and then its folder are fsynced), so neither a failure nor a crash or power loss leaves a
 * half-written file under the name asked for. Returns the bytes written.
 */
export declare function writeFileAtomically(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<number>;
