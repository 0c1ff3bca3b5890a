import { CompactGraphBuilder, type CompactGraph } from '../../src/fidelity/compact-graph.js';

/** A graph from `a>b` strings, every node of type T unless typed `id:type`. */
export function graphOf(nodes: string[], edges: string[]): CompactGraph {
  const b = new CompactGraphBuilder();
  for (const n of nodes) {
    const [id, type] = n.split(':');
    b.addNode(id!, type ?? 'T');
  }
  for (const e of edges) {
    const [src, rest] = e.split('>');
    const [dst, type] = rest!.split('/');
    b.addEdge(src!, type ?? 'USES', dst!);
  }
  return b.build();
}
