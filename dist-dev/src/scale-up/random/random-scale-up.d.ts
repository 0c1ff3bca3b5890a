import type { CountByKey, GraphStore } from '../../store/graph-store.js';
import { type GeneratedScaleUpOptions } from '../generated-scale-up.js';
import type { ScaleUpHooks, ScaleUpResult } from '../scale-up-types.js';
export interface RandomScaleUpOptions extends GeneratedScaleUpOptions {
    readonly targetCount: number;
    /** A preset name or a YAML/JSON file of ARM type → weight. */
    readonly typeDistribution: string;
    /** Expected relationships per resource. */
    readonly relationshipDensity: number;
    readonly seed: number;
    readonly chunkRows?: number;
}
export interface RandomPlanSummary {
    readonly distribution: string;
    readonly density: number;
    readonly plannedResources: number;
    /** Exactly what the seeded draws give (about density × resources: repeated targets are skipped). */
    readonly plannedRelationships: number;
    readonly byType: readonly (CountByKey & {
        probability: number;
    })[];
}
export type RandomScaleUpResult = ScaleUpResult<RandomPlanSummary & {
    estimatedSeconds: number;
}>;
/** Random scale-up: seeded, O(n + m), relationships only between type pairs the rules allow. */
export declare function scaleUpRandom(store: GraphStore, options: RandomScaleUpOptions, hooks?: ScaleUpHooks): Promise<RandomScaleUpResult>;
