import { z } from 'zod';
import { SAMPLING_ALGORITHMS } from '../scale-down/samplers/index.js';
import { FOREST_FIRE_DEFAULTS } from '../scale-down/samplers/forest-fire.js';
import { DEFAULT_QUERY_TIMEOUT_SECONDS, DEFAULT_RETRY_ATTEMPTS } from '../store/graph-store.js';
/**
 * tenant-scale's configuration, in the sections of ATG's scale-config.yaml. Every key has a
 * default; unknown keys are errors (a typo must not be silently ignored).
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/**
 * A number from a file, the environment or a flag: text is read as a number, but blank text is no
 * number (z.coerce reads "" as 0, so an empty TENANT_SCALE_… variable set retries or a seed to 0).
 */
const fromText = (schema) => z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v)) : v), schema);
const positiveInt = (max, min = 1) => fromText(z.number().int().min(min).max(max));
const BOOLEAN_WORDS = { true: true, false: false, '1': true, '0': false, yes: true, no: false };
/**
 * A switch from a file, the environment or a flag: true/false, 1/0, yes/no in any case. Anything
 * else is an error naming the key (z.coerce.boolean would read "no" and "off" as true).
 */
const flag = () => z.preprocess((v) => (typeof v === 'string' ? (BOOLEAN_WORDS[v.trim().toLowerCase()] ?? v) : typeof v === 'number' && (v === 0 || v === 1) ? v === 1 : v), z.boolean({ error: 'expected true/false, 1/0 or yes/no (any case)' }));
export const SECTION_SCHEMAS = {
    scale_up: z.strictObject({
        default_scale_factor: fromText(z.number().gt(1)).default(2),
        batch_size: positiveInt(1_000_000).default(10_000),
        /** Rows per write batch of scenario and random scale-up: on Neo4j 5k beat 10k (R1 77.6 s / 291 MB against 89.7 s / 377 MB). */
        generated_batch_size: positiveInt(1_000_000).default(5_000),
        concurrency: positiveInt(64).default(2),
        max_resources: positiveInt(1_000_000_000).default(5_000_000),
        validate: flag().default(true),
    }),
    scale_down: z.strictObject({
        default_algorithm: z.enum(SAMPLING_ALGORITHMS).default('forest-fire'),
        default_target_size: fromText(z.number().gt(0).max(1)).default(0.1),
        burning_probability: fromText(z.number().gt(0).lt(1)).default(FOREST_FIRE_DEFAULTS.burningProbability),
        seed: fromText(z.number().int()).optional(),
    }),
    performance: z.strictObject({
        batch_size: positiveInt(1_000_000).default(10_000),
        concurrency: positiveInt(64).default(2),
        /** The command's JavaScript heap limit (it reruns itself under --max-old-space-size); unset: V8's own (~4 GB). */
        memory_limit_mb: positiveInt(1_000_000, 64).optional(),
        /** Neo4j: a transaction the server could not run (gone, restarting, deadlocked) is tried again this often, 1, 2, 4, … s apart. */
        retry_attempts: fromText(z.number().int().min(0).max(12)).default(DEFAULT_RETRY_ATTEMPTS),
        /** Neo4j stops any transaction running longer (a runaway plan becomes an error, not a hang). */
        query_timeout_s: fromText(z.number().gt(0).max(86_400)).default(DEFAULT_QUERY_TIMEOUT_SECONDS),
    }),
    validation: z.strictObject({
        enabled: flag().default(true),
        check_original_layer: flag().default(true),
        check_relationship_parity: flag().default(true),
    }),
};
export const configSchema = z.strictObject({
    scale_up: SECTION_SCHEMAS.scale_up.prefault({}),
    scale_down: SECTION_SCHEMAS.scale_down.prefault({}),
    performance: SECTION_SCHEMAS.performance.prefault({}),
    validation: SECTION_SCHEMAS.validation.prefault({}),
});
//# sourceMappingURL=config-schema.js.map