import { readInputFile } from '../input-file.js';
import { createHash } from 'node:crypto';
import { UsageError } from '../../domain/errors.js';
import type { Properties } from '../../domain/graph.js';
import type { StoredNode } from '../../store/graph-store.js';
import type { GraphSlice, SliceRelationship } from '../../domain/graph-slice.js';
import type { GraphStream } from '../graph-stream.js';

export const GRAPH_FORMAT_NAME = 'tenant-scale-graph';
export const GRAPH_FORMAT_VERSION = 1;

/** Properties with their keys sorted: the same node gives the same text from every store. */
export function sortedProperties(p: Properties): Properties {
  return Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k]!]),
  );
}

/** A node as one line of the format (properties sorted: the same node gives the same text from every store). */
export const nodeLine = (n: StoredNode): string => JSON.stringify({ labels: n.labels, properties: sortedProperties(n.properties) });
export const relationshipLine = (r: SliceRelationship): string =>
  JSON.stringify({ type: r.type, src: { label: r.src.label, key: r.src.key }, dst: { label: r.dst.label, key: r.dst.key } });

/** Lines with a comma after each but the last (a one-item look-ahead: the stream's length is not needed). */
async function* commaSeparated<T>(items: AsyncIterable<readonly T[]>, line: (item: T) => string): AsyncGenerator<string> {
  let previous: string | undefined;
  for await (const page of items) {
    const out: string[] = [];
    for (const item of page) {
      if (previous !== undefined) out.push(`${previous},\n`);
      previous = line(item);
    }
    if (out.length) yield out.join('');
  }
  if (previous !== undefined) yield `${previous}\n`;
}

/**
 * tenant-scale's own format: one JSON document, versioned, with one node or relationship per line
 * so that it can be written and read as a stream (a reader may parse line by line between the
 * `"nodes": [` and `"relationships": [` lines, or JSON.parse the whole file). The last key,
 * `sha256`, is the digest of the text from the `"nodes"` key up to that key (every byte after the
 * first line and before `"sha256"`): a reader tells a damaged file from a good one with one hash
 * over the text it read.
 */
export async function* jsonLines(graph: GraphStream, meta: Record<string, unknown>): AsyncGenerator<string> {
  const hash = createHash('sha256');
  const body = (text: string) => {
    hash.update(text);
    return text;
  };
  const header = { format: GRAPH_FORMAT_NAME, version: GRAPH_FORMAT_VERSION, tenantId: graph.tenantId, ...meta, counts: graph.counts };
  yield `${JSON.stringify(header).slice(0, -1)},\n`;
  yield body('"nodes": [\n');
  for await (const text of commaSeparated(graph.nodes(), nodeLine)) yield body(text);
  yield body('],\n"relationships": [\n');
  for await (const text of commaSeparated(graph.relationships(), relationshipLine)) yield body(text);
  yield body('],\n');
  yield `"sha256": "${hash.digest('hex')}"}\n`;
}

/**
 * Labels and relationship types are plain names, as ATG writes them: SQLite keeps a node's labels
 * as `:A:B:`, so a label holding `:` would come back as other labels (`x:Original` as Original).
 */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const notPlain = (names: readonly string[]) => names.find((n) => !PLAIN_NAME.test(n));
const quoted = (name: string) => JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);

/**
 * Values the stores index (keys, tenant, type, operation markers) are capped: a Neo4j index entry
 * holds at most ~8 kB, and a longer value fails the write half-way instead of being refused first.
 */
export const MAX_INDEXED_VALUE_BYTES = 4096;
const INDEXED_PROPERTIES = ['id', 'code', 'tenant_id', 'type', 'scale_operation_id', 'template_source_id'] as const;
const tooLong = (value: unknown): value is string =>
  typeof value === 'string' && value.length * 3 > MAX_INDEXED_VALUE_BYTES && Buffer.byteLength(value) > MAX_INDEXED_VALUE_BYTES;
const tooLongProblem = (what: string, value: string) =>
  `has ${what} ${quoted(value)} of ${Buffer.byteLength(value)} bytes, above ${MAX_INDEXED_VALUE_BYTES} (the stores index it)`;

/** Property names Neo4j refuses as tokens (SQLite would keep them, and a copy to Neo4j would fail). */
const badPropertyName = (properties: object) => Object.keys(properties).find((k) => k === '' || k.includes('\u0000'));

/** What is wrong with a node's property names and indexed values, if anything. */
function propertyProblem(properties: Record<string, unknown>): string | undefined {
  const name = badPropertyName(properties);
  if (name !== undefined) return `has a property named ${quoted(name)}: a property name cannot be empty or hold NUL`;
  const long = INDEXED_PROPERTIES.find((k) => tooLong(properties[k]));
  return long === undefined ? undefined : tooLongProblem(long, properties[long] as string);
}

