import { type RelationshipRule } from '../../domain/atg-catalog/kind-relationships.js';
import type { TypeDistribution } from './type-distribution.js';
/** A rule a source type can use in this plan: its target type is present. */
export interface UsableRule {
    readonly rule: RelationshipRule;
    /** Index of the target in RandomPlan.types. */
    readonly target: number;
    /** Cumulative weight among the source's usable rules, in (0, 1]. */
    readonly cumulative: number;
}
export interface RandomTypePlan {
    readonly type: string;
    readonly count: number;
    /** Expected out-degree of each resource of this type. */
    readonly meanOutDegree: number;
    readonly rules: readonly UsableRule[];
}
export interface RandomPlan {
    readonly targetCount: number;
    readonly density: number;
    readonly distribution: string;
    readonly types: readonly RandomTypePlan[];
}
/** The seed of one random stream (types, properties, edges). */
export declare function streamSeed(seed: number, purpose: string): number;
/**
 * Draws every resource's type from the distribution (O(n), only per-type counts kept: nodes are
 * later written type by type, so "the k-th resource of type T" is all an edge needs to name its
 * target), then spreads the density over the types that have a usable rule.
 */
export declare function planRandom(targetCount: number, distribution: TypeDistribution, density: number, seed: number): RandomPlan;
