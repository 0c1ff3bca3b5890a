import { OperationFailedError, TenantScaleError, UsageError } from '../domain/errors.js';
import type { GenerationStrategy } from '../domain/operation-record.js';
import type { OperationMetrics } from '../operations/metrics.js';
import type { ValidationCheck } from '../operations/validate-operation.js';
import type { GraphStore } from '../store/graph-store.js';

/** Options every scale-up strategy takes. */
export interface ScaleUpBaseOptions {
  readonly tenantId?: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly maxResources: number;
  readonly dryRun?: boolean;
  readonly validate?: boolean;
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

/** Refuses to start while another operation of the tenant is marked running (crashed or concurrent). */
export async function assertNoRunningOperation(store: GraphStore, tenantId: string): Promise<void> {
  const stale = (await store.listOperations(tenantId)).filter((o) => o.status === 'running');
  if (stale.length) {
    throw new UsageError(
      `operation ${stale[0]!.id} of tenant ${tenantId} is still marked running (a crashed or concurrent run)`,
      `if no other tenant-scale is running, resolve it with: tenant-scale scale-cleanup --operation-id ${stale[0]!.id}`,
    );
  }
}

/** Refuses an operation id that is already recorded (only library callers choose ids; records are history). */
export async function assertNewOperationId(store: GraphStore, operationId: string): Promise<void> {
  if (await store.getOperation(operationId)) {
    throw new UsageError(`operation id ${operationId} is already recorded`, 'leave operationId unset to get a new one');
  }
}

/** Thrown inside an operation when its post-write validation fails, so it is rolled back. */
export class ValidationFailed extends Error {
  constructor(checks: readonly ValidationCheck[]) {
    super(checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.detail}`).join('; '));
  }
}

/** Throws ValidationFailed unless every check passed. */
export function requirePassed(checks: readonly ValidationCheck[]): void {
  if (!checks.every((c) => c.passed)) throw new ValidationFailed(checks);
}

/**
 * Removes everything the operation wrote, marks it rolled_back with the reason, and throws the
 * error the user sees (exit 1). Nothing that existed before the operation is touched.
 */
export async function rollBackAndThrow(store: GraphStore, operationId: string, err: unknown, context: { signal?: AbortSignal; batchSize: number; metrics: OperationMetrics }): Promise<never> {
  const reason = context.signal?.aborted ? 'interrupted' : (err as Error).message;
  const removed = await store.deleteOperationNodes(operationId, context.batchSize);
  await store.updateOperation(operationId, { status: 'rolled_back', finishedAt: new Date().toISOString(), resourcesCreated: 0, relationshipsCreated: 0, error: reason, metrics: context.metrics.toJSON() });
  const invalid = err instanceof ValidationFailed;
  throw new OperationFailedError(
    `scale-up ${operationId} ${invalid ? 'failed validation' : 'failed'} (${reason}); rolled back, removing its ${removed} nodes`,
    invalid ? 'this is a bug in tenant-scale; please report it with the validation details' : (err instanceof TenantScaleError && err.fix) || 'fix the cause and run it again',
  );
}
