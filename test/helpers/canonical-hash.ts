import { createHash } from 'node:crypto';
import { LABEL } from '../../src/domain/atg-schema.js';
import type { Properties } from '../../src/domain/graph.js';
import { refLabel } from '../../src/domain/graph-slice.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { decodeNodeRow } from '../../src/store/sqlite/sqlite-rows.js';

/**
 * Test-only: a store-independent digest of a graph, read straight from each store (every node and
 * every relationship, whether or not it has a key), so both adapters give the same text for the
 * same graph and nothing the port cannot reach is left out of an "unchanged" check.
 */

interface RawNode {
  readonly labels: readonly string[];
  readonly properties: Properties;
}

/** A relationship as read, each end named by `end` (see nodeName). */
interface RawRelationship {
  readonly type: string;
  readonly properties: Properties;
  readonly src: string;
  readonly dst: string;
  /** Which ends are nodes of the tenant hashed (whole-store hashes: both). */
  readonly srcInside: boolean;
  readonly dstInside: boolean;
}

const sortedEntries = (p: Properties) =>
  Object.keys(p)
    .filter((k) => p[k] !== null && p[k] !== undefined)
    .sort()
    .map((k) => [k, p[k]]);

const nodeText = (n: RawNode) => JSON.stringify([[...n.labels].sort(), sortedEntries(n.properties)]);

/** How a relationship names its end: label and key (a Region's code, else id); a node without a key by its whole content. */
function nodeName(n: RawNode): string {
  const key = n.labels.includes(LABEL.Region) ? (n.properties.code ?? n.properties.id) : n.properties.id;
  return key === null || key === undefined ? `{${nodeText(n)}}` : `${refLabel(n.labels)}:${String(key)}`;
}

/** SQLite: the `nodes` and `rels` tables (operation records live in their own table). */
function readSqlite(store: SqliteStore, tenantId?: string): { nodes: RawNode[]; relationships: RawRelationship[] } {
  const db = store.database;
  const decode = (row: Record<string, unknown>): RawNode => ({
    labels: (row.labels as string).slice(1, -1).split(':').filter(Boolean),
    properties: decodeNodeRow(row),
  });
  const rows = db.prepare(`SELECT * FROM nodes ${tenantId ? 'WHERE tenant_id = ?' : ''}`).all(...(tenantId ? [tenantId] : [])) as Record<string, unknown>[];
  const names = new Map<number, string>();
  const inside = new Set<number>();
  const nodes = rows.map((row) => {
    const n = decode(row);
    names.set(row.nid as number, nodeName(n));
    inside.add(row.nid as number);
    return n;
  });
  const rels = (
    tenantId
      ? db
          .prepare(
            `SELECT type, src, dst FROM rels WHERE src IN (SELECT nid FROM nodes WHERE tenant_id = @t) OR dst IN (SELECT nid FROM nodes WHERE tenant_id = @t)`,
          )
          .all({ t: tenantId })
      : db.prepare('SELECT type, src, dst FROM rels').all()
  ) as { type: string; src: number; dst: number }[];
  // The other ends outside the tenant; an end whose row is gone (a dangling relationship) is named as such.
  const far = [...new Set(rels.flatMap((r) => [r.src, r.dst]))].filter((nid) => !names.has(nid));
  for (let i = 0; i < far.length; i += 10_000)
    for (const row of db.prepare('SELECT * FROM nodes WHERE nid IN (SELECT value FROM json_each(?))').all(JSON.stringify(far.slice(i, i + 10_000))) as Record<
      string,
      unknown
    >[])
      names.set(row.nid as number, nodeName(decode(row)));
  const name = (nid: number) => names.get(nid) ?? `(missing node ${nid})`;
  return {
    nodes,
    relationships: rels.map((r) => ({
      type: r.type,
      properties: {},
      src: name(r.src),
      dst: name(r.dst),
      // The whole store: every relationship counts, a dangling one too.
      srcInside: !tenantId || inside.has(r.src),
      dstInside: !tenantId || inside.has(r.dst),
    })),
  };
}

