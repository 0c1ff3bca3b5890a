import { createHash } from 'node:crypto';
import { UsageError } from '../../domain/errors.js';
import { readInputHead } from '../input-file.js';
import type { StoredNode } from '../../store/graph-store.js';
import type { SliceRelationship } from '../../domain/graph-slice.js';
import { STREAM_PAGE, sliceStream, type GraphStream } from '../graph-stream.js';
import { linesOf } from '../graph-spool.js';
import { damaged, GRAPH_FORMAT_NAME, GRAPH_FORMAT_VERSION, readGraphJson, shapeProblem } from './json-format.js';

/** A graph file opened for streaming: its header fields, its graph (read from the file on each pass) and whether its digest matched. */
export interface OpenedGraphFile {
  readonly header: Readonly<Record<string, unknown>>;
  readonly graph: GraphStream;
  readonly verified: boolean;
}

const NODES = '"nodes": [';
const BETWEEN = '],';
const RELATIONSHIPS = '"relationships": [';
const DIGEST = /^"sha256": "([0-9a-f]{64})"}$/;

/** The first line of a file, read without reading the rest (a header line is short; 64 kB is plenty). */
function firstLine(path: string): string {
  const text = readInputHead(path, 65_536);
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

const item = <T>(line: string, last: boolean): T => JSON.parse(last ? line : line.slice(0, -1)) as T;

/** The items of one section, parsed, in pages; `skipTo` is the line that opens it. */
async function* sectionPages<T>(path: string, opener: string): AsyncGenerator<readonly T[]> {
  let inside = false;
  let pending: string | undefined;
  let page: T[] = [];
  for await (const line of linesOf(path)) {
    if (!inside) {
      inside = line === opener;
      continue;
    }
    if (line === BETWEEN) break;
    if (pending !== undefined) page.push(item<T>(pending, false));
    pending = line;
    if (page.length >= STREAM_PAGE) {
      yield page;
      page = [];
    }
  }
  if (pending !== undefined) page.push(item<T>(pending, true));
  if (page.length) yield page;
}

/**
 * Opens a file of the JSON format for streaming and checks it whole in one pass, holding one line
 * at a time: format, version, layout, every item's shape, the counts and the digest (`requireDigest`:
 * it must have one). The graph it returns reads the file again on each pass. A file that is valid
 * JSON but not laid out one item per line (pretty-printed by another tool) is read whole instead.
 */
export async function openGraphJson(path: string, options: { requireDigest?: boolean } = {}): Promise<OpenedGraphFile> {
  const first = firstLine(path);
  if (!first.startsWith(`{"format":"${GRAPH_FORMAT_NAME}"`) || !first.endsWith(',')) {
    const doc = readGraphJson(path, options);
    return { header: doc.header, graph: sliceStream(doc.slice), verified: doc.verified };
  }
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(`${first.slice(0, -1)}}`) as Record<string, unknown>;
  } catch (err) {
    throw damaged(path, `its first line is not a header (${(err as Error).message})`);
  }
  if (header.version !== GRAPH_FORMAT_VERSION)
    throw damaged(path, `version ${String(header.version)}, this tenant-scale reads version ${GRAPH_FORMAT_VERSION}`);
  if (typeof header.tenantId !== 'string') throw damaged(path, 'tenantId missing');

  const hash = createHash('sha256');
  let section: 'start' | 'nodes' | 'between' | 'relationships' | 'end' | 'digest' = 'start';
  let digest: string | undefined;
  let nodes = 0;
  let relationships = 0;
  let previous: string | undefined;
  let lineNumber = 1;
  const close = (what: 'nodes' | 'relationships') => {
    if (previous === undefined) return;
    const parsed = item<Record<string, unknown>>(previous, true);
    const problem = shapeProblem(what, parsed);
    if (problem) throw damaged(path, `${what}[${what === 'nodes' ? nodes - 1 : relationships - 1}] ${problem}`);
    previous = undefined;
  };
  try {
    let skipped = false;
    for await (const line of linesOf(path)) {
      if (!skipped) {
        skipped = true;
        continue;
      }
      lineNumber++;
      if (section !== 'digest' && section !== 'end') hash.update(`${line}\n`);
      if (section === 'start') {
        if (line !== NODES) throw damaged(path, `line ${lineNumber} should open the nodes`);
        section = 'nodes';
      } else if (section === 'nodes' || section === 'relationships') {
        if (line === BETWEEN) {
          close(section);
          section = section === 'nodes' ? 'between' : 'end';
          continue;
        }
        if (previous !== undefined) {
          if (!previous.endsWith(',')) throw damaged(path, `line ${lineNumber - 1} lacks its comma; not valid JSON, truncated or edited`);
          const parsed = item<Record<string, unknown>>(previous, false);
          const problem = shapeProblem(section, parsed);
          if (problem) throw damaged(path, `${section}[${section === 'nodes' ? nodes - 1 : relationships - 1}] ${problem}`);
        }
        previous = line;
        if (section === 'nodes') nodes++;
        else relationships++;
      } else if (section === 'between') {
        if (line !== RELATIONSHIPS) throw damaged(path, `line ${lineNumber} should open the relationships`);
        section = 'relationships';
      } else if (section === 'end') {
        const match = DIGEST.exec(line);
        if (!match && !options.requireDigest) {
          // Files written before digests end without one: read whole, as they always were.
          const doc = readGraphJson(path, options);
          return { header: doc.header, graph: sliceStream(doc.slice), verified: doc.verified };
        }
        if (!match) throw damaged(path, `line ${lineNumber} should hold the sha256`);
        digest = match[1];
        section = 'digest';
      } else if (line !== '') {
        throw damaged(path, `text after the end of the document (line ${lineNumber})`);
      }
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw damaged(path, `not valid JSON (${(err as Error).message}); truncated or edited`);
  }
  if (section !== 'digest') throw damaged(path, 'not valid JSON: it ends early; truncated');
  const counts = header.counts as { nodes?: number; relationships?: number } | undefined;
  if (counts?.nodes !== nodes || counts?.relationships !== relationships) {
    throw damaged(path, `its counts say ${counts?.nodes} nodes and ${counts?.relationships} relationships, it holds ${nodes} and ${relationships}`);
  }
  if (hash.digest('hex') !== digest) throw damaged(path, 'its sha256 does not match its content');
  const graph: GraphStream = {
    tenantId: header.tenantId,
    counts: { nodes, relationships },
    nodes: () => sectionPages<StoredNode>(path, NODES),
    relationships: () => sectionPages<SliceRelationship>(path, RELATIONSHIPS),
  };
  return { header, graph, verified: true };
}
