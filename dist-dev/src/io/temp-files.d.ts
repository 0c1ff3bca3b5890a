/** Removes `path` when this process exits, unless `release` (returned) removes it first. */
export declare function removeOnExit(path: string): () => void;
/** Prefix of this tool's spool folders in the system's temporary folder. */
export declare const SPOOL_PREFIX = "tenant-scale-spool-";
/** A new private folder under TMPDIR named for this process; removed by the returned `dispose`, or at exit. */
export declare function processTempDir(prefix: string): {
    dir: string;
    dispose: () => void;
};
/** `${file}.partial-<pid>`: the side file an atomic write fills before renaming it over `file`. */
export declare function partialFileOf(file: string): string;
/**
 * Removes the entries of `folder` named `${prefix}<pid>${rest}` whose process is gone: what a killed
 * run left. A live process's entries (another command running now) are never touched.
 */
export declare function sweepStale(folder: string, prefix: string, separator?: string): string[];
