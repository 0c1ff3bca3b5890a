/**
 * Loaded by test/helpers/stores.ts into every test file that opens a store: records every Cypher
 * text the Neo4j adapter sends on behalf of tenant-scale's own code while the file runs, and fails
 * the file if one was sent that the plan-shape test does not EXPLAIN (a shape of HOT_QUERY_CASES)
 * and that is not allowed below as bounded, with the reason. A query added to the adapter without
 * either fails the first contract test that runs it. Queries the tests send themselves (hashes,
 * counts, corruptions) are not the product's and are left out.
 */
/** A query's shape: quoted names (labels, types, property keys) stand for any name, whitespace collapsed. */
export declare function cypherShape(cypher: string): string;
/** Queries not in the hot-query table, each bounded by something other than a pinned plan. */
export declare const BOUNDED_QUERIES: readonly {
    readonly pattern: RegExp;
    readonly reason: string;
}[];
/** Whether a sent text is plan-tested or allowed as bounded. */
export declare function isCovered(cypher: string): boolean;
