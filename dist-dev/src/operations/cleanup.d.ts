import { type OperationKind, type OperationStatus } from '../domain/operation-record.js';
import type { GraphStore } from '../store/graph-store.js';
export interface CleanupOptions {
    readonly operationId?: string;
    readonly all?: boolean;
    readonly tenantId?: string;
    readonly dryRun?: boolean;
    readonly yes?: boolean;
    readonly batchSize: number;
}
export interface CleanedOperation {
    readonly id: string;
    /** Status before cleanup; `unrecorded` for synthetic nodes whose operation has no record. */
    readonly status: OperationStatus | 'unrecorded';
    /** What it was (unrecorded synthetic nodes come from a scale-up). */
    readonly kind: OperationKind | 'unrecorded';
    /** Nodes it removes (a scale-up's or a created tenant's), or for a scale-down delete the nodes its backup restores. */
    readonly nodes: number;
    /** What undoing it did, in words (empty for a dry run). */
    readonly undone: string;
}
export interface CleanupResult {
    readonly tenantId: string | null;
    readonly dryRun: boolean;
    readonly operations: readonly CleanedOperation[];
    readonly nodesDeleted: number;
    /**
     * With `all`: the tenant's completed operations that `all` leaves alone (it undoes scale-ups only) —
     * a tenant made by generate-tenant, import, copy or new-tenant, a scale-down delete — each undone by its own id.
     */
    readonly notUndone: readonly {
        readonly id: string;
        readonly kind: OperationKind;
    }[];
}
/**
 * scale-cleanup: deletes synthetic data, one operation (or every operation of a tenant) at a time,
 * in batches; also resolves operations a crash left `running`. Never touches a node without the
 * operation's id, so scanned resources and the Original layer are safe by construction.
 */
export interface CleanupHooks {
    /** Items undone so far (nodes deleted; for a scale-down delete, nodes and relationships restored) of about `total`. */
    readonly onProgress?: (done: number, total: number) => void;
}
export declare function cleanupOperations(store: GraphStore, options: CleanupOptions, hooks?: CleanupHooks): Promise<CleanupResult>;