/** What is wrong with the shape of an item of a section, if anything. */
export function shapeProblem(section: 'nodes' | 'relationships', item: unknown): string | undefined {
  const o = item as {
    labels?: unknown;
    properties?: unknown;
    type?: unknown;
    src?: { label?: unknown; key?: unknown };
    dst?: { label?: unknown; key?: unknown };
  } | null;
  if (section === 'nodes') {
    const ok =
      o !== null &&
      typeof o === 'object' &&
      Array.isArray(o.labels) &&
      o.labels.every((l) => typeof l === 'string') &&
      typeof o.properties === 'object' &&
      o.properties !== null &&
      !Array.isArray(o.properties);
    if (!ok) return 'has no labels or properties';
    const bad = notPlain(o.labels as string[]);
    if (bad !== undefined) return `has the label ${quoted(bad)}, not a plain name (letters, digits, _)`;
    return propertyProblem(o.properties as Record<string, unknown>);
  }
  const ok =
    o !== null &&
    typeof o === 'object' &&
    typeof o.type === 'string' &&
    typeof o.src?.key === 'string' &&
    typeof o.dst?.key === 'string' &&
    typeof o.src?.label === 'string' &&
    typeof o.dst?.label === 'string';
  if (!ok) return 'has no type or ends';
  const bad = notPlain([o.type as string, o.src!.label as string, o.dst!.label as string]);
  if (bad !== undefined) return `names ${quoted(bad)}, not a plain name (letters, digits, _)`;
  const long = [o.src!.key, o.dst!.key].find(tooLong);
  return long === undefined ? undefined : tooLongProblem('an end', long);
}

/** A graph file read back: its header fields and its slice. */
export interface GraphDocument {
  readonly header: Readonly<Record<string, unknown>>;
  readonly slice: GraphSlice;
  /** The file carried a digest and it matched (files written before digests carry none). */
  readonly verified: boolean;
}

export const damaged = (path: string, reason: string): UsageError =>
  new UsageError(
    `${path} is not a usable tenant-scale graph file: ${reason}`,
    'use the file tenant-scale wrote, unmodified (a damaged copy cannot be trusted)',
  );

/**
 * Reads a file of the JSON format and checks it whole: format, version, counts, shapes and the
 * digest when the file has one (`requireDigest`: it must). Any damage — a truncated file, an
 * edited line, a flipped byte — is a UsageError naming the file and what is wrong.
 */
export function readGraphJson(path: string, options: { requireDigest?: boolean } = {}): GraphDocument {
  const text = readInputFile(path);
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw damaged(path, `not valid JSON (${(err as Error).message}); truncated or edited`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw damaged(path, 'not a JSON object');
  if (doc.format !== GRAPH_FORMAT_NAME) throw damaged(path, `its format is not ${GRAPH_FORMAT_NAME}`);
  if (doc.version !== GRAPH_FORMAT_VERSION) throw damaged(path, `version ${String(doc.version)}, this tenant-scale reads version ${GRAPH_FORMAT_VERSION}`);
  if (typeof doc.tenantId !== 'string') throw damaged(path, 'tenantId missing');
  let verified = false;
  if (typeof doc.sha256 === 'string') {
    const start = text.indexOf('\n') + 1;
    const end = text.lastIndexOf('"sha256": "');
    if (start <= 0 || end < start || createHash('sha256').update(text.slice(start, end)).digest('hex') !== doc.sha256)
      throw damaged(path, 'its sha256 does not match its content');
    verified = true;
  } else if (options.requireDigest) {
    throw damaged(path, 'it carries no sha256');
  }
  const { nodes, relationships, sha256: _s, ...header } = doc as Record<string, unknown> & { nodes: StoredNode[]; relationships: SliceRelationship[] };
  if (!Array.isArray(nodes) || !Array.isArray(relationships)) throw damaged(path, 'nodes or relationships missing');
  const counts = header.counts as { nodes?: number; relationships?: number } | undefined;
  if (counts?.nodes !== nodes.length || counts?.relationships !== relationships.length) {
    throw damaged(
      path,
      `its counts say ${counts?.nodes} nodes and ${counts?.relationships} relationships, it holds ${nodes.length} and ${relationships.length}`,
    );
  }
  for (const [section, items] of [
    ['nodes', nodes],
    ['relationships', relationships],
  ] as const) {
    for (let i = 0; i < items.length; i++) {
      const problem = shapeProblem(section, items[i]);
      if (problem) throw damaged(path, `${section}[${i}] ${problem}`);
    }
  }
  return { header, slice: { tenantId: doc.tenantId, nodes, relationships }, verified };
}
