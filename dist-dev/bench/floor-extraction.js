import { REL } from '../src/domain/atg-schema.js';
import { openNeo4jFloor } from './floor-neo4j.js';
/**
 * The extraction floor: the plainest read of the tenant's relationships among its abstracted
 * resources, endpoints by id, streamed and counted (SQLite: one SELECT; Neo4j: one MATCH … RETURN
 * through session.run, 10k records per fetch as ours), nothing kept. The connection is opened
 * before the clock.
 */
export async function runExtractionFloor(target, tenantId) {
    let relationships = 0;
    if (target.kind === 'sqlite') {
        const started = performance.now();
        const rows = target.db
            .prepare(`SELECT s.id, r.type, d.id FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst
         WHERE s.tenant_id = ? AND s.labels LIKE '%:Resource:%' AND s.labels NOT LIKE '%:Original:%'
           AND d.labels LIKE '%:Resource:%' AND d.labels NOT LIKE '%:Original:%' AND r.type <> '${REL.SCAN_SOURCE_NODE}'`)
            .raw()
            .iterate(tenantId);
        for (const _ of rows)
            relationships++;
        return { seconds: (performance.now() - started) / 1000, nodes: 0, relationships, concurrency: 1 };
    }
    const neo4j = await openNeo4jFloor(target.uri);
    try {
        const started = performance.now();
        await neo4j.stream(`MATCH (n:Resource {tenant_id: $t})-[r]->(m:Resource) WHERE NOT n:Original AND NOT m:Original AND type(r) <> '${REL.SCAN_SOURCE_NODE}' RETURN n.id, type(r), m.id`, { t: tenantId }, () => relationships++);
        return { seconds: (performance.now() - started) / 1000, nodes: 0, relationships, concurrency: 1 };
    }
    finally {
        await neo4j.close();
    }
}
//# sourceMappingURL=floor-extraction.js.map