import { LABEL, REL, SHARED_LABELS } from '../src/domain/atg-schema.js';
import type { GraphChunk, NodeBatch, Properties, RelationshipBatch } from '../src/domain/graph.js';
import { syntheticId } from '../src/domain/ids.js';
import { layerOf } from '../src/domain/layers.js';
import { encodeNode, NODE_COLUMNS } from '../src/store/sqlite/sqlite-rows.js';
import type { GraphStore } from '../src/store/graph-store.js';
import type { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { allocateCopiesByType, copiesOfTemplate } from '../src/scale-up/template-plan.js';

/**
 * The floor: the same copies and relationships as a template scale-up, built client-side and
 * written by the plainest bulk write the store has (Neo4j: UNWIND batches with CREATE, relationships
 * by MATCH on the indexed id; SQLite: prepared inserts in large transactions). Only the store
 * calls are timed: building the rows is not part of the floor.
 */
interface TemplateRow {
  readonly props: Properties & { id: string; type: string };
  readonly edges: { type: string; dstLabel: string; dstKey: string; dstId: string }[];
}

async function readBase(store: GraphStore, tenantId: string): Promise<TemplateRow[]> {
  if (store instanceof SqliteStore) {
    const db = store.database;
    const nodes = db.prepare(`SELECT nid, id FROM nodes WHERE layer = 'abstracted' AND synthetic = 0 AND tenant_id = ? ORDER BY type, id`).all(tenantId) as {
      nid: number;
      id: string;
    }[];
    const edges = db.prepare(
      `SELECT r.type, d.id AS dst, d.labels FROM rels r JOIN nodes d ON d.nid = r.dst WHERE r.src = ? AND r.type <> '${REL.SCAN_SOURCE_NODE}'`,
    );
    return Promise.all(
      nodes.map(async (n) => ({
        props: (await store.getNode(LABEL.Resource, n.id))!.properties as TemplateRow['props'],
        edges: (edges.all(n.nid) as { type: string; dst: string; labels: string }[]).map((e) => {
          const label = pickLabel(e.labels.slice(1, -1).split(':'));
          return { type: e.type, dstLabel: label, dstKey: e.dst, dstId: e.dst };
        }),
      })),
    );
  }
  const neo = store as Neo4jStore;
  const result = await neo.read(
    `MATCH (n:Resource) WHERE NOT n:Original AND n.synthetic IS NULL AND n.tenant_id = $t AND NOT n:ManagedIdentity AND NOT n:User
     RETURN properties(n) AS p, [(n)-[r]->(d) WHERE type(r) <> '${REL.SCAN_SOURCE_NODE}' | {type: type(r), labels: labels(d), id: d.id, code: d.code}] AS edges
     ORDER BY n.type, n.id`,
    { t: tenantId },
  );
  return result.records.map((r) => ({
    props: r.get('p') as TemplateRow['props'],
    edges: (r.get('edges') as { type: string; labels: string[]; id: string; code?: string }[]).map((e) => {
      const label = pickLabel(e.labels);
      return { type: e.type, dstLabel: label, dstKey: String(label === LABEL.Region ? e.code : e.id), dstId: e.id };
    }),
  }));
}

/**
 * The floor's writer on each store: plain single-row inserts on SQLite, the store's own UNWIND path
 * on Neo4j. Each call prepares a batch (SQLite: its rows encoded as statement parameters) and returns
 * the write itself, which is all the clock times: building rows is not part of the floor.
 */
function floorWriter(store: GraphStore): { nodes: (b: NodeBatch) => () => Promise<number>; relationships: (b: RelationshipBatch) => () => Promise<number> } {
  return store instanceof SqliteStore
    ? plainSqliteWriter(store)
    : { nodes: (b) => () => store.writeNodes(b), relationships: (b) => () => store.writeRelationships(b) };
}

/**
 * SQLite's plainest bulk write: one prepared single-row INSERT per row, relationships resolving
 * their endpoints by the indexed id, one large transaction per batch (the same indexes as ours).
 */
function plainSqliteWriter(store: SqliteStore) {
  const db = store.database;
  const insertNode = db.prepare(`INSERT INTO nodes (${NODE_COLUMNS.join(', ')}) VALUES (${NODE_COLUMNS.map(() => '?').join(', ')})`);
  const insertRel = db.prepare('INSERT INTO rels (type, src, dst) SELECT ?, (SELECT nid FROM nodes WHERE id = ?), (SELECT nid FROM nodes WHERE id = ?)');
  return {
    nodes: (batch: NodeBatch) => {
      // merge: a handful of shared regions and tags, through the store
      if (batch.mode === 'merge') return () => store.writeNodes(batch);
      const labels = `:${batch.labels.join(':')}:`;
      const layer = layerOf(batch.labels);
      const encoded = batch.rows.map((r) => encodeNode(labels, layer, r));
      return async () =>
        db.transaction(() => {
          for (const params of encoded) insertNode.run(params);
          return encoded.length;
        })();
    },
    relationships: (batch: RelationshipBatch) => async () =>
      db.transaction(() => {
        for (const r of batch.rows) insertRel.run(batch.type, r.src, r.dst);
        return batch.rows.length;
      })(),
  };
}

function pickLabel(labels: readonly string[]): string {
  return labels.includes(LABEL.Resource) && !labels.some((l) => SHARED_LABELS.includes(l))
    ? LABEL.Resource
    : (labels.find((l) => SHARED_LABELS.includes(l)) ?? LABEL.Resource);
}

/** Adds up the time spent in store calls only: building rows is not part of the floor. */
class WriteClock {
  seconds = 0;
  readonly time = async (work: () => Promise<number>): Promise<number> => {
    const started = performance.now();
    const n = await work();
    this.seconds += (performance.now() - started) / 1000;
    return n;
  };
}

export interface FloorResult {
  readonly seconds: number;
  readonly nodes: number;
  readonly relationships: number;
}

export async function runFloor(store: GraphStore, tenantId: string, scaleFactor: number, batchRows: number): Promise<FloorResult> {
  // "Large transactions" on SQLite; UNWIND batches of 10k rows on Neo4j.
  if (store instanceof SqliteStore) batchRows = Math.max(batchRows, 100_000);
  const templates = await readBase(store, tenantId);
  const byType = new Map<string, number>();
  for (const t of templates) byType.set(t.props.type, (byType.get(t.props.type) ?? 0) + 1);
  const typeCopies = allocateCopiesByType(byType, scaleFactor);
  const copiesOf = new Map<string, number>();
  let index = 0;
  templates.forEach((t, i) => {
    if (i === 0 || templates[i - 1]!.props.type !== t.props.type) index = 0;
    copiesOf.set(t.props.id, copiesOfTemplate(index++, byType.get(t.props.type)!, typeCopies.get(t.props.type)!));
  });
  const typeOf = new Map(templates.map((t) => [t.props.id, t.props.type]));
  const op = 'scale-19700101T000000-f1005f10';
  const now = new Date().toISOString();
  const clock = new WriteClock();
  let nodes = 0;
  let relationships = 0;
  const timed = clock.time;

  const write = floorWriter(store);
  let rows: NodeBatch['rows'][number][] = [];
  const flushNodes = async () => {
    if (rows.length) nodes += await timed(write.nodes({ mode: 'create', labels: [LABEL.Resource], rows }));
    rows = [];
  };
  for (const t of templates) {
    const { original_id: _o, original_name: _n, ...props } = t.props;
    for (let j = 0; j < copiesOf.get(t.props.id)!; j++) {
      const id = syntheticId(t.props.type, op, t.props.id, j);
      rows.push({
        ...props,
        id,
        name: id,
        synthetic: true,
        scale_operation_id: op,
        generation_strategy: 'template',
        generation_timestamp: now,
        tenant_id: tenantId,
        template_source_id: t.props.id,
        template_copy_index: j,
      });
      if (rows.length >= batchRows) await flushNodes();
    }
  }
  await flushNodes();

  const groups = new Map<string, { type: string; srcLabel: string; dstLabel: string; rows: { src: string; dst: string }[] }>();
  let pending = 0;
  const flushRels = async () => {
    for (const g of groups.values()) if (g.rows.length) relationships += await timed(write.relationships(g as RelationshipBatch));
    groups.clear();
    pending = 0;
  };
  for (const t of templates) {
    const copies = copiesOf.get(t.props.id)!;
    for (let j = 0; j < copies; j++) {
      const src = syntheticId(t.props.type, op, t.props.id, j);
      for (const e of t.edges) {
        const targetCopies = copiesOf.get(e.dstId) ?? 0;
        const dst = targetCopies > 0 ? syntheticId(typeOf.get(e.dstId)!, op, e.dstId, j % targetCopies) : e.dstKey;
        const key = `${e.type}|${e.dstLabel}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { type: e.type, srcLabel: LABEL.Resource, dstLabel: e.dstLabel, rows: [] }));
        g.rows.push({ src, dst });
        if (++pending >= batchRows) await flushRels();
      }
    }
  }
  await flushRels();
  await store.deleteOperationNodes(op, 10_000);
  return { seconds: clock.seconds, nodes, relationships };
}

/**
 * The floor of a scenario or random scale-up: the same chunks our planner streams, built outside
 * the clock and written by the plainest bulk write (large transactions on SQLite, 10k-row UNWIND
 * batches on Neo4j), nodes before the relationships that need them. Only store calls are timed.
 */
export async function runGeneratedFloor(store: GraphStore, chunks: Iterable<GraphChunk>, operationId?: string): Promise<FloorResult> {
  const batchRows = store instanceof SqliteStore ? 100_000 : 10_000;
  const write = floorWriter(store);
  const clock = new WriteClock();
  let nodes = 0;
  let relationships = 0;
  const nodeGroups = new Map<string, { mode: NodeBatch['mode']; labels: readonly string[]; rows: NodeBatch['rows'][number][] }>();
  const relGroups = new Map<string, { type: string; srcLabel: string; dstLabel: string; rows: RelationshipBatch['rows'][number][] }>();
  let pending = 0;
  const timed = clock.time;
  const flush = async () => {
    for (const g of nodeGroups.values()) nodes += await timed(write.nodes(g));
    for (const g of relGroups.values()) relationships += await timed(write.relationships(g));
    nodeGroups.clear();
    relGroups.clear();
    pending = 0;
  };
  for (const chunk of chunks) {
    for (const b of chunk.nodes) {
      const key = `${b.mode}|${b.labels.join(':')}`;
      let g = nodeGroups.get(key);
      if (!g) nodeGroups.set(key, (g = { mode: b.mode, labels: b.labels, rows: [] }));
      for (const row of b.rows) g.rows.push(row);
      pending += b.rows.length;
    }
    for (const b of chunk.relationships) {
      const key = `${b.type}|${b.srcLabel}|${b.dstLabel}`;
      let g = relGroups.get(key);
      if (!g) relGroups.set(key, (g = { type: b.type, srcLabel: b.srcLabel, dstLabel: b.dstLabel, rows: [] }));
      for (const row of b.rows) g.rows.push(row);
      pending += b.rows.length;
    }
    if (pending >= batchRows) await flush();
  }
  await flush();
  if (operationId) await store.deleteOperationNodes(operationId, 10_000);
  return { seconds: clock.seconds, nodes, relationships };
}

/**
 * The extraction floor: the plainest read of the tenant's relationships among its abstracted
 * resources, endpoints by id, streamed and counted (SQLite: one SELECT; Neo4j: one MATCH … RETURN
 * through session.run), nothing kept.
 */
export async function runExtractionFloor(store: GraphStore, tenantId: string): Promise<FloorResult> {
  const started = performance.now();
  let relationships = 0;
  if (store instanceof SqliteStore) {
    const rows = store.database
      .prepare(
        `SELECT s.id, r.type, d.id FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst
         WHERE s.tenant_id = ? AND s.labels LIKE '%:Resource:%' AND s.labels NOT LIKE '%:Original:%'
           AND d.labels LIKE '%:Resource:%' AND d.labels NOT LIKE '%:Original:%' AND r.type <> '${REL.SCAN_SOURCE_NODE}'`,
      )
      .raw()
      .iterate(tenantId);
    for (const _ of rows) relationships++;
  } else {
    const session = (store as Neo4jStore).rawDriver.session({ defaultAccessMode: 'READ' });
    try {
      const result = session.run(
        `MATCH (n:Resource {tenant_id: $t})-[r]->(m:Resource) WHERE NOT n:Original AND NOT m:Original AND type(r) <> '${REL.SCAN_SOURCE_NODE}' RETURN n.id, type(r), m.id`,
        { t: tenantId },
      );
      for await (const _ of result) relationships++;
    } finally {
      await session.close();
    }
  }
  return { seconds: (performance.now() - started) / 1000, nodes: 0, relationships };
}
