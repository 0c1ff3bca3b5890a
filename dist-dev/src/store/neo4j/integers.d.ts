import type { Properties } from '../../domain/graph.js';
/**
 * A JS number goes over Bolt as a Float; ATG's integer properties must stay Integers. Integral
 * numbers become neo4j Integers; rows without numbers are passed through untouched (no copy).
 */
export declare function toNeo4jRows(rows: readonly Properties[]): readonly Record<string, unknown>[];
