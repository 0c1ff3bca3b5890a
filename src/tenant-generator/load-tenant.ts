import { OperationFailedError, UsageError } from '../domain/errors.js';
import type { GraphStore } from '../store/graph-store.js';
import { writeChunks, type WriteTotals } from '../store/write-chunks.js';
import { generateTenant } from './generate-tenant.js';

export interface LoadTenantOptions {
  readonly resources: number;
  readonly seed: number;
  readonly tenantId: string;
  readonly batchSize: number;
  readonly concurrency: number;
}

export interface LoadTenantResult {
  readonly tenantId: string;
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
export async function loadGeneratedTenant(store: GraphStore, options: LoadTenantOptions, hooks: ProgressHooks = {}): Promise<LoadTenantResult> {
  if (!Number.isInteger(options.resources) || options.resources < 1 || options.resources > MAX_GENERATED_RESOURCES) {
    throw new UsageError(`--resources must be a whole number from 1 to ${MAX_GENERATED_RESOURCES.toLocaleString('en-US')}`, 'pass e.g. --resources 5000');
  }
  if (!Number.isSafeInteger(options.seed)) throw new UsageError('--seed must be an integer', 'pass e.g. --seed 1');
  if (!options.tenantId.trim()) throw new UsageError('--tenant-id is empty', 'pass --tenant-id or set AZURE_TENANT_ID');
  const census = await store.tenantCensus(options.tenantId);
  if (census.tenantNodeIds.includes(options.tenantId) || census.resourcesWithTenant > 0) {
    throw new UsageError(`tenant ${options.tenantId} already exists in ${store.target}`, 'pick another --tenant-id, or another --db');
  }
  await store.ensureSchema();
  const started = performance.now();
  try {
    const write = () =>
      writeChunks(store, generateTenant(options), {
        batchSize: options.batchSize,
        concurrency: options.concurrency,
        onProgress: (t) => hooks.onProgress?.(t, options.resources),
        ...(hooks.signal ? { signal: hooks.signal } : {}),
      });
    const totals = await (store.bulkLoad ? store.bulkLoad(write) : write());
    const seconds = (performance.now() - started) / 1000;
    return {
      tenantId: options.tenantId,
      seed: options.seed,
      store: store.target,
      resources: totals.resources,
      nodesCreated: totals.nodes,
      relationshipsCreated: totals.relationships,
      seconds: round(seconds),
      resourcesPerSecond: Math.round(totals.resources / seconds),
    };
  } catch (err) {
    const removed = await store.deleteTenantNodes(options.tenantId, options.batchSize);
    const reason = hooks.signal?.aborted ? 'interrupted' : (err as Error).message;
    const undone = removed > 0 ? `removed the ${removed} nodes it had written` : 'the store is as it was';
    throw new OperationFailedError(`generate-tenant failed (${reason}); ${undone}`, 'fix the cause and run it again');
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
