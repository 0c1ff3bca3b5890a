import { stringify } from 'yaml';
import type { GraphSlice } from '../graph-slice.js';
import { GRAPH_FORMAT_NAME, GRAPH_FORMAT_VERSION, sortedProperties } from './json-format.js';

/** The same document as the JSON format, as YAML (the yaml library's writer). */
export function* yamlLines(slice: GraphSlice, meta: Record<string, unknown>): Generator<string> {
  yield stringify(
    {
      format: GRAPH_FORMAT_NAME,
      version: GRAPH_FORMAT_VERSION,
      tenantId: slice.tenantId,
      ...meta,
      counts: { nodes: slice.nodes.length, relationships: slice.relationships.length },
      nodes: slice.nodes.map((n) => ({ labels: n.labels, properties: sortedProperties(n.properties) })),
      relationships: slice.relationships,
    },
    { lineWidth: 0 },
  );
}
