import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { StoredNode } from '../store/graph-store.js';
import type { SliceRelationship } from '../domain/graph-slice.js';
import { STREAM_PAGE, type GraphStream } from './graph-stream.js';
import { nodeLine, relationshipLine } from './graph-formats/json-format.js';
import { processTempDir, SPOOL_PREFIX } from './temp-files.js';

/** The lines of a text file, read as a stream (no line is held after it is handed out). */
export async function* linesOf(path: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
  }
}

async function* parsedPages<T>(path: string): AsyncGenerator<readonly T[]> {
  let page: T[] = [];
  for await (const line of linesOf(path)) {
    if (line === '') continue;
    page.push(JSON.parse(line) as T);
    if (page.length >= STREAM_PAGE) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function close(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/**
 * A graph spooled to two JSON-lines files in a private folder under the system's temporary folder
 * (TMPDIR; it needs about the size of a json export of the graph): a stream read from disk, removed
 * by `dispose`, or when the process exits; one a killed process left is removed by the next spool.
 */
export interface SpooledGraph extends GraphStream {
  dispose(): void;
}

/**
 * Spools pages of nodes and relationships (in any interleaving: a walk yields a page's
 * relationships before the nodes of later pages) into a GraphStream whose nodes all come before its
 * relationships, holding one page in memory. Lines are the JSON format's own, so the JSON writer
 * copies them as they are.
 */
export async function spoolGraph(
  tenantId: string,
  source: AsyncIterable<{ readonly nodes: readonly StoredNode[]; readonly relationships: readonly SliceRelationship[] }>,
  onPage?: (spooled: { readonly nodes: number; readonly relationships: number }) => void,
): Promise<SpooledGraph> {
  const { dir, dispose } = processTempDir(SPOOL_PREFIX);
  const nodesFile = join(dir, 'nodes.jsonl');
  const relationshipsFile = join(dir, 'relationships.jsonl');
  const nodesOut = createWriteStream(nodesFile, { encoding: 'utf8' });
  const relsOut = createWriteStream(relationshipsFile, { encoding: 'utf8' });
  let nodes = 0;
  let relationships = 0;
  try {
    for await (const page of source) {
      if (page.nodes.length) await write(nodesOut, page.nodes.map((n) => `${nodeLine(n)}\n`).join(''));
      if (page.relationships.length) await write(relsOut, page.relationships.map((r) => `${relationshipLine(r)}\n`).join(''));
      nodes += page.nodes.length;
      relationships += page.relationships.length;
      onPage?.({ nodes, relationships });
    }
    await close(nodesOut);
    await close(relsOut);
  } catch (err) {
    nodesOut.destroy();
    relsOut.destroy();
    dispose();
    throw err;
  }
  return {
    tenantId,
    counts: { nodes, relationships },
    nodes: () => parsedPages<StoredNode>(nodesFile),
    relationships: () => parsedPages<SliceRelationship>(relationshipsFile),
    dispose,
  };
}
