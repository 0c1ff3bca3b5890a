/**
 * Every Cypher text the adapter sends, published as it is sent on a Node diagnostics channel (free
 * while nobody listens). The Neo4j contract tests listen: each text must be one whose plan a test
 * checks (hot-queries.ts) or a bounded query allowed by name, so no unchecked query ships.
 */
export declare const NEO4J_QUERY_CHANNEL = "tenant-scale:neo4j-query";
export declare function publishQuery(cypher: string): void;
