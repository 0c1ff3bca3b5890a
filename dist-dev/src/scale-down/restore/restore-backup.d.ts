import type { GraphStore } from '../../store/graph-store.js';
import type { Backup } from './backup-file.js';
export interface RestoreCounts {
    /** Nodes of the backup that were missing and were written back. */
    readonly nodes: number;
    readonly relationships: number;
    /** Nodes of the backup that were still there (a delete interrupted before it reached them). */
    readonly alreadyPresent: number;
}
/**
 * Puts back what a scale-down delete removed, exactly and idempotently, whatever was interrupted:
 * the backup's missing nodes are created; a relationship touching one of them is created (it went
 * with that node); a relationship between nodes that are all present (never deleted, or written by
 * an earlier restore that was killed before its relationships) is created only where the store
 * lacks it, counted as a multiset (parallel relationships included). Rerunning after a crash
 * finishes the job and writes nothing twice.
 */
export declare function restoreBackup(store: GraphStore, backup: Backup, options: {
    batchSize: number;
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
}): Promise<RestoreCounts>;
