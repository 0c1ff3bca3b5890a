import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from '../../domain/errors.js';
import type { Properties } from '../../domain/graph.js';
import type { StoredNode } from '../../store/graph-store.js';
import type { GraphSlice, SliceRelationship } from '../graph-slice.js';

export const GRAPH_FORMAT_NAME = 'tenant-scale-graph';
export const GRAPH_FORMAT_VERSION = 1;

/** Properties with their keys sorted: the same node gives the same text from every store. */
export function sortedProperties(p: Properties): Properties {
  return Object.fromEntries(Object.keys(p).sort().map((k) => [k, p[k]!]));
}

const nodeLine = (n: StoredNode) => JSON.stringify({ labels: n.labels, properties: sortedProperties(n.properties) });
const relationshipLine = (r: SliceRelationship) => JSON.stringify({ type: r.type, src: { label: r.src.label, key: r.src.key }, dst: { label: r.dst.label, key: r.dst.key } });

/**
 * tenant-scale's own format: one JSON document, versioned, with one node or relationship per line
 * so that it can be written and read as a stream (a reader may parse line by line between the
 * `"nodes": [` and `"relationships": [` lines, or JSON.parse the whole file). The last key,
 * `sha256`, is the digest of the node and relationship lines (each without its separator, joined
 * by newlines): a reader tells a damaged file from a good one.
 */
export function* jsonLines(slice: GraphSlice, meta: Record<string, unknown>): Generator<string> {
  const hash = createHash('sha256');
  const header = { format: GRAPH_FORMAT_NAME, version: GRAPH_FORMAT_VERSION, tenantId: slice.tenantId, ...meta, counts: { nodes: slice.nodes.length, relationships: slice.relationships.length } };
  yield `${JSON.stringify(header).slice(0, -1)},\n"nodes": [\n`;
  for (let i = 0; i < slice.nodes.length; i++) {
    const line = nodeLine(slice.nodes[i]!);
    hash.update(line).update('\n');
    yield `${line}${i + 1 < slice.nodes.length ? ',' : ''}\n`;
  }
  yield '],\n"relationships": [\n';
  for (let i = 0; i < slice.relationships.length; i++) {
    const line = relationshipLine(slice.relationships[i]!);
    hash.update(line).update('\n');
    yield `${line}${i + 1 < slice.relationships.length ? ',' : ''}\n`;
  }
  yield `],\n"sha256": "${hash.digest('hex')}"}\n`;
}

/** A graph file read back: its header fields and its slice. */
export interface GraphDocument {
  readonly header: Readonly<Record<string, unknown>>;
  readonly slice: GraphSlice;
}

const damaged = (path: string, reason: string) => new UsageError(`${path} is not a usable tenant-scale graph file: ${reason}`, 'use the file tenant-scale wrote, unmodified (a damaged copy cannot be trusted)');

/**
 * Reads a file of the JSON format and checks it whole: format, version, counts and digest. Any
 * damage (a truncated file, an edited line, a flipped byte) is a UsageError naming the file.
 */
