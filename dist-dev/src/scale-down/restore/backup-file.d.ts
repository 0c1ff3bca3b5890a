import type { GraphSlice } from '../../io/graph-slice.js';
/** What a scale-down delete writes before it deletes anything, and what restore reads. */
export declare const BACKUP_KIND = "scale-down-backup";
export interface Backup {
    readonly operationId: string;
    readonly tenantId: string;
    readonly slice: GraphSlice;
}
/** Reads and checks a backup file whole (format, digest, kind); anything else is a UsageError (exit 2) naming it. */
export declare function readBackup(path: string): Backup;
