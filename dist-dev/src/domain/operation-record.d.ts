/** The record of one scale operation, written before its first write so that a failure or a crash can always be rolled back. */
export type OperationStatus = 'running' | 'completed' | 'failed' | 'rolled_back';
export type GenerationStrategy = 'template' | 'scenario' | 'random';
/**
 * What an operation did, stored as `strategy`: a scale-up strategy (its nodes carry the operation's
 * id and are undone by deleting those), a whole new tenant (generate-tenant, a scale-down sample
 * written as another tenant, an imported or copied tenant: undone by deleting that tenant), or a tenant shrunk in place (undone by
 * restoring its backup file).
 */
export type OperationKind = GenerationStrategy | 'generate-tenant' | 'new-tenant' | 'import' | 'scale-down-delete';
/** Kinds whose every node carries `scale_operation_id` (scale-ups). */
export declare function isScaleUpKind(kind: OperationKind): kind is GenerationStrategy;
export interface PhaseMetric {
    readonly name: string;
    readonly seconds: number;
    readonly items: number;
    readonly itemsPerSecond: number;
}
export interface OperationRecord {
    readonly id: string;
    readonly tenantId: string;
    readonly strategy: OperationKind;
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
export type OperationPatch = Partial<Pick<OperationRecord, 'params' | 'status' | 'finishedAt' | 'resourcesCreated' | 'relationshipsCreated' | 'metrics' | 'error'>>;
/** The record as flat properties (JSON strings for nested values), as both stores keep it. */
export declare function operationToProperties(r: OperationRecord): Record<string, string | number | null>;
export declare function patchToProperties(patch: OperationPatch): Record<string, string | number | null>;
export declare function operationFromProperties(p: Record<string, unknown>): OperationRecord;
/** Markers on every node an operation creates. */
export interface SyntheticMarkers {
    readonly synthetic: true;
    readonly scale_operation_id: string;
    readonly generation_strategy: GenerationStrategy;
    readonly generation_timestamp: string;
    readonly tenant_id: string;
}
export declare function syntheticMarkers(operationId: string, strategy: GenerationStrategy, tenantId: string, now: Date): SyntheticMarkers;
