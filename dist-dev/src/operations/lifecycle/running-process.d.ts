import type { OperationRecord } from '../../domain/operation-record.js';
/** Where a running operation runs, kept in its params: the process that can still be writing. */
export interface OperationProcess {
    readonly host: string;
    readonly pid: number;
}
export declare function thisProcess(): OperationProcess;
/**
 * A `running` record is either an operation still at work or one a crash left behind. On this
 * machine the difference is whether its process lives; one started elsewhere cannot be told apart
 * (and is treated as left behind, as before processes were recorded).
 */
export declare function isAlive(record: OperationRecord): boolean;
/** Undoing an operation that is still writing would race it (its later batches and its completion land after the undo). */
export declare function assertNotAlive(records: readonly OperationRecord[]): void;