export function readGraphJson(path: string): GraphDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no file ${path}`, 'pass the path of an existing file');
    throw new UsageError(`cannot read ${path}: ${(err as Error).message}`, 'pass a readable file');
  }
  return readLines(path, text) ?? readWhole(path, text);
}

/**
 * The file as this tool writes it, line by line: the digest is taken over the very lines read (no
 * re-serialising), each element parsed on its own. Undefined when the file is not laid out that
 * way (e.g. re-indented by another tool): then it is read as one JSON document.
 */
function readLines(path: string, text: string): GraphDocument | undefined {
  const lines = text.split('\n');
  const nodesAt = lines.indexOf('"nodes": [');
  const relsAt = lines.indexOf('"relationships": [', nodesAt + 1);
  if (nodesAt !== 1 || relsAt < 0 || lines[relsAt - 1] !== '],') return undefined;
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(`${lines[0]!.replace(/,$/, '')}}`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  checkHeader(path, header);
  const end = lines.indexOf('],', relsAt + 1);
  const trailer = /^"sha256": "([0-9a-f]{64})"}$/.exec(lines[end + 1] ?? '');
  if (end < 0 || !trailer || lines.slice(end + 2).some((l) => l.trim() !== '')) throw damaged(path, 'it does not end the way tenant-scale ends it (truncated or edited)');
  const hash = createHash('sha256');
  const element = <T>(line: string, last: boolean): T => {
    const body = last ? line : line.endsWith(',') ? line.slice(0, -1) : '\u0000';
    hash.update(body).update('\n');
    try {
      return JSON.parse(body) as T;
    } catch {
      throw damaged(path, `line ${lines.indexOf(line) + 1} is not a node or relationship (truncated or edited)`);
    }
  };
  const nodes = lines.slice(nodesAt + 1, relsAt - 1).map((l, i, all) => element<StoredNode>(l, i === all.length - 1));
  const relationships = lines.slice(relsAt + 1, end).map((l, i, all) => element<SliceRelationship>(l, i === all.length - 1));
  if (trailer[1] !== hash.digest('hex')) throw damaged(path, 'its sha256 does not match its content');
  return finish(path, header, nodes, relationships);
}

function readWhole(path: string, text: string): GraphDocument {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw damaged(path, `not valid JSON (${(err as Error).message}); truncated or edited`);
  }
  if (doc === null || typeof doc !== 'object') throw damaged(path, 'not a JSON object');
  checkHeader(path, doc);
  const nodes = doc.nodes as StoredNode[];
  const relationships = doc.relationships as SliceRelationship[];
  if (!Array.isArray(nodes) || !Array.isArray(relationships)) throw damaged(path, 'nodes or relationships missing');
  const hash = createHash('sha256');
  try {
    for (const n of nodes) hash.update(nodeLine(n)).update('\n');
    for (const r of relationships) hash.update(relationshipLine(r)).update('\n');
  } catch {
    throw damaged(path, 'a node or relationship has the wrong shape');
  }
  if (doc.sha256 !== hash.digest('hex')) throw damaged(path, 'its sha256 does not match its content');
  const { nodes: _n, relationships: _r, sha256: _s, ...header } = doc;
  return finish(path, header, nodes, relationships);
}

function checkHeader(path: string, header: Record<string, unknown>): void {
  if (header.format !== GRAPH_FORMAT_NAME) throw damaged(path, `its format is not ${GRAPH_FORMAT_NAME}`);
  if (header.version !== GRAPH_FORMAT_VERSION) throw damaged(path, `version ${String(header.version)}, this tenant-scale reads version ${GRAPH_FORMAT_VERSION}`);
  if (typeof header.tenantId !== 'string') throw damaged(path, 'tenantId missing');
}

function finish(path: string, header: Record<string, unknown>, nodes: StoredNode[], relationships: SliceRelationship[]): GraphDocument {
  const counts = header.counts as { nodes?: number; relationships?: number } | undefined;
  if (counts?.nodes !== nodes.length || counts?.relationships !== relationships.length) {
    throw damaged(path, `its counts say ${counts?.nodes} nodes and ${counts?.relationships} relationships, it holds ${nodes.length} and ${relationships.length}`);
  }
  const shapeless = nodes.findIndex((n) => !Array.isArray(n?.labels) || typeof n?.properties !== 'object' || n.properties === null);
  if (shapeless >= 0) throw damaged(path, `node ${shapeless + 1} has no labels or properties`);
  const badRel = relationships.findIndex((r) => typeof r?.type !== 'string' || typeof r?.src?.key !== 'string' || typeof r?.dst?.key !== 'string');
  if (badRel >= 0) throw damaged(path, `relationship ${badRel + 1} has no type or ends`);
  return { header, slice: { tenantId: header.tenantId as string, nodes, relationships } };
}
