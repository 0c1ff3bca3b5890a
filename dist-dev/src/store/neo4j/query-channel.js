import { channel } from 'node:diagnostics_channel';
/**
 * Every Cypher text the adapter sends, published as it is sent on a Node diagnostics channel (free
 * while nobody listens). The Neo4j contract tests listen: each text must be one whose plan a test
 * checks (hot-queries.ts) or a bounded query allowed by name, so no unchecked query ships.
 */
export const NEO4J_QUERY_CHANNEL = 'tenant-scale:neo4j-query';
const queries = channel(NEO4J_QUERY_CHANNEL);
export function publishQuery(cypher) {
    if (queries.hasSubscribers)
        queries.publish({ cypher });
}
//# sourceMappingURL=query-channel.js.map