import { z } from 'zod';
/**
 * tenant-scale's configuration, in the sections of ATG's scale-config.yaml. Every key has a
 * default; unknown keys are errors (a typo must not be silently ignored).
 */
export declare const LOG_LEVELS: readonly ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
export declare const SECTION_SCHEMAS: {
    scale_up: z.ZodObject<{
        default_scale_factor: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        batch_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        generated_batch_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        concurrency: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        max_resources: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        validate: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
    }, z.core.$strict>;
    scale_down: z.ZodObject<{
        default_algorithm: z.ZodDefault<z.ZodEnum<{
            "forest-fire": "forest-fire";
            "random-walk": "random-walk";
            "random-jump": "random-jump";
            mhrw: "mhrw";
            "induced-edge": "induced-edge";
            "random-node": "random-node";
        }>>;
        default_target_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        burning_probability: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        seed: z.ZodOptional<z.ZodPreprocess<z.ZodNumber, unknown>>;
    }, z.core.$strict>;
    performance: z.ZodObject<{
        batch_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        concurrency: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        memory_limit_mb: z.ZodOptional<z.ZodPreprocess<z.ZodNumber, unknown>>;
        retry_attempts: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        query_timeout_s: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
    }, z.core.$strict>;
    validation: z.ZodObject<{
        enabled: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
        check_original_layer: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
        check_relationship_parity: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
    }, z.core.$strict>;
};
export declare const configSchema: z.ZodObject<{
    scale_up: z.ZodPrefault<z.ZodObject<{
        default_scale_factor: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        batch_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        generated_batch_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        concurrency: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        max_resources: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        validate: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
    }, z.core.$strict>>;
    scale_down: z.ZodPrefault<z.ZodObject<{
        default_algorithm: z.ZodDefault<z.ZodEnum<{
            "forest-fire": "forest-fire";
            "random-walk": "random-walk";
            "random-jump": "random-jump";
            mhrw: "mhrw";
            "induced-edge": "induced-edge";
            "random-node": "random-node";
        }>>;
        default_target_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        burning_probability: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        seed: z.ZodOptional<z.ZodPreprocess<z.ZodNumber, unknown>>;
    }, z.core.$strict>>;
    performance: z.ZodPrefault<z.ZodObject<{
        batch_size: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        concurrency: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        memory_limit_mb: z.ZodOptional<z.ZodPreprocess<z.ZodNumber, unknown>>;
        retry_attempts: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
        query_timeout_s: z.ZodDefault<z.ZodPreprocess<z.ZodNumber, unknown>>;
    }, z.core.$strict>>;
    validation: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
        check_original_layer: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
        check_relationship_parity: z.ZodDefault<z.ZodPreprocess<z.ZodBoolean, unknown>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ScaleConfig = z.infer<typeof configSchema>;
export type ConfigSection = keyof ScaleConfig;
