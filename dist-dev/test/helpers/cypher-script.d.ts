import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
/**
 * Runs a cypher-shell script as cypher-shell would: `//` comments skipped, `:param name => literal`
 * evaluated by the server itself (`RETURN literal`), every other line a statement ending in `;`.
 */
export declare function runCypherScript(store: Neo4jStore, script: string): Promise<{
    statements: number;
}>;
