import type Database from 'better-sqlite3';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { keyPropertyOf, LABEL, REL } from '../src/domain/atg-schema.js';
import type { GraphChunk, NodeBatch, Properties, RelationshipBatch } from '../src/domain/graph.js';
import { refLabel, type SliceRelationship } from '../src/domain/graph-slice.js';
import { decodeNodeRow } from '../src/store/sqlite/sqlite-rows.js';
import { type Neo4jFloor, openNeo4jFloor } from './floor-neo4j.js';
import type { FloorTarget } from './floor-writer.js';

/** A node as the plain reads return it: its labels and properties. */
export interface PlainNode {
  readonly labels: readonly string[];
  readonly properties: Properties;
}

/** A relationship as the plain reads return it: its type, and each end's key label and key. */
export type PlainRelationship = SliceRelationship;

/** A relationship from a plain read's columns: type, then each end's labels and key. */
export const plainRelationship = (type: string, srcLabels: readonly string[], src: string, dstLabels: readonly string[], dst: string): PlainRelationship => ({
  type,
  src: { label: refLabel(srcLabels), key: src },
  dst: { label: refLabel(dstLabels), key: dst },
});

/** The label a node is keyed under, as the schema says (Region by `code`, the rest by `id`). */
export const keyLabel = (labels: readonly string[]) => refLabel(labels);

/** The nodes and relationships as one chunk: nodes by labels (the tenant's created, the rest merged on their key), relationships by type and key labels. */
export function chunkOf(nodes: readonly PlainNode[], relationships: readonly PlainRelationship[], tenantId: string): GraphChunk {
  const nodeBatches = new Map<string, NodeBatch & { rows: (Properties & { id: string })[] }>();
  for (const n of nodes) {
    const mode = n.properties.tenant_id === tenantId ? 'create' : 'merge';
    const labels = [keyLabel(n.labels), ...n.labels.filter((l) => l !== keyLabel(n.labels)).sort()];
    const group = `${mode}|${labels.join(':')}`;
    let batch = nodeBatches.get(group);
    if (!batch) nodeBatches.set(group, (batch = { mode, labels, rows: [] }));
    // Every row carries its key as `id` (a Region's `code`), as the writers take it.
    batch.rows.push({ ...n.properties, id: String(n.properties[keyPropertyOf(labels[0]!)]) });
  }
  const relBatches = new Map<string, RelationshipBatch & { rows: { src: string; dst: string }[] }>();
  for (const r of relationships) {
    const group = `${r.type}|${r.src.label}|${r.dst.label}`;
    let batch = relBatches.get(group);
    if (!batch) relBatches.set(group, (batch = { type: r.type, srcLabel: r.src.label, dstLabel: r.dst.label, rows: [] }));
    batch.rows.push({ src: r.src.key, dst: r.dst.key });
  }
  return { nodes: [...nodeBatches.values()], relationships: [...relBatches.values()], resources: 0 };
}

/** Keys per plain query (an IN list, or a json_each on SQLite); also the rows per chunk a streamed floor source gives. */
export const KEYS_PER_QUERY = 10_000;

/** The items in pages of `size` (a plain query's keys). */
export function* pagesOf<T>(items: readonly T[], size = KEYS_PER_QUERY): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The lines of a file, read with readSync in 1 MiB blocks and split by hand: memory holds a block
 * and the line being cut, whatever the file's size (a 10^6-resource file is longer than a string
 * may be). A line is any text between newlines; the last one need not end with one.
 */
