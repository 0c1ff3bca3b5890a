import { LABEL } from '../domain/atg-schema.js';
import { UsageError } from '../domain/errors.js';
import type { GraphChunk } from '../domain/graph.js';
import { newOperationId } from '../domain/ids.js';
import { syntheticMarkers } from '../domain/operation-record.js';
import { decideTenantScope } from '../domain/tenant-scope.js';
import { OperationMetrics, round } from '../operations/metrics.js';
import type { PlannedOutcome } from '../operations/planned-outcome.js';
import type { ScaleUpKindDefinition } from '../operations/kinds/scale-up-kind.js';
import { validateScaleUp, withoutSkipped } from '../operations/validate-operation.js';
import type { GraphStore } from '../store/graph-store.js';
import { writeChunks } from '../store/write-chunks.js';
import { getNode } from '../store/node-reads.js';
import { runOperation } from '../operations/lifecycle/run-operation.js';
import type { ScaleUpBaseOptions, ScaleUpHooks, ScaleUpResult } from './scale-up-types.js';
import type { GeneratedChunkContext } from './synthetic-resource.js';

/** Options every generating scale-up (scenario, random) shares. */
export interface GeneratedScaleUpOptions extends ScaleUpBaseOptions {
  /** The tenant's subscription (GUID) the new resources are placed in; it must exist. */
  readonly subscriptionId?: string;
}

/** What a planner hands the shared writer: its plan, its stream of chunks and what validation expects. */
export interface GeneratedPlan<Summary extends { plannedResources: number; plannedRelationships: number }> {
  /** The operation kind (scenario or random): its name is the strategy, its checks run before the operation completes. */
  readonly kind: ScaleUpKindDefinition;
  readonly params: Record<string, unknown>;
  readonly summary: Summary;
  /** The chunks to write, made lazily: memory stays bounded by one chunk (plus one repetition for scenarios). */
  chunks(context: GeneratedChunkContext): Iterable<GraphChunk>;
  /** What the chunks hold, exactly: the store must hold it after the write (recorded for scale-validate too). */
  readonly planned: PlannedOutcome;
}

/** Rows per second for --dry-run estimates (generate-tenant and random runs, rounded down). */
const ESTIMATED_ROWS_PER_SECOND = { sqlite: 100_000, neo4j: 25_000 } as const;

/**
 * Scenario and random scale-up: record the operation, stream the planner's chunks through the
 * same writer generate-tenant uses, validate, and roll back on any failure or Ctrl-C.
 */
export async function runGeneratedScaleUp<Summary extends { plannedResources: number; plannedRelationships: number }>(
  store: GraphStore,
  options: GeneratedScaleUpOptions,
  plan: GeneratedPlan<Summary>,
  hooks: ScaleUpHooks = {},
): Promise<ScaleUpResult<Summary & { estimatedSeconds: number }>> {
  const started = performance.now();
  const metrics = new OperationMetrics(options.batchSize);
  const scope = await metrics.phase(
    'plan',
    async () => decideTenantScope(options.tenantId, await store.tenantCensus(options.tenantId), options.subscriptionId ? [options.subscriptionId] : undefined),
    () => plan.summary.plannedResources,
  );
  if (options.subscriptionId) await assertSubscriptionOfTenant(store, options.subscriptionId, scope.tenantId);
  const summary = {
    ...plan.summary,
    estimatedSeconds: round((plan.summary.plannedResources + plan.summary.plannedRelationships) / ESTIMATED_ROWS_PER_SECOND[store.kind]),
  };
  if (plan.summary.plannedResources > options.maxResources) {
    throw new UsageError(
      `the plan creates ${plan.summary.plannedResources.toLocaleString('en-US')} resources, above {{option:maxResources}} ${options.maxResources.toLocaleString('en-US')}`,
      'plan a smaller operation or raise {{option:maxResources}}',
    );
  }
  const now = options.now ?? new Date();
  const operationId = options.operationId ?? newOperationId(now);
  const tenantId = scope.tenantId;
  const base = { operationId, tenantId, strategy: plan.kind.name, plan: summary };
  const elapsed = () => round((performance.now() - started) / 1000);
  if (options.dryRun) {
    return {
      ...base,
      dryRun: true,
      success: true,
      resourcesCreated: 0,
      relationshipsCreated: 0,
      durationSeconds: elapsed(),
      validationPassed: null,
      validation: [],
      metrics: metrics.toJSON(),
    };
  }
  const params = {
    ...plan.params,
    subscriptionId: options.subscriptionId ?? null,
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    // Recorded so scale-validate checks against the same plan later.
    planned: plan.planned,
  };
  const start = {
    kind: plan.kind,
    tenantId,
    operationId,
    startedAt: now,
    params,
    batchSize: options.batchSize,
    metrics,
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  };
  const outcome = await runOperation(store, start, async () => {
    const markers = syntheticMarkers(operationId, plan.kind.name, tenantId, now);
    const context = { operationId, tenantId, markers, ...(options.subscriptionId ? { subscriptionId: options.subscriptionId } : {}) };
    const written = await metrics.phase(
      'write',
      () =>
        writeChunks(store, plan.chunks(context), {
          batchSize: options.batchSize,
          concurrency: options.concurrency,
          ...(hooks.signal ? { signal: hooks.signal } : {}),
          onProgress: (t) => hooks.onProgress?.('resources', t.resources, plan.summary.plannedResources),
        }),
      (t) => t.nodes + t.relationships,
    );
    metrics.batches += written.batches;
    metrics.queryTimeSeconds += written.queryTimeSeconds;
    const validation =
      options.validate === false
        ? []
        : await metrics.phase(
            'validate',
            async () =>
              withoutSkipped(
                await validateScaleUp(
                  store,
                  { operationId, tenantId, strategy: plan.kind.name, timestamp: markers.generation_timestamp },
                  plan.planned,
                  plan.kind.checks,
                ),
                options.skipChecks,
              ),
            (checks) => checks.length,
          );
    return { resourcesCreated: written.resources, relationshipsCreated: written.relationships, validation };
  });
  return {
    ...base,
    dryRun: false,
    success: true,
    ...outcome,
    durationSeconds: elapsed(),
    validationPassed: outcome.validation.length ? true : null,
    metrics: metrics.toJSON(),
  };
}

/** The subscription must be in the store (ATG keys it `/subscriptions/<guid>`) and, when it says so, belong to the tenant. */
async function assertSubscriptionOfTenant(store: GraphStore, subscriptionId: string, tenantId: string): Promise<void> {
  const node = (await getNode(store, LABEL.Subscription, `/subscriptions/${subscriptionId}`)) ?? (await getNode(store, LABEL.Subscription, subscriptionId));
  if (!node)
    throw new UsageError(
      `no subscription ${subscriptionId} in the store`,
      "pass the GUID of one of the tenant's subscriptions (as its resources carry it in subscription_id)",
    );
  const owner = node.properties.tenant_id;
  if (typeof owner === 'string' && owner !== tenantId)
    throw new UsageError(
      `subscription ${subscriptionId} belongs to tenant ${owner}, not ${tenantId}`,
      'pass a subscription of this tenant, or the tenant that owns it',
    );
}
