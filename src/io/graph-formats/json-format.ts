import type { Properties } from '../../domain/graph.js';
import type { GraphSlice } from '../graph-slice.js';

export const GRAPH_FORMAT_NAME = 'tenant-scale-graph';
export const GRAPH_FORMAT_VERSION = 1;

/** Properties with their keys sorted: the same node gives the same text from every store. */
export function sortedProperties(p: Properties): Properties {
  return Object.fromEntries(Object.keys(p).sort().map((k) => [k, p[k]!]));
}

/**
 * tenant-scale's own format: one JSON document, versioned, with one node or relationship per line
 * so that it can be written and read as a stream (a reader may parse line by line between the
 * `"nodes": [` and `"relationships": [` lines, or JSON.parse the whole file).
 */
export function* jsonLines(slice: GraphSlice, meta: Record<string, unknown>): Generator<string> {
  const header = { format: GRAPH_FORMAT_NAME, version: GRAPH_FORMAT_VERSION, tenantId: slice.tenantId, ...meta, counts: { nodes: slice.nodes.length, relationships: slice.relationships.length } };
  yield `${JSON.stringify(header).slice(0, -1)},\n"nodes": [\n`;
  for (let i = 0; i < slice.nodes.length; i++) {
    const n = slice.nodes[i]!;
    yield `${JSON.stringify({ labels: n.labels, properties: sortedProperties(n.properties) })}${i + 1 < slice.nodes.length ? ',' : ''}\n`;
  }
  yield '],\n"relationships": [\n';
  for (let i = 0; i < slice.relationships.length; i++) {
    yield `${JSON.stringify(slice.relationships[i])}${i + 1 < slice.relationships.length ? ',' : ''}\n`;
  }
  yield ']}\n';
}
