import { type ResourceKindKey } from '../../domain/atg-schema.js';
/** A resource type and its probability; probabilities add up to 1. */
export interface TypeShare {
    readonly kind: ResourceKindKey;
    readonly type: string;
    readonly probability: number;
}
export interface TypeDistribution {
    readonly name: string;
    readonly shares: readonly TypeShare[];
}
export declare const DISTRIBUTION_PRESETS: string[];
/** A preset name or a file path (YAML or JSON, `types:` map or a flat map of ARM type → weight). */
export declare function resolveTypeDistribution(presetOrFile: string): TypeDistribution;
