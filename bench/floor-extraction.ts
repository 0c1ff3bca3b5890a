import { REL } from '../src/domain/atg-schema.js';
import { openNeo4jFloor } from './floor-neo4j.js';
import type { FloorResult, FloorTarget } from './floor-writer.js';

/**
 * The extraction floor: the plainest read of what an extraction cannot avoid reading: every
 * abstracted resource of the tenant (id and type), then every relationship among them, endpoints
 * by id, each with one plain query streamed and counted (SQLite: one SELECT each; Neo4j: one
 * MATCH … RETURN each through session.run, 10k records per fetch as ours), nothing kept. The
 * connection is opened before the clock.
 */
export async function runExtractionFloor(target: FloorTarget, tenantId: string): Promise<FloorResult> {
  let nodes = 0;
  let relationships = 0;
  if (target.kind === 'sqlite') {
    const started = performance.now();
    for (const _ of target.db
      .prepare(`SELECT id, type FROM nodes WHERE tenant_id = ? AND labels LIKE '%:Resource:%' AND labels NOT LIKE '%:Original:%'`)
      .raw()
      .iterate(tenantId))
      nodes++;
    const rows = target.db
      .prepare(
        `SELECT s.id, r.type, d.id FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst
         WHERE s.tenant_id = ? AND s.labels LIKE '%:Resource:%' AND s.labels NOT LIKE '%:Original:%'
           AND d.labels LIKE '%:Resource:%' AND d.labels NOT LIKE '%:Original:%' AND r.type <> '${REL.SCAN_SOURCE_NODE}'`,
      )
      .raw()
      .iterate(tenantId);
    for (const _ of rows) relationships++;
    return { seconds: (performance.now() - started) / 1000, nodes, relationships, concurrency: 1 };
  }
  const neo4j = await openNeo4jFloor(target.uri);
  try {
    const started = performance.now();
    await neo4j.stream('MATCH (n:Resource {tenant_id: $t}) WHERE NOT n:Original RETURN n.id, n.type', { t: tenantId }, () => nodes++);
    await neo4j.stream(
      `MATCH (n:Resource {tenant_id: $t})-[r]->(m:Resource) WHERE NOT n:Original AND NOT m:Original AND type(r) <> '${REL.SCAN_SOURCE_NODE}' RETURN n.id, type(r), m.id`,
      { t: tenantId },
      () => relationships++,
    );
    return { seconds: (performance.now() - started) / 1000, nodes, relationships, concurrency: 1 };
  } finally {
    await neo4j.close();
  }
}