export function* linesOf(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const block = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (;;) {
      const read = readSync(fd, block, 0, block.length, null);
      if (read === 0) break;
      const lines = (rest + decoder.write(block.subarray(0, read))).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Appends items to an open file, one JSON line each, in one write (a page of a plain read: never the whole file as one string). */
export function writeJsonLines(fd: number, items: readonly unknown[]): void {
  const bytes = Buffer.from(items.map((item) => `${JSON.stringify(item)}\n`).join(''), 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Plain reads and deletes by key (the D2, D3 and D4 floors), on the store's raw SQLite handle or a
 * Neo4j connection of the floor's own: one plain query per page of keys, nothing of our adapter.
 */
export interface PlainByKey {
  /** Nodes keyed under `label` (Resource: both layers) with these keys. */
  nodes(label: string, keys: readonly string[]): Promise<PlainNode[]>;
  /** The relationships leaving these nodes (keyed under `label`). */
  leaving(label: string, keys: readonly string[]): Promise<PlainRelationship[]>;
  /** The relationships entering these resources. */
  entering(keys: readonly string[]): Promise<PlainRelationship[]>;
  /** The Original twins (SCAN_SOURCE_NODE ends) of these resources. */
  twins(keys: readonly string[]): Promise<string[]>;
  /** Deletes these resources with their relationships; the count deleted. */
  deleteResources(keys: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

export async function plainByKey(target: FloorTarget): Promise<PlainByKey> {
  return target.kind === 'sqlite' ? sqliteByKey(target.db) : neo4jByKey(await openNeo4jFloor(target.uri));
}

/** SQLite's `labels` column (`:A:B:`) as a list. */
export const labelsOf = (column: string) => column.slice(1, -1).split(':');

/** Cypher's columns for one end of a relationship: its labels and its key (`id`, or a Region's `code`). */
export const endColumns = (v: string) => `labels(${v}), coalesce(${v}.id, ${v}.code)`;

function sqliteByKey(db: Database.Database): PlainByKey {
  const rels = 'SELECT r.type, s.labels, s.id, d.labels, d.id FROM rels r JOIN nodes s ON s.nid = r.src JOIN nodes d ON d.nid = r.dst';
  const relationship = ([type, srcLabels, src, dstLabels, dst]: [string, string, string, string, string]) =>
    plainRelationship(type, labelsOf(srcLabels), src, labelsOf(dstLabels), dst);
  const byPage = <T>(sql: string, keys: readonly string[], row: (r: never) => T, raw = true): T[] => {
    const statement = raw ? db.prepare(sql).raw() : db.prepare(sql);
    const out: T[] = [];
    for (const page of pagesOf(keys)) for (const r of statement.iterate(JSON.stringify(page))) out.push(row(r as never));
    return out;
  };
  return {
    nodes: async (label, keys) =>
      byPage(
        `SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND labels LIKE '%:${label}:%'`,
        keys,
        (r: Record<string, unknown>) => ({ labels: labelsOf(r.labels as string), properties: decodeNodeRow(r) }),
        false,
      ),
    leaving: async (_label, keys) => byPage(`${rels} WHERE s.id IN (SELECT value FROM json_each(?))`, keys, relationship),
    entering: async (keys) => byPage(`${rels} WHERE d.id IN (SELECT value FROM json_each(?))`, keys, relationship),
    twins: async (keys) =>
      byPage(
        `SELECT d.id FROM nodes s JOIN rels r ON r.src = s.nid AND r.type = '${REL.SCAN_SOURCE_NODE}' JOIN nodes d ON d.nid = r.dst WHERE s.id IN (SELECT value FROM json_each(?))`,
        keys,
        ([id]: [string]) => id,
      ),
    deleteResources: async (keys) => {
      let deleted = 0;
      db.transaction(() => {
        for (const page of pagesOf(keys)) {
          const list = JSON.stringify(page);
          const nids = 'SELECT nid FROM nodes WHERE id IN (SELECT value FROM json_each(?))';
          db.prepare(`DELETE FROM rels WHERE src IN (${nids})`).run(list);
          db.prepare(`DELETE FROM rels WHERE dst IN (${nids})`).run(list);
          deleted += db.prepare('DELETE FROM nodes WHERE id IN (SELECT value FROM json_each(?))').run(list).changes;
        }
      })();
      return deleted;
    },
    close: async () => {},
  };
}

function neo4jByKey(floor: Neo4jFloor): PlainByKey {
  const relationship = (r: { get(i: number): unknown }) =>
    plainRelationship(r.get(0) as string, r.get(1) as string[], r.get(2) as string, r.get(3) as string[], r.get(4) as string);
  const byPage = async <T>(cypher: string, keys: readonly string[], row: (r: { get(i: number): unknown }) => T): Promise<T[]> => {
    const out: T[] = [];
    for (const page of pagesOf(keys)) await floor.stream(cypher, { keys: page }, (r) => out.push(row(r)));
    return out;
  };
  const keyed = (label: string) => `n:\`${label}\`) WHERE n.\`${keyPropertyOf(label)}\` IN $keys`;
  return {
    nodes: (label, keys) =>
      byPage(`MATCH (${keyed(label)} RETURN labels(n), properties(n)`, keys, (r) => ({ labels: r.get(0) as string[], properties: r.get(1) as Properties })),
    leaving: (label, keys) => byPage(`MATCH (${keyed(label)} MATCH (n)-[r]->(m) RETURN type(r), ${endColumns('n')}, ${endColumns('m')}`, keys, relationship),
    entering: (keys) => byPage(`MATCH (${keyed(LABEL.Resource)} MATCH (m)-[r]->(n) RETURN type(r), ${endColumns('m')}, ${endColumns('n')}`, keys, relationship),
    twins: (keys) => byPage(`MATCH (${keyed(LABEL.Resource)} MATCH (n)-[:${REL.SCAN_SOURCE_NODE}]->(o) RETURN o.id`, keys, (r) => r.get(0) as string),
    deleteResources: async (keys) => {
      let deleted = 0;
      for (const page of pagesOf(keys))
        deleted += await floor.writeCounted('UNWIND $keys AS k MATCH (n:Resource {id: k}) DETACH DELETE n', { keys: page }, 'nodesDeleted');
      return deleted;
    },
    close: () => floor.close(),
  };
}
