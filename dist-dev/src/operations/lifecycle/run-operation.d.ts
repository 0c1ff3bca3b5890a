import type { OperationKind, OperationRecord } from '../../domain/operation-record.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { OperationMetrics } from '../metrics.js';
import type { ValidationCheck } from '../validate-operation.js';
/** How a recorded operation starts: what it is, for which tenant, under which id. */
export interface OperationStart {
    readonly kind: OperationKind;
    readonly tenantId: string;
    readonly operationId: string;
    readonly startedAt: Date;
    /** Parameters as given (JSON-serialisable); undo reads some of them (a backup file, created shared nodes). */
    readonly params: Record<string, unknown>;
    readonly batchSize: number;
    readonly metrics: OperationMetrics;
    readonly signal?: AbortSignal;
}
/** What the work of an operation reports: its counts and the checks it ran over what it wrote. */
export interface OperationWork {
    readonly resourcesCreated: number;
    readonly relationshipsCreated: number;
    readonly validation: readonly ValidationCheck[];
}
/**
 * The one lifecycle of every command that writes: refuse while another operation of the tenant is
 * running; record the operation (status running) before the first write, so a crash always leaves a
 * record that scale-cleanup can undo; run the work; require every validation check to pass; mark it
 * completed — or undo what it wrote (by its kind), mark it rolled_back with the reason and throw
 * the error the user sees (exit 1).
 */
export declare function runOperation<T extends OperationWork>(store: GraphStore, start: OperationStart, work: (update: (params: Record<string, unknown>) => Promise<void>) => Promise<T>, options?: {
    readonly resume?: OperationRecord;
}): Promise<T>;
/** How long a rollback waits for a store that does not answer (a server restarting) before leaving the operation to scale-cleanup. */
export declare const ROLLBACK_PATIENCE_MS = 180000;
/** Refuses to start while another operation of the tenant is marked running (crashed or concurrent). */
export declare function assertNoRunningOperation(store: GraphStore, tenantId: string): Promise<void>;
/** Refuses an operation id that is already recorded (only library callers choose ids; records are history). */
export declare function assertNewOperationId(store: GraphStore, operationId: string): Promise<void>;
/** Thrown inside an operation when its post-write validation fails, so it is rolled back. */
export declare class ValidationFailed extends Error {
    constructor(checks: readonly ValidationCheck[]);
}
/** Throws ValidationFailed unless every check passed. */
export declare function requirePassed(checks: readonly ValidationCheck[]): void;
