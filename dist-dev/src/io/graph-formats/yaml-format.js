import { stringify } from 'yaml';
import { itemsOf } from '../graph-stream.js';
import { GRAPH_FORMAT_NAME, GRAPH_FORMAT_VERSION, sortedProperties } from './json-format.js';
const indented = (text) => text.replace(/^(?=.)/gm, '  ');
/**
 * The same document as the JSON format, as YAML (the yaml library's writer), streamed: the header
 * keys, then each node and relationship as one item of its block sequence.
 */
export async function* yamlLines(graph, meta) {
    yield stringify({ format: GRAPH_FORMAT_NAME, version: GRAPH_FORMAT_VERSION, tenantId: graph.tenantId, ...meta, counts: graph.counts }, { lineWidth: 0 });
    yield graph.counts.nodes ? 'nodes:\n' : 'nodes: []\n';
    for await (const page of graph.nodes())
        yield indented(stringify(page.map((n) => ({ labels: n.labels, properties: sortedProperties(n.properties) })), { lineWidth: 0 }));
    yield graph.counts.relationships ? 'relationships:\n' : 'relationships: []\n';
    for await (const r of itemsOf(graph.relationships()))
        yield indented(stringify([r], { lineWidth: 0 }));
}
//# sourceMappingURL=yaml-format.js.map