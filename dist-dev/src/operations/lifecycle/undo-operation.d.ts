import { type OperationKind, type OperationRecord } from '../../domain/operation-record.js';
import type { GraphStore } from '../../store/graph-store.js';
/** Kinds that create a whole tenant (which did not exist before them): undone by deleting it. */
export declare function createsTenant(kind: OperationKind): boolean;
/** The operation kind in words, for messages. */
export declare function describeKind(kind: OperationKind): string;
export interface UndoResult {
    readonly nodesDeleted: number;
    /** What was done, in words. */
    readonly summary: string;
}
/** Shared nodes (no tenant_id) an operation created, by label: removed again on undo when nothing uses them. */
export type CreatedSharedNodes = Record<string, string[]>;
/**
 * Undoes what an operation wrote, by its kind, and says what it did. Scale-ups: their nodes (all
 * carry the operation's id). generate-tenant, new-tenant and import: the tenant they created (it did not
 * exist before them), and the shared nodes they created that nothing else uses. A scale-down
 * delete: its backup is restored (without a backup file nothing had been deleted yet, or the user
 * chose --no-backup and there is nothing to restore from).
 */
export declare function undoOperation(store: GraphStore, record: OperationRecord, batchSize: number, onBatch?: (items: number) => void): Promise<UndoResult>;
