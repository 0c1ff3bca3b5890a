export declare const PATTERNS: readonly ["security", "network", "compute", "storage", "resource-type"];
export type PatternName = (typeof PATTERNS)[number];
/** The resource types each named pattern starts from (case-insensitive ARM types); resource-type takes them from the caller. */
export declare const PATTERN_TYPES: Readonly<Record<Exclude<PatternName, 'resource-type'>, readonly string[]>>;
/**
 * Tags as ATG stores them: a JSON object in a string, possibly cut at 5,000 characters (then it
 * does not parse, and the resource has no tags we can trust). Keys compare case-insensitively, as
 * Azure's do; values exactly.
 */
export declare function parseTags(tags: unknown): Map<string, string>;
/** Every k=v of the filter is among the resource's tags. */
export declare function tagsMatch(tags: unknown, filter: ReadonlyMap<string, string>): boolean;
