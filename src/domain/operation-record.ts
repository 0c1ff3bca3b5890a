/** The record of one scale operation, written before its first write so that a failure or a crash can always be rolled back. */

export type OperationStatus = 'running' | 'completed' | 'failed' | 'rolled_back';
export type GenerationStrategy = 'template' | 'scenario' | 'random';
/**
 * What an operation did (`record.kind`): the name of a registered operation kind — a scale-up
 * strategy, a tenant it made (generate-tenant, import, new-tenant), a tenant shrunk in place
 * (scale-down-delete). How each is undone and validated is declared with the kind (operations/kinds).
 */
export type OperationKind = string;

export interface PhaseMetric {
  readonly name: string;
  readonly seconds: number;
  readonly items: number;
  readonly itemsPerSecond: number;
}

export interface OperationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: OperationKind;
  readonly status: OperationStatus;
  /** Parameters as given, JSON-serialisable. */
  readonly params: Record<string, unknown>;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly resourcesCreated: number;
  readonly relationshipsCreated: number;
  readonly metrics: Record<string, unknown> | null;
  readonly error: string | null;
}

export type OperationPatch = Partial<
  Pick<OperationRecord, 'params' | 'status' | 'finishedAt' | 'resourcesCreated' | 'relationshipsCreated' | 'metrics' | 'error'>
>;

/**
 * The record as flat properties (JSON strings for nested values), as both stores keep it. The kind is
 * stored as `strategy`, its name when every operation was a scale-up: stores written then read as before.
 */
export function operationToProperties(r: OperationRecord): Record<string, string | number | null> {
  return {
    id: r.id,
    tenant_id: r.tenantId,
    strategy: r.kind,
    status: r.status,
    params: JSON.stringify(r.params),
    started_at: r.startedAt,
    finished_at: r.finishedAt,
    resources_created: r.resourcesCreated,
    relationships_created: r.relationshipsCreated,
    metrics: r.metrics === null ? null : JSON.stringify(r.metrics),
    error: r.error,
  };
}

export function patchToProperties(patch: OperationPatch): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  if (patch.params !== undefined) out.params = JSON.stringify(patch.params);
  if (patch.status !== undefined) out.status = patch.status;
  if (patch.finishedAt !== undefined) out.finished_at = patch.finishedAt;
  if (patch.resourcesCreated !== undefined) out.resources_created = patch.resourcesCreated;
  if (patch.relationshipsCreated !== undefined) out.relationships_created = patch.relationshipsCreated;
  if (patch.metrics !== undefined) out.metrics = patch.metrics === null ? null : JSON.stringify(patch.metrics);
  if (patch.error !== undefined) out.error = patch.error;
  return out;
}

export function operationFromProperties(p: Record<string, unknown>): OperationRecord {
  return {
    id: String(p.id),
    tenantId: String(p.tenant_id),
    kind: String(p.strategy),
    status: p.status as OperationStatus,
    params: JSON.parse(String(p.params ?? '{}')) as Record<string, unknown>,
    startedAt: String(p.started_at),
    finishedAt: (p.finished_at as string | null | undefined) ?? null,
    resourcesCreated: Number(p.resources_created ?? 0),
    relationshipsCreated: Number(p.relationships_created ?? 0),
    metrics: p.metrics ? (JSON.parse(String(p.metrics)) as Record<string, unknown>) : null,
    error: (p.error as string | null | undefined) ?? null,
  };
}

/** Markers on every node an operation creates. */
export interface SyntheticMarkers {
  readonly synthetic: true;
  readonly scale_operation_id: string;
  readonly generation_strategy: GenerationStrategy;
  readonly generation_timestamp: string;
  readonly tenant_id: string;
}

export function syntheticMarkers(operationId: string, strategy: GenerationStrategy, tenantId: string, now: Date): SyntheticMarkers {
  return {
    synthetic: true,
    scale_operation_id: operationId,
    generation_strategy: strategy,
    generation_timestamp: now.toISOString(),
    tenant_id: tenantId,
  };
}
