import { z } from 'zod';
export declare const scenarioSchema: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    region: z.ZodDefault<z.ZodString>;
    groups: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        count: z.ZodOptional<z.ZodNumber>;
        regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
        environment: z.ZodOptional<z.ZodString>;
        resources: z.ZodArray<z.ZodObject<{
            role: z.ZodString;
            type: z.ZodString;
            count: z.ZodDefault<z.ZodNumber>;
            name: z.ZodOptional<z.ZodString>;
            properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    links: z.ZodDefault<z.ZodArray<z.ZodObject<{
        from: z.ZodString;
        type: z.ZodEnum<{
            [x: string]: string;
        }>;
        to: z.ZodString;
        pattern: z.ZodDefault<z.ZodEnum<{
            each: "each";
            all: "all";
        }>>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type ScenarioDefinition = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioGroup = ScenarioDefinition['groups'][number];
export type ScenarioLink = ScenarioDefinition['links'][number];
