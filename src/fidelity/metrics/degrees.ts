import { type CompactGraph, inDegree, outDegree } from '../compact-graph.js';

export interface DegreeArrays {
  readonly total: Uint32Array;
  readonly in: Uint32Array;
  readonly out: Uint32Array;
}

/** Per-node in, out and total degree (relationships counted with their multiplicity, directed). */
export function degreeArrays(graph: CompactGraph): DegreeArrays {
  const n = graph.nodeCount;
  const total = new Uint32Array(n);
  const inn = new Uint32Array(n);
  const out = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    inn[v] = inDegree(graph, v);
    out[v] = outDegree(graph, v);
    total[v] = inn[v]! + out[v]!;
  }
  return { total, in: inn, out };
}
