import { UsageError } from '../domain/errors.js';
import { newOperationId, syntheticId } from '../domain/ids.js';
import { syntheticMarkers } from '../domain/operation-record.js';
import type { TemplateCopies, TemplateInfo } from '../domain/template-replication.js';
import { decideTenantScope, nothingInSubscriptions, type TenantScope } from '../domain/tenant-scope.js';
import { OperationMetrics, round } from '../operations/metrics.js';
import type { PlannedOutcome } from '../operations/planned-outcome.js';
import { validateScaleUp, withoutSkipped } from '../operations/validate-operation.js';
import { TEMPLATE_KIND } from './template-kind.js';
import type { GraphStore } from '../store/graph-store.js';
import { runLimited } from '../store/write-chunks.js';
import { runOperation } from '../operations/lifecycle/run-operation.js';
import type { ScaleUpBaseOptions, ScaleUpHooks, ScaleUpResult } from './scale-up-types.js';
import { allocateCopiesByType, copiesOfTemplate } from './template-plan.js';

export interface TemplateScaleUpOptions extends ScaleUpBaseOptions {
  readonly subscriptionIds?: readonly string[];
  readonly scaleFactor: number;
  readonly resourceTypes?: readonly string[];
}

export type TemplateScaleUpHooks = ScaleUpHooks;

export interface TypePlan {
  readonly type: string;
  readonly base: number;
  readonly copies: number;
}

export interface TemplatePlanSummary {
  readonly baseResources: number;
  readonly byType: readonly TypePlan[];
  readonly plannedResources: number;
  readonly plannedRelationships: number;
  readonly estimatedSeconds: number;
}

export type TemplateScaleUpResult = ScaleUpResult<TemplatePlanSummary>;

/** Rows per second used for --dry-run estimates (measured with `npm run bench`, rounded down). */
const ESTIMATED_ROWS_PER_SECOND = { sqlite: 150_000, neo4j: 20_000 } as const;

interface Plan {
  readonly scope: TenantScope;
  readonly templates: readonly TemplateInfo[];
  readonly copiesOf: Map<string, number>;
  readonly summary: TemplatePlanSummary;
}

/** Reads the tenant's templates and plans the copies: pure arithmetic over real counts (also --dry-run). */
export async function planTemplateScaleUp(store: GraphStore, options: TemplateScaleUpOptions): Promise<Plan> {
  if (typeof options.scaleFactor !== 'number' || !Number.isFinite(options.scaleFactor) || options.scaleFactor <= 1) {
    throw new UsageError(
      `{{option:scaleFactor}} must be a number greater than 1 (got ${String(options.scaleFactor)})`,
      'pass e.g. {{option:scaleFactor}} 2 (doubles the tenant) or 8',
    );
  }
  const scope = decideTenantScope(options.tenantId, await store.tenantCensus(options.tenantId), options.subscriptionIds);
  const all = await store.readTemplates(scope);
  if (all.length === 0) {
    throw (
      nothingInSubscriptions(scope) ??
      new UsageError(
        `tenant ${scope.tenantId} has no scanned abstracted resources to use as templates`,
        'scan or import the tenant first (or generate one: tenant-scale generate-tenant)',
      )
    );
  }
  let templates = all;
  if (options.resourceTypes?.length) {
    const known = new Set(all.map((t) => t.type.toLowerCase()));
    const unknown = options.resourceTypes.filter((t) => !known.has(t.toLowerCase()));
    if (unknown.length) {
      throw new UsageError(
        `unknown resource type ${unknown.join(', ')} in tenant ${scope.tenantId}`,
        `use types the tenant has, e.g. ${[...new Set(all.map((t) => t.type))].slice(0, 8).join(', ')}`,
      );
    }
    const wanted = new Set(options.resourceTypes.map((t) => t.toLowerCase()));
    templates = all.filter((t) => wanted.has(t.type.toLowerCase()));
  }
  const baseByType = new Map<string, number>();
  for (const t of templates) baseByType.set(t.type, (baseByType.get(t.type) ?? 0) + 1);
  const copiesByType = allocateCopiesByType(baseByType, options.scaleFactor);
  const copiesOf = new Map<string, number>();
  let indexInType = 0;
  let plannedRelationships = 0;
  templates.forEach((t, i) => {
    if (i === 0 || templates[i - 1]!.type !== t.type) indexInType = 0;
    const copies = copiesOfTemplate(indexInType++, baseByType.get(t.type)!, copiesByType.get(t.type)!);
    copiesOf.set(t.id, copies);
    plannedRelationships += copies * t.outDegree;
  });
  const plannedResources = [...copiesByType.values()].reduce((s, c) => s + c, 0);
  if (plannedResources > options.maxResources) {
    throw new UsageError(
      `the plan creates ${plannedResources.toLocaleString('en-US')} resources, above {{option:maxResources}} ${options.maxResources.toLocaleString('en-US')}`,
      'lower {{option:scaleFactor}}, filter with {{option:resourceTypes}}, or raise {{option:maxResources}}',
    );
  }
  const rate = ESTIMATED_ROWS_PER_SECOND[store.kind];
  return {
    scope,
    templates,
    copiesOf,
    summary: {
      baseResources: templates.length,
      byType: [...baseByType]
        .map(([type, base]) => ({ type, base, copies: copiesByType.get(type)! }))
        .sort((a, b) => b.copies - a.copies || a.type.localeCompare(b.type)),
      plannedResources,
      plannedRelationships,
      estimatedSeconds: round((plannedResources + plannedRelationships) / rate),
    },
  };
}

/**
 * Template scale-up: replicate the tenant's own resources, k·E relationships, inside
 * the database. Recorded before the first write; a failed write or validation rolls it back.
 */
