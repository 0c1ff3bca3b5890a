import { NEW_TENANT_KIND } from './new-tenant-kind.js';
import { newOperationId } from '../../domain/ids.js';
import { layerOf } from '../../domain/layers.js';
import { collectSlice } from '../../slice/graph-slice.js';
import type { GraphSlice } from '../../domain/graph-slice.js';
import { sliceChunks } from '../../slice/slice-chunks.js';
import { runOperation } from '../../operations/lifecycle/run-operation.js';
import { checkNewTenant, rewriteSlice, sharedNodesMissingFrom } from '../../slice/slice-rewrite.js';
import type { OperationMetrics } from '../../operations/metrics.js';
import type { ValidationCheck } from '../../operations/validate-operation.js';
import type { GraphStore } from '../../store/graph-store.js';
import { writeChunks } from '../../store/write-chunks.js';
import { checkCopy, readBackCopy } from '../../slice/slice-copy-checks.js';
import type { SampleOutput } from './sample-output.js';

export interface NewTenantOutput {
  readonly mode: 'new-tenant';
  /** The tenant the sample becomes; it must not exist in the target store. */
  readonly newTenantId: string;
  /** The store to write it to (another store, already open); default: the source store. */
  readonly target?: GraphStore;
  /** Also the sampled resources' Original twins. */
  readonly includeOriginal?: boolean;
}

export interface NewTenantResult {
  readonly mode: 'new-tenant';
  readonly operationId: string;
  readonly newTenantId: string;
  readonly store: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly resources: number;
  readonly validation: readonly ValidationCheck[];
}

/**
 * Writes the sample, its context nodes and (optionally) its Original twins as a new tenant, in the
 * same store or another: ids rewritten so none collides with the source tenant's, shared nodes
 * (regions, tags, role definitions) merged. One recorded operation of the new tenant: validated
 * by reading it back (every owned node present, relationships by type, typed degrees), rolled back (the new tenant deleted) on any failure, and removable
 * later with scale-cleanup --operation-id.
 */
export async function writeSampleAsNewTenant(
  source: GraphStore,
  sourceTenantId: string,
  resourceIds: readonly string[],
  output: NewTenantOutput,
  context: {
    batchSize: number;
    concurrency: number;
    metrics: OperationMetrics;
    signal?: AbortSignal;
    params: Record<string, unknown>;
    onProgress?: (phase: string, done: number, total: number) => void;
  },
): Promise<NewTenantResult> {
  const target = output.target ?? source;
  const includeOriginal = Boolean(output.includeOriginal);
  const slice = await context.metrics.phase(
    'collect',
    () => collectSlice(source, sourceTenantId, resourceIds, { includeOriginal }),
    (s) => s.nodes.length,
  );
  const { copy, newResourceIds, created } = await context.metrics.phase(
    'rewrite',
    async () => {
      const rewritten = rewriteSlice(slice, output.newTenantId, new Set(resourceIds));
      return { ...rewritten, created: await sharedNodesMissingFrom(target, rewritten.copy) };
    },
    (r) => r.copy.nodes.length,
  );
  const now = new Date();
  const operationId = newOperationId(now);
  const start = {
    kind: NEW_TENANT_KIND,
    tenantId: output.newTenantId,
    operationId,
    startedAt: now,
    batchSize: context.batchSize,
    metrics: context.metrics,
    params: { ...context.params, sourceTenantId, sourceStore: source.target, includeOriginal, createdSharedNodes: created },
    ...(context.signal ? { signal: context.signal } : {}),
  };
  const outcome = await runOperation(target, start, async () => {
    const written = await context.metrics.phase(
      'write',
      () =>
        writeChunks(target, sliceChunks(copy.nodes, copy.relationships, context.batchSize), {
          batchSize: context.batchSize,
          concurrency: context.concurrency,
          ...(context.signal ? { signal: context.signal } : {}),
          onProgress: (t) => context.onProgress?.('writing', t.nodes + t.relationships, copy.nodes.length + copy.relationships.length),
        }),
      (t) => t.nodes + t.relationships,
    );
    const readBack = await context.metrics.phase(
      'validate',
      () => readBackCopy(target, output.newTenantId, copy),
      (r) => r.relationships.length,
    );
    return { resourcesCreated: censusResources(copy, output.newTenantId), relationshipsCreated: written.relationships, validation: checkCopy(copy, readBack) };
  });
  return {
    mode: 'new-tenant',
    operationId,
    newTenantId: output.newTenantId,
    store: target.target,
    nodes: copy.nodes.length,
    relationships: copy.relationships.length,
    resources: newResourceIds.length,
    validation: outcome.validation,
  };
}

/**
 * The copy's resources as the tenant census counts them (abstracted nodes carrying the tenant id):
 * a sampled identity is a shared node (no tenant_id), so the sample's size can exceed it, and
 * scale-validate compares the census with what the record says was written.
 */
function censusResources(copy: GraphSlice, tenantId: string): number {
  return copy.nodes.filter((n) => n.properties.tenant_id === tenantId && layerOf(n.labels) === 'abstracted').length;
}

/** The sample as a new tenant: refused before sampling when the tenant exists in the target store. */
export const NEW_TENANT_OUTPUT: SampleOutput<NewTenantOutput, NewTenantResult> = {
  checkStore: async (store, output, context) => {
    await checkNewTenant(output.target ?? store, context.scope.tenantId, output.newTenantId);
    return undefined;
  },
  write: (store, output, sample) =>
    writeSampleAsNewTenant(store, sample.tenantId, sample.sampledIds, output, {
      batchSize: sample.batchSize,
      concurrency: sample.concurrency,
      metrics: sample.metrics,
      params: sample.params,
      ...(sample.signal ? { signal: sample.signal } : {}),
      ...(sample.onProgress ? { onProgress: sample.onProgress } : {}),
    }),
};
