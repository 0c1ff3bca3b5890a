import { z } from 'zod';
/** A scale-down as the Run page sends it: a sampler, a target, and where the sample goes (nothing, a download, a new tenant). */
export declare const scaleDownRequest: z.ZodObject<{
    tenantId: z.ZodString;
    algorithm: z.ZodEnum<{
        "forest-fire": "forest-fire";
        "random-walk": "random-walk";
        "random-jump": "random-jump";
        mhrw: "mhrw";
        "induced-edge": "induced-edge";
        "random-node": "random-node";
    }>;
    targetSize: z.ZodOptional<z.ZodNumber>;
    targetCount: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
    stratifyTypes: z.ZodOptional<z.ZodBoolean>;
    output: z.ZodEnum<{
        "new-tenant": "new-tenant";
        none: "none";
        export: "export";
    }>;
    format: z.ZodOptional<z.ZodEnum<{
        json: "json";
        yaml: "yaml";
        graphml: "graphml";
        cypher: "cypher";
    }>>;
    newTenantId: z.ZodOptional<z.ZodString>;
    dryRun: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
export type ScaleDownRequest = z.infer<typeof scaleDownRequest>;
