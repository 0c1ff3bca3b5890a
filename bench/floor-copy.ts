import type Database from 'better-sqlite3';
import { keyPropertyOf, LABEL, SHARED_LABELS } from '../src/domain/atg-schema.js';
import type { GraphChunk, Properties } from '../src/domain/graph.js';
import { decodeNodeRow } from '../src/store/sqlite/sqlite-rows.js';
import { runStreamedFloor } from './floor-chunks.js';
import { chunkOf, endColumns, KEYS_PER_QUERY, keyLabel, labelsOf, type PlainNode, type PlainRelationship, plainRelationship } from './floor-plain.js';
import { openNeo4jFloor } from './floor-neo4j.js';
import type { FloorResult, FloorTarget } from './floor-writer.js';

/**
 * The copy floor (C0, C1): the plainest version of the work a copy cannot avoid, all inside the
 * clock: read the tenant from the source with plain streamed queries — its nodes (per key label on
 * Neo4j, one SELECT on SQLite), the nodes outside it its relationships reach, then its relationships
 * leaving them and those entering them from nodes it does not own — and write them into the empty
 * target by the plainest bulk write as they are read, in the full batches one chunk of everything
 * would make (floor-chunks.ts `runStreamedFloor`). Memory holds a batch per group, not the tenant
 * (10^6: ~2M nodes and ~7M relationships); on Neo4j the relationships are held, as batch rows, until
 * the nodes outside the tenant they reach are read. No spool, no survey, no read-back, no history.
 */
export async function runCopyFloor(source: FloorTarget, target: FloorTarget, tenantId: string, concurrency: number): Promise<FloorResult> {
  return runStreamedFloor(target, source.kind === 'sqlite' ? readSqlite(source.db, tenantId) : readNeo4j(source.uri, tenantId), concurrency);
}

/** Items in chunks of KEYS_PER_QUERY, as they are read (`chunk` groups a page into batches). */
function* paged<T>(items: Iterable<T>, chunk: (page: T[]) => GraphChunk): Generator<GraphChunk> {
  let page: T[] = [];
  for (const item of items) {
    page.push(item);
    if (page.length === KEYS_PER_QUERY) {
      yield chunk(page);
      page = [];
    }
  }
  if (page.length) yield chunk(page);
}

function* readSqlite(db: Database.Database, tenantId: string): Generator<GraphChunk> {
  const node = (row: Record<string, unknown>): PlainNode => ({ labels: labelsOf(row.labels as string), properties: decodeNodeRow(row) });
  const nodes = (page: PlainNode[]) => chunkOf(page, [], tenantId);
  yield* paged(map(db.prepare('SELECT * FROM nodes WHERE tenant_id = ?').iterate(tenantId) as Iterable<Record<string, unknown>>, node), nodes);
  // The nodes outside the tenant its relationships reach, either way.
  const outside = db
    .prepare(
      `SELECT * FROM nodes WHERE nid IN (
         SELECT r.dst FROM nodes s JOIN rels r ON r.src = s.nid WHERE s.tenant_id = ?
         UNION SELECT r.src FROM nodes d JOIN rels r ON r.dst = d.nid WHERE d.tenant_id = ?)
       AND tenant_id IS NOT ?`,
    )
    .iterate(tenantId, tenantId, tenantId) as Iterable<Record<string, unknown>>;
  yield* paged(map(outside, node), nodes);
  const rels = `SELECT r.type, s.labels, s.id, d.labels, d.id FROM rels r JOIN nodes s ON s.nid = r.src JOIN nodes d ON d.nid = r.dst`;
  const relationships = db
    .prepare(`${rels} WHERE s.tenant_id = ? UNION ALL ${rels} WHERE d.tenant_id = ? AND s.tenant_id IS NOT ?`)
    .raw()
    .iterate(tenantId, tenantId, tenantId) as Iterable<[string, string, string, string, string]>;
  yield* paged(
    map(relationships, ([type, srcLabels, src, dstLabels, dst]) => plainRelationship(type, labelsOf(srcLabels), src, labelsOf(dstLabels), dst)),
    (page) => chunkOf([], page, tenantId),
  );
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

async function* readNeo4j(uri: string, tenantId: string): AsyncGenerator<GraphChunk> {
  const neo4j = await openNeo4jFloor(uri);
  try {
    // The relationships, as batch rows, until the nodes outside the tenant they reach are written.
    const held: GraphChunk[] = [];
    let relationships: PlainRelationship[] = [];
    const relationship = (r: PlainRelationship) => {
      relationships.push(r);
      if (relationships.length === KEYS_PER_QUERY) {
        held.push(chunkOf([], relationships, tenantId));
        relationships = [];
      }
    };
    const outside = new Map<string, Set<string>>();
    const reached = (labels: readonly string[], key: string) => {
      const label = keyLabel(labels);
      if (!outside.has(label)) outside.set(label, new Set());
      outside.get(label)!.add(key);
    };
    for (const label of [LABEL.Resource, ...SHARED_LABELS]) {
      const t = { t: tenantId };
      // A node is read under its key label only (a Resource that is also a User is read once).
      for await (const page of neo4j.pages(`MATCH (n:\`${label}\` {tenant_id: $t}) RETURN labels(n), properties(n)`, t)) {
        const nodes = page.map((r) => ({ labels: r.get(0) as string[], properties: r.get(1) as Properties })).filter((n) => keyLabel(n.labels) === label);
        if (nodes.length) yield chunkOf(nodes, [], tenantId);
      }
      await neo4j.stream(`MATCH (n:\`${label}\` {tenant_id: $t})-[r]->(m) RETURN type(r), ${endColumns('n')}, ${endColumns('m')}, m.tenant_id`, t, (r) => {
        const srcLabels = r.get(1) as string[];
        if (keyLabel(srcLabels) !== label) return;
        relationship(plainRelationship(r.get(0), srcLabels, r.get(2), r.get(3), r.get(4)));
        if (r.get(5) !== tenantId) reached(r.get(3), r.get(4));
      });
      await neo4j.stream(
        `MATCH (n:\`${label}\` {tenant_id: $t})<-[r]-(m) WHERE m.tenant_id IS NULL OR m.tenant_id <> $t RETURN type(r), ${endColumns('m')}, ${endColumns('n')}`,
        t,
        (r) => {
          const dstLabels = r.get(3) as string[];
          if (keyLabel(dstLabels) !== label) return;
          relationship(plainRelationship(r.get(0), r.get(1), r.get(2), dstLabels, r.get(4)));
          reached(r.get(1), r.get(2));
        },
      );
    }
    for (const [label, keys] of outside) {
      const cypher = `MATCH (n:\`${label}\`) WHERE n.\`${keyPropertyOf(label)}\` IN $keys RETURN labels(n), properties(n)`;
      for await (const page of neo4j.pages(cypher, { keys: [...keys] }))
        yield chunkOf(
          page.map((r) => ({ labels: r.get(0) as string[], properties: r.get(1) as Properties })),
          [],
          tenantId,
        );
    }
    if (relationships.length) held.push(chunkOf([], relationships, tenantId));
    relationships = [];
    // Each passed on once, and let go.
    for (let i = 0; i < held.length; i++) {
      const chunk = held[i]!;
      held[i] = EMPTY;
      yield chunk;
    }
  } finally {
    await neo4j.close();
  }
}

const EMPTY: GraphChunk = { nodes: [], relationships: [], resources: 0 };
