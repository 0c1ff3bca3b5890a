import type { z } from 'zod';
/** "groups[1].resources[0].count" from a zod issue path. */
export declare function formatIssuePath(path: readonly PropertyKey[]): string;
/**
 * Reads a YAML (or JSON) file and validates it with `schema`. Every failure is a UsageError that
 * says which file, where in it (line and column for syntax, the key path for content) and how to fix it.
 */
export declare function readYamlFile<S extends z.ZodType>(path: string, schema: S, what: string, fix: string): z.output<S>;
/** YAML (or JSON) text validated with `schema`: the same errors as a file's (line and column, key path), `what` naming the text. */
export declare function parseYamlText<S extends z.ZodType>(text: string, schema: S, what: string, fix: string): z.output<S>;
/** Validates data with `schema`; a failure names up to three places and what is wrong there. */
export declare function parseWithSchema<S extends z.ZodType>(data: unknown, schema: S, what: string, fix: string): z.output<S>;
