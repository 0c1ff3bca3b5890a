import type { CountByKey, GraphStore, RelationshipProfileRow } from '../../store/graph-store.js';
import { type GeneratedScaleUpOptions } from '../generated-scale-up.js';
import type { ScaleUpHooks, ScaleUpResult } from '../scale-up-types.js';
import { type BuiltinScenarioParams } from './builtin-scenarios.js';
import { type ScenarioDefinition } from './scenario-definition.js';
/** A built-in scenario by name (with its parameters) or a user's scenario file. */
/** A built-in scenario with its parameters, a scenario file, or a scenario's YAML text (what the console's editor sends). */
export type ScenarioSource = {
    readonly name: string;
    readonly params?: Partial<BuiltinScenarioParams>;
} | {
    readonly file: string;
} | {
    readonly text: string;
};
export interface ScenarioScaleUpOptions extends GeneratedScaleUpOptions {
    readonly source: ScenarioSource;
    /** Times the whole scenario is written; each repetition is its own set of stamps. */
    readonly scaleFactor: number;
    readonly seed: number;
    /** Rows per streamed chunk. */
    readonly chunkRows?: number;
}
export interface ScenarioPlanSummary {
    readonly scenario: string;
    readonly description: string | null;
    readonly repetitions: number;
    readonly stamps: number;
    readonly stampLabels: readonly string[];
    readonly plannedResources: number;
    readonly plannedRelationships: number;
    readonly byType: readonly CountByKey[];
    readonly profile: readonly RelationshipProfileRow[];
}
export type ScenarioScaleUpResult = ScaleUpResult<ScenarioPlanSummary & {
    estimatedSeconds: number;
}>;
/** The scenario a source names, validated by the one schema every scenario goes through. */
export declare function resolveScenario(source: ScenarioSource): ScenarioDefinition;
/**
 * Scenario scale-up: a real architecture (or the user's), written stamp by stamp through the
 * shared streaming writer, then validated down to "every node reaches its stamp's root".
 */
export declare function scaleUpScenario(store: GraphStore, options: ScenarioScaleUpOptions, hooks?: ScaleUpHooks): Promise<ScenarioScaleUpResult>;
