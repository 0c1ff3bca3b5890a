import { create } from 'xmlbuilder2';
import type { PropertyValue } from '../../domain/graph.js';
import { refOf, type GraphSlice, type NodeRef } from '../graph-slice.js';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

/** One GraphML type per property name over all nodes: integers → long, other numbers → double; anything mixed or a list → string. */
function propertyTypes(slice: GraphSlice): Map<string, GraphmlType> {
  const types = new Map<string, GraphmlType>();
  const typeOf = (v: PropertyValue): GraphmlType => (typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : 'string');
  for (const n of slice.nodes) {
    for (const [k, v] of Object.entries(n.properties)) {
      if (v === null) continue;
      const t = typeOf(v);
      const seen = types.get(k);
      types.set(k, seen === undefined || seen === t ? t : (seen === 'long' && t === 'double') || (seen === 'double' && t === 'long') ? 'double' : 'string');
    }
  }
  return types;
}

const nodeId = (r: NodeRef) => `${r.label}:${r.key}`;

/**
 * GraphML (for Gephi, yEd, graphology): nodes keyed `Label:key` with `labels` and every property as
 * a typed data attribute (lists as JSON text), directed edges with `type`. Written with xmlbuilder2
 * (graphology-graphml only parses).
 */
export function* graphmlLines(slice: GraphSlice, meta: Record<string, unknown>): Generator<string> {
  const types = propertyTypes(slice);
  const keys = [...types.keys()].sort();
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  doc.ele('key', { id: 'labels', for: 'node', 'attr.name': 'labels', 'attr.type': 'string' }).up();
  keys.forEach((k, i) => doc.ele('key', { id: `p${i}`, for: 'node', 'attr.name': k, 'attr.type': types.get(k)! }).up());
  doc.ele('key', { id: 'type', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' }).up();
  const graph = doc.ele('graph', { id: String(meta.name ?? slice.tenantId), edgedefault: 'directed' });
  for (const n of slice.nodes) {
    const node = graph.ele('node', { id: nodeId(refOf(n)) });
    node.ele('data', { key: 'labels' }).txt(n.labels.join(':')).up();
    keys.forEach((k, i) => {
      const v = n.properties[k];
      if (v === undefined || v === null) return;
      node.ele('data', { key: `p${i}` }).txt(Array.isArray(v) || (types.get(k) === 'string' && typeof v !== 'string') ? JSON.stringify(v) : String(v)).up();
    });
  }
  slice.relationships.forEach((r, i) => {
    graph.ele('edge', { id: `e${i}`, source: nodeId(r.src), target: nodeId(r.dst) }).ele('data', { key: 'type' }).txt(r.type).up().up();
  });
  yield doc.end({ prettyPrint: true });
  yield '\n';
}
