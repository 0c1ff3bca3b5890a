import type { ScaleConfig } from './config-schema.js';
/**
 * The configuration as the options the library functions take: one place where config keys become
 * options, for the CLI and for library callers alike (a caller overrides what it sets itself).
 */
/** What every writing operation takes from `performance`. */
export declare function writeDefaults(config: ScaleConfig): {
    batchSize: number;
    concurrency: number;
};
/** Scale-up options from `scale_up` (and `validation`: enabled, the check switches): template copies batch by batch_size, generated rows by generated_batch_size. */
export declare function scaleUpDefaults(config: ScaleConfig, rows: 'template' | 'generated'): {
    batchSize: number;
    concurrency: number;
    maxResources: number;
    validate: boolean;
    skipChecks: string[];
    scaleFactor: number;
};
/** The validation checks `validation.check_original_layer` / `check_relationship_parity` set to false turn off. */
export declare function skippedChecks(config: ScaleConfig): string[];
/** The seed a scale-down uses when none is given and scale_down.seed is unset. */
export declare const DEFAULT_SCALE_DOWN_SEED = 42;
/** Scale-down options from `scale_down` (ATG's keys: default_algorithm, default_target_size, burning_probability, seed) and `performance`. */
export declare function scaleDownDefaults(config: ScaleConfig): {
    batchSize: number;
    concurrency: number;
    algorithm: "forest-fire" | "random-walk" | "random-jump" | "mhrw" | "induced-edge" | "random-node";
    defaultTargetSize: number;
    seed: number;
    burningProbability: number;
};
