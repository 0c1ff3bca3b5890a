import { LABEL } from '../domain/atg-schema.js';
import { newOperationId } from '../domain/ids.js';
import type { GraphSlice } from '../io/graph-slice.js';
import { refOf } from '../io/graph-slice.js';
import { isTenantOwned, keysByLabel, sliceChunks } from '../io/slice-chunks.js';
import { UsageError } from '../domain/errors.js';
import { runOperation } from '../operations/lifecycle/run-operation.js';
import { OperationMetrics } from '../operations/metrics.js';
import type { ValidationCheck } from '../operations/validate-operation.js';
import { checkNewTenant, rewriteSlice, sharedNodesMissingFrom } from '../scale-down/outputs/new-tenant.js';
import { checkCopy, readBackCopy } from '../scale-down/outputs/slice-copy-checks.js';
import type { GraphStore } from '../store/graph-store.js';
import { writeChunks } from '../store/write-chunks.js';

export interface ImportSliceOptions {
  /** The tenant it becomes: the slice's own by default; another id rewrites every id (as scale-down new-tenant does). */
  readonly tenantId?: string;
  /** Where the data came from, for the operation record (a file, a store). */
  readonly source: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  /** What is odd but still usable (ATG `properties` strings cut at 5,000 characters). */
  readonly warnings: readonly string[];
  readonly operationId: string;
  readonly tenantId: string;
  readonly store: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  readonly validation: readonly ValidationCheck[];
}

/** ATG cuts `properties` and `tags` strings at 5,000 characters: such a string no longer parses. Imported as it is, with a warning. */
export function truncatedJsonWarnings(slice: GraphSlice): string[] {
  const warnings: string[] = [];
  let more = 0;
  for (const n of slice.nodes) {
    for (const key of ['properties', 'tags']) {
      const v = n.properties[key];
      if (typeof v !== 'string' || v.length < 5_000) continue;
      try {
        JSON.parse(v);
      } catch {
        if (warnings.length < 20) warnings.push(`${String(n.properties.id)}: ${key} is ${v.length} characters and does not parse (ATG cuts these strings at 5,000); imported as it is`);
        else more++;
      }
    }
  }
  if (more) warnings.push(`… and ${more} more cut ${'`properties`'} or ${'`tags`'} strings`);
  return warnings;
}

/**
 * Refuses, before anything is written, nodes the store already holds under another tenant (two
 * tenants cannot share a subscription, a resource group or a resource id): the import would fail
 * half-way on the store's uniqueness, or merge two tenants.
 */
async function assertNoneExists(store: GraphStore, slice: GraphSlice): Promise<void> {
  for (const [label, keys] of keysByLabel(slice.nodes, isTenantOwned)) {
    for (let i = 0; i < keys.length; i += 5_000) {
      const found = await store.readNodes(label, keys.slice(i, i + 5_000));
      if (found.length) {
        const first = found[0]!.properties;
        throw new UsageError(
          `${store.target} already holds ${label} ${String(first.id ?? first.code)}${first.tenant_id ? ` (tenant ${String(first.tenant_id)})` : ''}${found.length > 1 ? ` and ${found.length - 1} more of the nodes to import` : ''}`,
          'two tenants cannot share subscriptions, groups or resources: import into another store, or remove the tenant holding them first',
        );
      }
    }
  }
}

/**
 * Writes a tenant (a slice read from a file or another store) into a store where that tenant does
 * not exist: one recorded operation, all or nothing (a failure deletes what it wrote, and the
 * shared nodes it created), validated by reading it back (every node present, relationships by
 * type, typed degrees).
 */
export async function importSlice(store: GraphStore, slice: GraphSlice, options: ImportSliceOptions): Promise<ImportResult> {
  const started = performance.now();
  const tenantId = options.tenantId ?? slice.tenantId;
  await checkNewTenant(store, undefined, tenantId, 'import it under another id (--as-tenant), or into another store');
  const metrics = new OperationMetrics(options.batchSize);
  const resources = new Set(slice.nodes.filter((n) => n.labels.includes(LABEL.Resource) && !n.labels.includes(LABEL.Original)).map((n) => refOf(n).key));
  const data = tenantId === slice.tenantId ? slice : rewriteSlice(slice, tenantId, resources).copy;
  await assertNoneExists(store, data);
  const created = await sharedNodesMissingFrom(store, data);
  const now = new Date();
  const operationId = newOperationId(now);
  const start = {
    kind: 'import' as const, tenantId, operationId, startedAt: now, batchSize: options.batchSize, metrics,
    params: { source: options.source, sourceTenantId: slice.tenantId, nodes: data.nodes.length, relationships: data.relationships.length, createdSharedNodes: created },
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const outcome = await runOperation(store, start, async () => {
    const written = await metrics.phase('write', () => writeChunks(store, sliceChunks(data.nodes, data.relationships, options.batchSize), {
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (t) => options.onProgress?.(t.nodes + t.relationships, data.nodes.length + data.relationships.length),
    }), (t) => t.nodes + t.relationships);
    const readBack = await metrics.phase('validate', () => readBackCopy(store, tenantId, data), (r) => r.relationships.length);
    return { resourcesCreated: resources.size, relationshipsCreated: written.relationships, validation: checkCopy(data, readBack) };
  });
  return { warnings: truncatedJsonWarnings(data), operationId, tenantId, store: store.target, nodes: data.nodes.length, relationships: data.relationships.length, seconds: Math.round(performance.now() - started) / 1000, validation: outcome.validation };
}
