import type Database from 'better-sqlite3';
import { keyPropertyOf, LABEL, SHARED_LABELS } from '../src/domain/atg-schema.js';
import type { Properties } from '../src/domain/graph.js';
import { decodeNodeRow } from '../src/store/sqlite/sqlite-rows.js';
import { runGeneratedFloor } from './floor-chunks.js';
import { chunkOf, endColumns, keyLabel, labelsOf, type PlainNode, type PlainRelationship, plainRelationship } from './floor-plain.js';
import { openNeo4jFloor } from './floor-neo4j.js';
import type { FloorResult, FloorTarget } from './floor-writer.js';

/**
 * The copy floor (C0): the plainest version of the work a copy cannot avoid, all inside the clock:
 * read the tenant from the source with plain streamed queries — its nodes (per key label on Neo4j,
 * one SELECT on SQLite), its relationships leaving them and those entering them from nodes it does
 * not own, and the nodes outside it those reach — held whole in memory, then written into the empty
 * target by the plainest bulk write (floor-chunks.ts). No spool, no survey, no read-back, no history.
 */
export async function runCopyFloor(source: FloorTarget, target: FloorTarget, tenantId: string, concurrency: number): Promise<FloorResult> {
  const started = performance.now();
  const { nodes, relationships } = source.kind === 'sqlite' ? readSqlite(source.db, tenantId) : await readNeo4j(source.uri, tenantId);
  const chunk = chunkOf(nodes, relationships, tenantId);
  const read = (performance.now() - started) / 1000;
  const written = await runGeneratedFloor(target, [chunk], concurrency);
  return { ...written, seconds: read + written.seconds };
}

function readSqlite(db: Database.Database, tenantId: string): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
  const nodes: PlainNode[] = [];
  const node = (row: Record<string, unknown>) => nodes.push({ labels: labelsOf(row.labels as string), properties: decodeNodeRow(row) });
  for (const row of db.prepare('SELECT * FROM nodes WHERE tenant_id = ?').iterate(tenantId)) node(row as Record<string, unknown>);
  // The nodes outside the tenant its relationships reach, either way.
  for (const row of db
    .prepare(
      `SELECT * FROM nodes WHERE nid IN (
         SELECT r.dst FROM nodes s JOIN rels r ON r.src = s.nid WHERE s.tenant_id = ?
         UNION SELECT r.src FROM nodes d JOIN rels r ON r.dst = d.nid WHERE d.tenant_id = ?)
       AND tenant_id IS NOT ?`,
    )
    .iterate(tenantId, tenantId, tenantId))
    node(row as Record<string, unknown>);
  const relationships: PlainRelationship[] = [];
  const rels = `SELECT r.type, s.labels, s.id, d.labels, d.id FROM rels r JOIN nodes s ON s.nid = r.src JOIN nodes d ON d.nid = r.dst`;
  for (const [type, srcLabels, src, dstLabels, dst] of db
    .prepare(`${rels} WHERE s.tenant_id = ? UNION ALL ${rels} WHERE d.tenant_id = ? AND s.tenant_id IS NOT ?`)
    .raw()
    .iterate(tenantId, tenantId, tenantId) as Iterable<[string, string, string, string, string]>)
    relationships.push(plainRelationship(type, labelsOf(srcLabels), src, labelsOf(dstLabels), dst));
  return { nodes, relationships };
}

async function readNeo4j(uri: string, tenantId: string): Promise<{ nodes: PlainNode[]; relationships: PlainRelationship[] }> {
  const neo4j = await openNeo4jFloor(uri);
  try {
    const nodes: PlainNode[] = [];
    const relationships: PlainRelationship[] = [];
    const outside = new Map<string, Set<string>>();
    const reached = (labels: readonly string[], key: string) => {
      const label = keyLabel(labels);
      if (!outside.has(label)) outside.set(label, new Set());
      outside.get(label)!.add(key);
    };
    for (const label of [LABEL.Resource, ...SHARED_LABELS]) {
      const t = { t: tenantId };
      // A node is read under its key label only (a Resource that is also a User is read once).
      await neo4j.stream(`MATCH (n:\`${label}\` {tenant_id: $t}) RETURN labels(n), properties(n)`, t, (r) => {
        const labels = r.get(0) as string[];
        if (keyLabel(labels) === label) nodes.push({ labels, properties: r.get(1) as Properties });
      });
      await neo4j.stream(`MATCH (n:\`${label}\` {tenant_id: $t})-[r]->(m) RETURN type(r), ${endColumns('n')}, ${endColumns('m')}, m.tenant_id`, t, (r) => {
        const srcLabels = r.get(1) as string[];
        if (keyLabel(srcLabels) !== label) return;
        relationships.push(plainRelationship(r.get(0), srcLabels, r.get(2), r.get(3), r.get(4)));
        if (r.get(5) !== tenantId) reached(r.get(3), r.get(4));
      });
      await neo4j.stream(
        `MATCH (n:\`${label}\` {tenant_id: $t})<-[r]-(m) WHERE m.tenant_id IS NULL OR m.tenant_id <> $t RETURN type(r), ${endColumns('m')}, ${endColumns('n')}`,
        t,
        (r) => {
          const dstLabels = r.get(3) as string[];
          if (keyLabel(dstLabels) !== label) return;
          relationships.push(plainRelationship(r.get(0), r.get(1), r.get(2), dstLabels, r.get(4)));
          reached(r.get(1), r.get(2));
        },
      );
    }
    for (const [label, keys] of outside) {
      await neo4j.stream(`MATCH (n:\`${label}\`) WHERE n.\`${keyPropertyOf(label)}\` IN $keys RETURN labels(n), properties(n)`, { keys: [...keys] }, (r) =>
        nodes.push({ labels: r.get(0), properties: r.get(1) as Properties }),
      );
    }
    return { nodes, relationships };
  } finally {
    await neo4j.close();
  }
}
