import { CompactGraphBuilder, type CompactGraph } from './compact-graph.js';

/** The subgraph induced by `nodes` (every relationship of the graph between two of them), its nodes in the order given. */
export function inducedSubgraph(graph: CompactGraph, nodes: Uint32Array): CompactGraph {
  const builder = new CompactGraphBuilder();
  for (const v of nodes) builder.addNode(graph.ids[v]!, graph.types[graph.typeOf[v]!]!);
  for (const v of nodes) {
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) {
      const w = graph.outTargets[e]!;
      if (builder.has(graph.ids[w]!)) builder.addEdge(graph.ids[v]!, graph.relTypes[graph.outRelTypes[e]!]!, graph.ids[w]!);
    }
  }
  return builder.build();
}
