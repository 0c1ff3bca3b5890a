import type { GenerationStrategy } from '../domain/operation-record.js';
import type { ValidationCheck } from '../operations/validate-operation.js';
/** Options every scale-up strategy takes. */
export interface ScaleUpBaseOptions {
    readonly tenantId?: string;
    readonly batchSize: number;
    readonly concurrency: number;
    readonly maxResources: number;
    readonly dryRun?: boolean;
    readonly validate?: boolean;
    /** Validation checks not to run, by name (config `validation.check_*` set to false; see CHECKS_OF_SWITCH). */
    readonly skipChecks?: readonly string[];
    /** Fixed clock and id for reproducible runs; defaults to now and a random id. */
    readonly now?: Date;
    readonly operationId?: string;
}
/** What every scale-up returns (and prints with --json), whatever its strategy. */
export interface ScaleUpResult<Plan> {
    readonly operationId: string;
    readonly tenantId: string;
    readonly strategy: GenerationStrategy;
    readonly dryRun: boolean;
    readonly success: boolean;
    readonly resourcesCreated: number;
    readonly relationshipsCreated: number;
    readonly durationSeconds: number;
    readonly validationPassed: boolean | null;
    readonly validation: readonly ValidationCheck[];
    readonly plan: Plan;
    readonly metrics: Record<string, unknown>;
    readonly error?: string;
}
export interface ScaleUpHooks {
    readonly onProgress?: (phase: string, done: number, total: number) => void;
    readonly signal?: AbortSignal;
}
