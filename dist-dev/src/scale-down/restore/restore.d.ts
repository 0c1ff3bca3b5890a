import type { GraphStore } from '../../store/graph-store.js';
import { type RestoreCounts } from './restore-backup.js';
export interface RestoreOptions {
    /** The backup a scale-down delete wrote. */
    readonly file: string;
    /** When given, the backup must be of this tenant. */
    readonly tenantId?: string;
    readonly batchSize: number;
    /** Check the file and count what is missing, write nothing. */
    readonly dryRun?: boolean;
    readonly signal?: AbortSignal;
    readonly onProgress?: (done: number, total: number) => void;
}
export interface RestoreResult extends RestoreCounts {
    readonly file: string;
    readonly tenantId: string;
    readonly operationId: string;
    readonly dryRun: boolean;
}
/**
 * restore: puts back what a scale-down delete removed, from its backup file. The file is checked
 * whole first (a damaged or foreign file is refused before anything is written); the delete's
 * record must be in this store, for this tenant. Idempotent: a rerun after a crash completes it,
 * and the delete is marked rolled_back.
 */
export declare function restoreFromBackup(store: GraphStore, options: RestoreOptions): Promise<RestoreResult>;
