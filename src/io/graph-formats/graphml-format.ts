import type { PropertyValue } from '../../domain/graph.js';
import { refOf, type NodeRef } from '../../domain/graph-slice.js';
import type { GraphStream } from '../graph-stream.js';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

/** One GraphML type per property name over all nodes (a first pass): integers → long, other numbers → double; anything mixed or a list → string. */
async function propertyTypes(graph: GraphStream): Promise<Map<string, GraphmlType>> {
  const types = new Map<string, GraphmlType>();
  const typeOf = (v: PropertyValue): GraphmlType =>
    typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : 'string';
  for await (const page of graph.nodes()) {
    for (const n of page) {
      for (const [k, v] of Object.entries(n.properties)) {
        if (v === null) continue;
        const t = typeOf(v);
        const seen = types.get(k);
        types.set(k, seen === undefined || seen === t ? t : (seen === 'long' && t === 'double') || (seen === 'double' && t === 'long') ? 'double' : 'string');
      }
    }
  }
  return types;
}

const nodeId = (r: NodeRef) => `${r.label}:${r.key}`;

/**
 * GraphML (for Gephi, yEd, graphology): nodes keyed `Label:key` with `labels` and every property as
 * a typed data attribute (lists as JSON text), directed edges with `type`. Written with
 * xmlbuilder2's streaming builder, a page at a time (graphology-graphml only parses).
 */
export async function* graphmlLines(graph: GraphStream, meta: Record<string, unknown>): AsyncGenerator<string> {
  const types = await propertyTypes(graph);
  const keys = [...types.keys()].sort();
  let out: string[] = [];
  // Loaded here, not at the top: xmlbuilder2 (with its DOM and YAML readers) is a fifth of every CLI start otherwise.
  const { createCB } = await import('xmlbuilder2');
  const xml = createCB({ data: (text: string) => out.push(text), prettyPrint: true });
  const flush = () => {
    const text = out.join('');
    out = [];
    return text;
  };
  xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  xml.ele('key', { id: 'labels', for: 'node', 'attr.name': 'labels', 'attr.type': 'string' }).up();
  keys.forEach((k, i) => {
    xml.ele('key', { id: `p${i}`, for: 'node', 'attr.name': k, 'attr.type': types.get(k)! }).up();
  });
  xml.ele('key', { id: 'type', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' }).up();
  xml.ele('graph', { id: String(meta.name ?? graph.tenantId), edgedefault: 'directed' });
  for await (const page of graph.nodes()) {
    for (const n of page) {
      xml.ele('node', { id: nodeId(refOf(n)) });
      xml.ele('data', { key: 'labels' }).txt(n.labels.join(':')).up();
      keys.forEach((k, i) => {
        const v = n.properties[k];
        if (v === undefined || v === null) return;
        xml
          .ele('data', { key: `p${i}` })
          .txt(Array.isArray(v) || (types.get(k) === 'string' && typeof v !== 'string') ? JSON.stringify(v) : String(v))
          .up();
      });
      xml.up();
    }
    yield flush();
  }
  let edge = 0;
  for await (const page of graph.relationships()) {
    for (const r of page)
      xml
        .ele('edge', { id: `e${edge++}`, source: nodeId(r.src), target: nodeId(r.dst) })
        .ele('data', { key: 'type' })
        .txt(r.type)
        .up()
        .up();
    yield flush();
  }
  xml.up().up().end();
  yield flush();
  yield '\n';
}
