import { InternalError, OperationFailedError, TenantScaleError, UsageError } from '../../domain/errors.js';
import { storeFailure, storeUnavailable } from '../../store/store-failure.js';
import type { OperationRecord } from '../../domain/operation-record.js';
import type { GraphStore, OperationRecords } from '../../store/graph-store.js';
import { publishOperationEvent } from '../events.js';
import type { OperationMetrics } from '../metrics.js';
import type { ValidationCheck } from '../validate-operation.js';
import { thisProcess } from './running-process.js';
import type { OperationKindDefinition, UndoResult } from '../kinds/operation-kind.js';
import { describeKind } from '../kinds/registry.js';

/** How a recorded operation starts: what it is, for which tenant, under which id. */
export interface OperationStart {
  /** The kind, declared next to the feature (its undo is what a failure runs). */
  readonly kind: OperationKindDefinition;
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
export async function runOperation<T extends OperationWork>(
  store: GraphStore,
  start: OperationStart,
  work: (update: (params: Record<string, unknown>) => Promise<void>) => Promise<T>,
  options: { readonly resume?: OperationRecord } = {},
): Promise<T> {
  let record: OperationRecord;
  if (options.resume) {
    // A rerun finishing an interrupted operation: its record (running) is the one to complete, in this process now.
    record = { ...options.resume, params: { ...options.resume.params, process: thisProcess() } };
    await store.updateOperation(record.id, { params: record.params });
  } else {
    await assertNoRunningOperation(store, start.tenantId);
    await assertNewOperationId(store, start.operationId);
    await store.ensureSchema();
    record = {
      id: start.operationId,
      tenantId: start.tenantId,
      kind: start.kind.name,
      status: 'running',
      // The process, so scale-cleanup can tell this live run from one a crash left running.
      params: { ...start.params, process: thisProcess() },
      startedAt: start.startedAt.toISOString(),
      finishedAt: null,
      resourcesCreated: 0,
      relationshipsCreated: 0,
      metrics: null,
      error: null,
    };
    await store.recordOperation(record);
  }
  publishOperationEvent({ type: 'recorded', operationId: record.id, kind: record.kind, tenantId: record.tenantId, resumed: Boolean(options.resume) });
  try {
    const outcome = await work(async (params) => {
      record = { ...record, params: { ...record.params, ...params } };
      await store.updateOperation(record.id, { params: record.params });
    });
    requirePassed(outcome.validation);
    await store.updateOperation(record.id, {
      status: 'completed',
      finishedAt: new Date().toISOString(),
      resourcesCreated: outcome.resourcesCreated,
      relationshipsCreated: outcome.relationshipsCreated,
      metrics: { ...start.metrics.toJSON(), validation: outcome.validation },
    });
    publishOperationEvent({ type: 'finished', operationId: record.id, status: 'completed' });
    return outcome;
  } catch (err) {
    const reason = start.signal?.aborted ? 'interrupted' : (storeFailure(err)?.message ?? (err as Error).message);
    const what = `${start.kind.description} ${record.id}`;
    let undone: UndoResult;
    try {
      // A store that went away (the reason this failed, often) is waited for: the rollback runs once it answers again.
      undone = await whileUnavailable(ROLLBACK_PATIENCE_MS, async () => {
        const result = await start.kind.undo(store, record, start.batchSize);
        await store.updateOperation(record.id, {
          status: 'rolled_back',
          finishedAt: new Date().toISOString(),
          resourcesCreated: 0,
          relationshipsCreated: 0,
          error: reason,
          metrics: start.metrics.toJSON(),
        });
        publishOperationEvent({ type: 'finished', operationId: record.id, status: 'rolled_back' });
        return result;
      });
    } catch (undoError) {
      // The store failed the rollback too (a server gone): the record stays `running`, which blocks the tenant until scale-cleanup resolves it.
      const undoFailure = storeFailure(undoError);
      throw new OperationFailedError(
        `${what} failed (${reason}) and its rollback failed too (${undoFailure?.message ?? (undoError as Error).message}); it stays marked running`,
        `${undoFailure ? 'once the store works again (free space, end the other writer, start the server), ' : ''}undo it with scale-cleanup {{option:operationId}} ${record.id} {{option:yes}}`,
      );
    }
    const invalid = err instanceof ValidationFailed;
    const failure = err instanceof TenantScaleError ? err : storeFailure(err);
    if (!invalid && !failure && !start.signal?.aborted) {
      // Neither the user's nor the store's doing: a bug, reported as one (exit 70) — after the rollback.
      throw new InternalError(
        `${what} failed with an internal error (${reason}); rolled back: ${undone.summary}`,
        'this is a bug in tenant-scale; rerun with {{option:logLevel}} debug and report it',
      );
    }
    throw new OperationFailedError(
      `${what} ${invalid ? 'failed validation' : 'failed'} (${failure?.message ?? reason}); rolled back: ${undone.summary}`,
      invalid
        ? 'the data written did not pass its checks and was removed; run it again, and report it if it fails the same way'
        : failure?.fix || 'fix the cause and run it again',
    );
  }
}

/** How long a rollback waits for a store that does not answer (a server restarting) before leaving the operation to scale-cleanup. */
export const ROLLBACK_PATIENCE_MS = 180_000;

/**
 * Runs `work` (idempotent: an undo), again and again while the store is unavailable, 1, 2, 4 … 10 s
 * apart, for at most `patienceMs`; says how long it waited in its summary.
 */
async function whileUnavailable<T extends { summary: string }>(patienceMs: number, work: () => Promise<T>): Promise<T> {
  const began = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await work();
      const waited = Math.round((Date.now() - began) / 1000);
      return attempt > 0 ? { ...result, summary: `${result.summary} (after waiting ${waited} s for the store to answer again)` } : result;
    } catch (err) {
      const pause = Math.min(10_000, 1000 * 2 ** attempt);
      if (!storeUnavailable(err) || Date.now() - began + pause > patienceMs) throw err;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** Refuses to start while another operation of the tenant is marked running (crashed or concurrent). */
export async function assertNoRunningOperation(store: Pick<OperationRecords, 'listOperations'>, tenantId: string): Promise<void> {
  const stale = (await store.listOperations(tenantId)).filter((o) => o.status === 'running');
  if (stale.length) {
    throw new UsageError(
      `operation ${stale[0]!.id} (${describeKind(stale[0]!.kind)}) of tenant ${tenantId} is still marked running (a crashed or concurrent run)`,
      `if no other tenant-scale is running, resolve it with: tenant-scale scale-cleanup {{option:operationId}} ${stale[0]!.id} {{option:yes}}`,
    );
  }
}

/** Refuses an operation id that is already recorded (only library callers choose ids; records are history). */
export async function assertNewOperationId(store: Pick<OperationRecords, 'getOperation'>, operationId: string): Promise<void> {
  if (await store.getOperation(operationId)) {
    throw new UsageError(`operation id ${operationId} is already recorded`, 'leave operationId unset to get a new one');
  }
}

/** Thrown inside an operation when its post-write validation fails, so it is rolled back. */
export class ValidationFailed extends Error {
  constructor(checks: readonly ValidationCheck[]) {
    super(
      checks
        .filter((c) => !c.passed)
        .map((c) => `${c.name}: ${c.detail}`)
        .join('; '),
    );
  }
}

/** Throws ValidationFailed unless every check passed. */
export function requirePassed(checks: readonly ValidationCheck[]): void {
  if (!checks.every((c) => c.passed)) throw new ValidationFailed(checks);
}
