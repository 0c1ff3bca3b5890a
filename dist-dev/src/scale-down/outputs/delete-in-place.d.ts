import { type OperationRecord } from '../../domain/operation-record.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { OperationMetrics } from '../../operations/metrics.js';
import type { ValidationCheck } from '../../operations/validate-operation.js';
import type { GraphStore } from '../../store/graph-store.js';
export interface DeleteOutput {
    readonly mode: 'delete';
    /** The user confirmed the deletion (--yes). */
    readonly confirmed: boolean;
    /** Where the backup of everything deleted goes (written and fsynced before the first delete); null only when the user chose no backup. */
    readonly backupFile: string | null;
}
export interface DeleteResult {
    readonly mode: 'delete';
    readonly operationId: string;
    readonly backupFile: string | null;
    /** Abstracted resources deleted (each with its Original twin). */
    readonly resourcesDeleted: number;
    /** Nodes deleted, both layers. */
    readonly nodesDeleted: number;
    /** Relationships deleted with them (all are in the backup). */
    readonly relationshipsDeleted: number;
    readonly resourcesKept: number;
    /** This run finished a delete an earlier run left unfinished. */
    readonly resumed: boolean;
    readonly validation: readonly ValidationCheck[];
}
/** The default backup file: next to a store file, else in the working folder; named by tenant and time. */
export declare function defaultBackupFile(storeFile: string | null, tenantId: string, now?: Date): string;
/** Refuses, before anything is read or written, a delete without confirmation or with a backup path that cannot be written. */
export declare function checkDeleteOutput(output: DeleteOutput): void;
/** Refuses a scope whose resources cannot all be deleted by tenant: resources with a null tenant_id attributed to the tenant. */
export declare function checkDeleteScope(scope: TenantScope, nullTenantResources: number): void;
/**
 * Refuses to shrink a tenant that holds live scale-ups: deleting their synthetic nodes from under
 * their records would leave records that no longer describe the graph (and validations that fail).
 */
export declare function checkNoLiveScaleUps(store: GraphStore, tenantId: string): Promise<void>;
/** The interrupted delete of this tenant, if a crash left one running. */
export declare function interruptedDelete(store: GraphStore, tenantId: string): Promise<OperationRecord | undefined>;
interface DeleteContext {
    readonly batchSize: number;
    readonly metrics: OperationMetrics;
    readonly signal?: AbortSignal;
    readonly params: Record<string, unknown>;
    readonly onProgress?: (phase: string, done: number, total: number) => void;
}
/**
 * Shrinks the tenant in place: one recorded operation that writes the backup of everything it will
 * delete (both layers of the non-sampled resources and every relationship touching them), fsyncs it,
 * and only then deletes, in tenant-scoped batches. A crash leaves the tenant whole (no backup yet),
 * or shrunk in part with the backup intact: scale-cleanup or restore puts it back, a rerun finishes.
 */
export declare function deleteOutsideSample(store: GraphStore, tenantId: string, removedIds: readonly string[], keptCount: number, output: DeleteOutput, context: DeleteContext): Promise<DeleteResult>;
/** Finishes a delete a crash interrupted, from its backup (the sample it was cut from is in the backup's complement). */
export declare function resumeDelete(store: GraphStore, record: OperationRecord, context: DeleteContext): Promise<DeleteResult>;
export {};
