import { CHECKS_OF_SWITCH } from '../operations/validate-operation.js';
/**
 * The configuration as the options the library functions take: one place where config keys become
 * options, for the CLI and for library callers alike (a caller overrides what it sets itself).
 */
/** What every writing operation takes from `performance`. */
export function writeDefaults(config) {
    return { batchSize: config.performance.batch_size, concurrency: config.performance.concurrency };
}
/** Scale-up options from `scale_up` (and `validation`: enabled, the check switches): template copies batch by batch_size, generated rows by generated_batch_size. */
export function scaleUpDefaults(config, rows) {
    return {
        batchSize: rows === 'template' ? config.scale_up.batch_size : config.scale_up.generated_batch_size,
        concurrency: config.scale_up.concurrency,
        maxResources: config.scale_up.max_resources,
        validate: config.scale_up.validate && config.validation.enabled,
        skipChecks: skippedChecks(config),
        scaleFactor: config.scale_up.default_scale_factor,
    };
}
/** The validation checks `validation.check_original_layer` / `check_relationship_parity` set to false turn off. */
export function skippedChecks(config) {
    return [
        ...(config.validation.check_original_layer ? [] : CHECKS_OF_SWITCH.originalLayer),
        ...(config.validation.check_relationship_parity ? [] : CHECKS_OF_SWITCH.relationshipParity),
    ];
}
/** The seed a scale-down uses when none is given and scale_down.seed is unset. */
export const DEFAULT_SCALE_DOWN_SEED = 42;
/** Scale-down options from `scale_down` (ATG's keys: default_algorithm, default_target_size, burning_probability, seed) and `performance`. */
export function scaleDownDefaults(config) {
    return {
        algorithm: config.scale_down.default_algorithm,
        defaultTargetSize: config.scale_down.default_target_size,
        seed: config.scale_down.seed ?? DEFAULT_SCALE_DOWN_SEED,
        burningProbability: config.scale_down.burning_probability,
        ...writeDefaults(config),
    };
}
//# sourceMappingURL=operation-defaults.js.map