export async function scaleUpTemplate(store: GraphStore, options: TemplateScaleUpOptions, hooks: TemplateScaleUpHooks = {}): Promise<TemplateScaleUpResult> {
  const started = performance.now();
  const metrics = new OperationMetrics(options.batchSize);
  const plan = await metrics.phase(
    'plan',
    () => planTemplateScaleUp(store, options),
    (p) => p.templates.length,
  );
  const now = options.now ?? new Date();
  const operationId = options.operationId ?? newOperationId(now);
  const tenantId = plan.scope.tenantId;
  const base = { operationId, tenantId, strategy: 'template' as const, plan: plan.summary };
  if (options.dryRun) {
    return {
      ...base,
      dryRun: true,
      success: true,
      resourcesCreated: 0,
      relationshipsCreated: 0,
      durationSeconds: round((performance.now() - started) / 1000),
      validationPassed: null,
      validation: [],
      metrics: metrics.toJSON(),
    };
  }
  const planned: PlannedOutcome = {
    byType: plan.summary.byType.filter((t) => t.copies > 0).map((t) => ({ key: t.type, count: t.copies })),
    relationships: plan.summary.plannedRelationships,
    inDegree: Number.isInteger(options.scaleFactor),
  };
  const params = {
    scaleFactor: options.scaleFactor,
    resourceTypes: options.resourceTypes ?? null,
    subscriptionIds: options.subscriptionIds ?? null,
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    // Recorded so scale-validate checks against the same plan later.
    planned,
  };
  const start = {
    kind: TEMPLATE_KIND,
    tenantId,
    operationId,
    startedAt: now,
    params,
    batchSize: options.batchSize,
    metrics,
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  };
  let resourcesCreated = 0;
  let relationshipsCreated = 0;
  const outcome = await runOperation(store, start, async () => {
    const markers = { ...syntheticMarkers(operationId, 'template', tenantId, now), generation_strategy: 'template' as const };
    // Copy ids are made per batch, when it is written: memory stays flat as the target grows.
    const copiesOfBatch = (batch: readonly TemplateInfo[]) =>
      batch.map<TemplateCopies>((t) => ({
        templateId: t.id,
        copyIds: Array.from({ length: plan.copiesOf.get(t.id)! }, (_, j) => syntheticId(t.type, operationId, t.id, j)),
      }));
    // Neo4j: a batch is a transaction. SQLite commits every 100k rows whatever the batch, so there a
    // node batch is only the step progress is reported and Stop is heard at: a quarter batch keeps a
    // 10^6-resource scale-up's progress moving more than twice a second (B3: write-nodes 0.56 → 0.58 s).
    // Relationship batches stay whole: each call reads its templates' edges (a quarter: +30 % at B3).
    const writeRows = store.capabilities.concurrentWriters ? options.batchSize : Math.max(1, Math.floor(options.batchSize / 4));
    await metrics.phase(
      'write-nodes',
      async () => {
        const concurrency = store.capabilities.concurrentWriters ? options.concurrency : 1;
        await runLimited(
          batchTemplates(plan, writeRows, () => 1),
          concurrency,
          async (templates) => {
            hooks.signal?.throwIfAborted();
            const batch = copiesOfBatch(templates);
            const created = await metrics.query(() => store.replicateTemplateNodes({ markers, batch }));
            resourcesCreated += created;
            metrics.batches++;
            hooks.onProgress?.('nodes', resourcesCreated, plan.summary.plannedResources);
          },
        );
        return resourcesCreated;
      },
      (n) => n,
    );
    // Relationships lock both endpoints: one batch at a time (hub templates are shared by batches).
    await metrics.phase(
      'write-relationships',
      async () => {
        for (const batch of batchTemplates(plan, options.batchSize, (t) => Math.max(1, t.outDegree))) {
          hooks.signal?.throwIfAborted();
          const created = await metrics.query(() => store.replicateTemplateRelationships({ operationId, templateIds: batch.map((t) => t.id) }));
          relationshipsCreated += created;
          metrics.batches++;
          hooks.onProgress?.('relationships', relationshipsCreated, plan.summary.plannedRelationships);
        }
        return relationshipsCreated;
      },
      (n) => n,
    );
    await store.releaseReplication(operationId);

    const validation =
      options.validate === false
        ? []
        : await metrics.phase(
            'validate',
            async () =>
              withoutSkipped(
                await validateScaleUp(
                  store,
                  { operationId, tenantId, strategy: 'template', timestamp: markers.generation_timestamp },
                  planned,
                  TEMPLATE_KIND.checks,
                ),
                options.skipChecks,
              ),
            (checks) => checks.length,
          );
    return { resourcesCreated, relationshipsCreated, validation };
  });
  const durationSeconds = round((performance.now() - started) / 1000);
  return {
    ...base,
    dryRun: false,
    success: true,
    ...outcome,
    durationSeconds,
    validationPassed: outcome.validation.length ? true : null,
    metrics: metrics.toJSON(),
  };
}

/** Consecutive templates whose weight (copies × per-copy cost) adds up to about `rows`. */
function batchTemplates(plan: Plan, rows: number, costPerCopy: (t: TemplateInfo) => number): TemplateInfo[][] {
  const batches: TemplateInfo[][] = [];
  let current: TemplateInfo[] = [];
  let weight = 0;
  for (const t of plan.templates) {
    const copies = plan.copiesOf.get(t.id)!;
    if (copies === 0) continue;
    current.push(t);
    weight += copies * costPerCopy(t);
    if (weight >= rows) {
      batches.push(current);
      current = [];
      weight = 0;
    }
  }
  if (current.length) batches.push(current);
  return batches;
}
