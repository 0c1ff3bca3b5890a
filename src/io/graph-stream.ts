import type { StoredNode } from '../store/graph-store.js';
import type { GraphSlice, SliceRelationship } from '../domain/graph-slice.js';

/**
 * A graph read in pages, as often as needed: what the file writers take and the importer reads,
 * whatever holds it — a slice in memory, a file, a tenant spooled from a store. Every node comes
 * before the relationships (a writer creates the ends first); each `nodes()` or `relationships()`
 * call reads from the start again, so memory holds one page, not the graph.
 */
export interface GraphStream {
  readonly tenantId: string;
  readonly counts: { readonly nodes: number; readonly relationships: number };
  nodes(): AsyncIterable<readonly StoredNode[]>;
  relationships(): AsyncIterable<readonly SliceRelationship[]>;
}

/** Items per page of a stream: the by-key store reads take 5,000 keys at a time. */
export const STREAM_PAGE = 5_000;

async function* pages<T>(items: readonly T[], size: number): AsyncGenerator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A slice in memory as a stream. */
export function sliceStream(slice: GraphSlice): GraphStream {
  return {
    tenantId: slice.tenantId,
    counts: { nodes: slice.nodes.length, relationships: slice.relationships.length },
    nodes: () => pages(slice.nodes, STREAM_PAGE),
    relationships: () => pages(slice.relationships, STREAM_PAGE),
  };
}

/** A whole stream in memory (for what needs the whole graph at once: rewriting a tenant's ids). */
export async function readWhole(stream: GraphStream): Promise<GraphSlice> {
  const nodes: StoredNode[] = [];
  const relationships: SliceRelationship[] = [];
  for await (const page of stream.nodes()) nodes.push(...page);
  for await (const page of stream.relationships()) relationships.push(...page);
  return { tenantId: stream.tenantId, nodes, relationships };
}

/** The items of a stream of pages, one by one. */
export async function* itemsOf<T>(source: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const page of source) yield* page;
}
