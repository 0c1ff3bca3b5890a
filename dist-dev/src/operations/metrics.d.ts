import type { PhaseMetric } from '../domain/operation-record.js';
/** Per-phase timings and counters of one operation, reported in its result and record. */
export declare class OperationMetrics {
    readonly batchSize: number;
    readonly phases: PhaseMetric[];
    batches: number;
    queries: number;
    queryTimeSeconds: number;
    constructor(batchSize: number);
    phase<T>(name: string, work: () => Promise<T>, items: (result: T) => number): Promise<T>;
    /** Times one store call. */
    query<T>(work: () => Promise<T>): Promise<T>;
    toJSON(): Record<string, unknown>;
}
export declare function round(n: number): number;
