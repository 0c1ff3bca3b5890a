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

/** A page as spools take it: nodes and relationships, in any interleaving with other pages. */
export interface GraphPage {
  readonly nodes: readonly StoredNode[];
  readonly relationships: readonly SliceRelationship[];
}

/**
 * A spool pages are pushed into (see spoolGraph, which pulls them): `finish` gives the graph back
 * as a stream whose nodes all come before its relationships; `discard` drops it. Either removes
 * the folder when the graph is disposed, or when the process exits.
 */
export class GraphSpool {
  private readonly dir: string;
  private readonly dispose: () => void;
  private readonly nodesFile: string;
  private readonly relationshipsFile: string;
  private readonly nodesOut: WriteStream;
  private readonly relsOut: WriteStream;
  private nodes = 0;
  private relationships = 0;

  constructor(private readonly tenantId: string) {
    ({ dir: this.dir, dispose: this.dispose } = processTempDir(SPOOL_PREFIX));
    this.nodesFile = join(this.dir, 'nodes.jsonl');
    this.relationshipsFile = join(this.dir, 'relationships.jsonl');
    this.nodesOut = createWriteStream(this.nodesFile, { encoding: 'utf8' });
    this.relsOut = createWriteStream(this.relationshipsFile, { encoding: 'utf8' });
  }

  get counts(): { readonly nodes: number; readonly relationships: number } {
    return { nodes: this.nodes, relationships: this.relationships };
  }

  async add(page: GraphPage): Promise<void> {
    if (page.nodes.length) await write(this.nodesOut, page.nodes.map((n) => `${nodeLine(n)}\n`).join(''));
    if (page.relationships.length) await write(this.relsOut, page.relationships.map((r) => `${relationshipLine(r)}\n`).join(''));
    this.nodes += page.nodes.length;
    this.relationships += page.relationships.length;
  }

  async finish(): Promise<SpooledGraph> {
    await close(this.nodesOut);
    await close(this.relsOut);
    const { nodesFile, relationshipsFile } = this;
    return {
      tenantId: this.tenantId,
      counts: this.counts,
      nodes: () => parsedPages<StoredNode>(nodesFile),
      relationships: () => parsedPages<SliceRelationship>(relationshipsFile),
      dispose: this.dispose,
    };
  }

  discard(): void {
    this.nodesOut.destroy();
    this.relsOut.destroy();
    this.dispose();
  }
}

/**
 * Spools pages of nodes and relationships (in any interleaving: a walk yields a page's
 * relationships before the nodes of later pages) into a GraphStream whose nodes all come before its
 * relationships, holding one page in memory. Lines are the JSON format's own, so the JSON writer
 * copies them as they are.
 */
export async function spoolGraph(
  tenantId: string,
  source: AsyncIterable<GraphPage>,
  onPage?: (spooled: { readonly nodes: number; readonly relationships: number }) => void,
): Promise<SpooledGraph> {
  const spool = new GraphSpool(tenantId);
  try {
    for await (const page of source) {
      await spool.add(page);
      onPage?.(spool.counts);
    }
    return await spool.finish();
  } catch (err) {
    spool.discard();
    throw err;
  }
}