/** Neo4j: every node but the operation records, every relationship (with its properties). */
async function readNeo4j(store: Neo4jStore, tenantId?: string): Promise<{ nodes: RawNode[]; relationships: RawRelationship[] }> {
  const nodeResult = await store.read(
    `MATCH (n) WHERE NOT n:ScaleOperation ${tenantId ? 'AND n.tenant_id = $t' : ''} RETURN labels(n) AS labels, properties(n) AS properties`,
    { t: tenantId ?? null },
  );
  const nodes = nodeResult.records.map((r) => ({ labels: r.get('labels') as string[], properties: r.get('properties') as Properties }));
  // An end is sent whole only when it has no key: relationships to keyed nodes stay small.
  const end = (v: string) =>
    `labels(${v}) AS ${v}Labels, CASE WHEN ${v}:Region THEN coalesce(${v}.code, ${v}.id) ELSE ${v}.id END AS ${v}Key,
     CASE WHEN (CASE WHEN ${v}:Region THEN coalesce(${v}.code, ${v}.id) ELSE ${v}.id END) IS NULL THEN properties(${v}) END AS ${v}Properties,
     coalesce(${v}.tenant_id = $t, $t IS NULL) AS ${v}Inside`;
  const relResult = await store.read(
    `MATCH (a)-[r]->(b) WHERE NOT a:ScaleOperation AND NOT b:ScaleOperation ${tenantId ? 'AND (a.tenant_id = $t OR b.tenant_id = $t)' : ''}
     RETURN type(r) AS type, properties(r) AS properties, ${end('a')}, ${end('b')}`,
    { t: tenantId ?? null },
  );
  const named = (r: { get(k: string): unknown }, v: string) => {
    const labels = r.get(`${v}Labels`) as string[];
    const key = r.get(`${v}Key`);
    return nodeName({
      labels,
      properties: key === null ? (r.get(`${v}Properties`) as Properties) : { [labels.includes(LABEL.Region) ? 'code' : 'id']: key as string },
    });
  };
  return {
    nodes,
    relationships: relResult.records.map((r) => ({
      type: String(r.get('type')),
      properties: r.get('properties') as Properties,
      src: named(r, 'a'),
      dst: named(r, 'b'),
      srcInside: r.get('aInside') === true,
      dstInside: r.get('bInside') === true,
    })),
  };
}

async function readRaw(store: GraphStore, tenantId?: string) {
  return store instanceof SqliteStore ? readSqlite(store, tenantId) : readNeo4j(store as Neo4jStore, tenantId);
}

/**
 * A store-independent digest of a graph: every node (sorted labels, properties with null dropped)
 * and every relationship (type, properties, both ends by label and key, or by content for a node
 * without a key), as a multiset. With a tenant: that tenant's nodes and every relationship touching
 * one of them (those leaving it as `R`, those entering it as `I`, so one inside it counts twice).
 */
export async function canonicalHash(store: GraphStore, tenantId?: string): Promise<string> {
  const { nodes, relationships } = await readRaw(store, tenantId);
  const lines = nodes.map((n) => `N ${nodeText(n)}`);
  for (const r of relationships) {
    const props = sortedEntries(r.properties);
    const rel = `${r.src} -${r.type}${props.length ? ` ${JSON.stringify(props)}` : ''}-> ${r.dst}`;
    if (r.srcInside) lines.push(`R ${rel}`);
    if (tenantId && r.dstInside) lines.push(`I ${rel}`);
  }
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** How many nodes the store holds apart from operation records, keyed or not (to see that something happened at all). */
export async function nodeCount(store: GraphStore, tenantId?: string): Promise<number> {
  if (store instanceof SqliteStore)
    return store.database
      .prepare(`SELECT count(*) FROM nodes ${tenantId ? 'WHERE tenant_id = ?' : ''}`)
      .pluck()
      .get(...(tenantId ? [tenantId] : [])) as number;
  const result = await (store as Neo4jStore).read(`MATCH (n) WHERE NOT n:ScaleOperation ${tenantId ? 'AND n.tenant_id = $t' : ''} RETURN count(n) AS n`, {
    t: tenantId ?? null,
  });
  return Number(result.records[0]!.get('n'));
}
