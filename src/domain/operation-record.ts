/** The record of one scale operation, written before its first write (DESIGN §4). */

export type OperationStatus = 'running' | 'completed' | 'failed' | 'rolled_back';
export type GenerationStrategy = 'template' | 'scenario' | 'random';

export interface PhaseMetric {
  readonly name: string;
  readonly seconds: number;
  readonly items: number;
  readonly itemsPerSecond: number;
}

export interface OperationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly strategy: GenerationStrategy;
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
