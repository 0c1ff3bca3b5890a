import type { GraphChunk } from '../domain/graph.js';
import type { PlannedOutcome } from '../operations/planned-outcome.js';
import type { GraphStore } from '../store/graph-store.js';
import type { ScaleUpBaseOptions, ScaleUpHooks, ScaleUpResult } from './scale-up-types.js';
import type { GeneratedChunkContext } from './synthetic-resource.js';
/** Options every generating scale-up (scenario, random) shares. */
export interface GeneratedScaleUpOptions extends ScaleUpBaseOptions {
    /** The tenant's subscription (GUID) the new resources are placed in; it must exist. */
    readonly subscriptionId?: string;
}
/** What a planner hands the shared writer: its plan, its stream of chunks and what validation expects. */
export interface GeneratedPlan<Summary extends {
    plannedResources: number;
    plannedRelationships: number;
}> {
    readonly strategy: 'scenario' | 'random';
    readonly params: Record<string, unknown>;
    readonly summary: Summary;
    /** The chunks to write, made lazily: memory stays bounded by one chunk (plus one repetition for scenarios). */
    chunks(context: GeneratedChunkContext): Iterable<GraphChunk>;
    /** What the chunks hold, exactly: the store must hold it after the write (recorded for scale-validate too). */
    readonly planned: PlannedOutcome;
}
/**
 * Scenario and random scale-up: record the operation, stream the planner's chunks through the
 * same writer generate-tenant uses, validate, and roll back on any failure or Ctrl-C.
 */
export declare function runGeneratedScaleUp<Summary extends {
    plannedResources: number;
    plannedRelationships: number;
}>(store: GraphStore, options: GeneratedScaleUpOptions, plan: GeneratedPlan<Summary>, hooks?: ScaleUpHooks): Promise<ScaleUpResult<Summary & {
    estimatedSeconds: number;
}>>;
