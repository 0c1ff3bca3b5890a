import { GENERATE_TENANT_KIND } from './generate-tenant-kind.js';
import { UsageError } from '../domain/errors.js';
import { checkTenantIdLength } from '../domain/tenant-scope.js';
import { newOperationId } from '../domain/ids.js';
import { runOperation } from '../operations/lifecycle/run-operation.js';
import { OperationMetrics } from '../operations/metrics.js';
import type { GraphStore } from '../store/graph-store.js';
import { writeChunks, type WriteTotals } from '../store/write-chunks.js';
import { generateTenant } from './generate-tenant.js';

export interface LoadTenantOptions {
  readonly resources: number;
  readonly seed: number;
  readonly tenantId: string;
  readonly batchSize: number;
  readonly concurrency: number;
  /** Fixed clock and operation id for reproducible runs; defaults to now and a new id. */
  readonly now?: Date;
  readonly operationId?: string;
}

export interface LoadTenantResult {
  readonly tenantId: string;
  /** The recorded operation (scale-cleanup --operation-id removes the tenant again). */
  readonly operationId: string;
  readonly seed: number;
  readonly store: string;
  readonly resources: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly seconds: number;
  readonly resourcesPerSecond: number;
}

export interface ProgressHooks {
  readonly onProgress?: (totals: Readonly<WriteTotals>, target: number) => void;
  readonly signal?: AbortSignal;
}

export const MAX_GENERATED_RESOURCES = 10_000_000;

/**
 * generate-tenant: writes a new base tenant. The tenant must not exist yet; if writing fails or is
 * interrupted, everything carrying its tenant_id is deleted again, so no half-written tenant stays.
 */
/** The options generate-tenant can check without a store: checked before one is opened (or created). */
export function checkGenerateOptions(options: Pick<LoadTenantOptions, 'resources' | 'seed' | 'tenantId'>): void {
  if (!Number.isInteger(options.resources) || options.resources < 1 || options.resources > MAX_GENERATED_RESOURCES) {
    throw new UsageError(
      `{{option:resources}} must be a whole number from 1 to ${MAX_GENERATED_RESOURCES.toLocaleString('en-US')}`,
      'pass e.g. {{option:resources}} 5000',
    );
  }
  if (!Number.isSafeInteger(options.seed)) throw new UsageError('{{option:seed}} must be an integer', 'pass e.g. {{option:seed}} 1');
  if (!options.tenantId.trim()) throw new UsageError('{{option:tenantId}} is empty', 'pass {{option:tenantId}} or set AZURE_TENANT_ID');
  checkTenantIdLength(options.tenantId, 'pass a shorter {{option:tenantId}}');
}

export async function loadGeneratedTenant(store: GraphStore, options: LoadTenantOptions, hooks: ProgressHooks = {}): Promise<LoadTenantResult> {
  checkGenerateOptions(options);
  const census = await store.tenantCensus(options.tenantId);
  if (census.tenantNodeIds.includes(options.tenantId) || census.resourcesWithTenant > 0) {
    throw new UsageError(`tenant ${options.tenantId} already exists in ${store.target}`, 'pick another {{option:tenantId}}, or another {{option:store|db}}');
  }
  const started = performance.now();
  const now = options.now ?? new Date();
  const operationId = options.operationId ?? newOperationId(now);
  const metrics = new OperationMetrics(options.batchSize);
  const start = {
    kind: GENERATE_TENANT_KIND,
    tenantId: options.tenantId,
    operationId,
    startedAt: now,
    batchSize: options.batchSize,
    metrics,
    params: { resources: options.resources, seed: options.seed, batchSize: options.batchSize, concurrency: options.concurrency },
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  };
  let totals: WriteTotals | undefined;
  // Recorded, written and validated as one operation; into an empty SQLite file all of it goes to
  // the bulk-load side file, so a failure or a crash leaves no trace at all.
  const run = () =>
    runOperation(store, start, async () => {
      totals = await metrics.phase(
        'write',
        () =>
          // Chunks of four batches (40k rows at the default batch size): progress and memory follow the batch size.
          writeChunks(store, generateTenant({ ...options, chunkRows: 4 * options.batchSize }), {
            batchSize: options.batchSize,
            concurrency: options.concurrency,
            onProgress: (t) => hooks.onProgress?.(t, options.resources),
            ...(hooks.signal ? { signal: hooks.signal } : {}),
          }),
        (t) => t.nodes + t.relationships,
      );
      const validation = [
        {
          name: 'resource-count',
          passed: totals.resources === options.resources,
          detail: `${totals.resources} resources written, ${options.resources} asked for`,
        },
      ];
      return { resourcesCreated: totals.resources, relationshipsCreated: totals.relationships, validation };
    });
  await (store.bulkLoad ? store.bulkLoad(run) : run());
  const seconds = (performance.now() - started) / 1000;
  return {
    tenantId: options.tenantId,
    operationId,
    seed: options.seed,
    store: store.target,
    resources: totals!.resources,
    nodesCreated: totals!.nodes,
    relationshipsCreated: totals!.relationships,
    seconds: round(seconds),
    resourcesPerSecond: Math.round(totals!.resources / seconds),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
