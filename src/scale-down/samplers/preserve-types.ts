import { type CompactGraph, outDegree, sourceOfEdge } from '../../fidelity/compact-graph.js';

/**
 * --preserve-types: adds the fewest nodes (greedily) so that every resource type and every
 * relationship type of the graph appears in the sample's induced subgraph. A missing relationship
 * type takes one of its edges with an end already sampled when there is one (1 node), else any
 * (2 nodes), preferring ends whose resource type is missing too; each resource type still missing
 * then takes one node, preferring a neighbour of the sample (so it stays attached). Deterministic:
 * candidates are scanned in node order. Returns the sample with the added nodes at its end.
 */
export function preserveTypes(graph: CompactGraph, sampled: Uint32Array): Uint32Array {
  const inSample = new Uint8Array(graph.nodeCount);
  for (const v of sampled) inSample[v] = 1;
  const added: number[] = [];
  const take = (v: number) => {
    if (inSample[v]) return;
    inSample[v] = 1;
    added.push(v);
  };
  const typeSeen = new Uint8Array(graph.types.length);
  for (const v of sampled) typeSeen[graph.typeOf[v]!] = 1;
  const relSeen = new Uint8Array(graph.relTypes.length);
  const markEdgesOf = (v: number) => {
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) if (inSample[graph.outTargets[e]!]) relSeen[graph.outRelTypes[e]!] = 1;
    for (let e = graph.inOffsets[v]!; e < graph.inOffsets[v + 1]!; e++) if (inSample[graph.inSources[e]!]) relSeen[graph.inRelTypes[e]!] = 1;
  };
  for (const v of sampled) markEdgesOf(v);

  for (let rel = 0; rel < graph.relTypes.length; rel++) {
    if (relSeen[rel]) continue;
    // Score each edge of this type by the nodes it adds (fewer is better) and the missing types it covers.
    let best = -1;
    let bestScore = Infinity;
    for (let v = 0; v < graph.nodeCount && bestScore > 0; v++) {
      for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v]! + outDegree(graph, v); e++) {
        if (graph.outRelTypes[e] !== rel) continue;
        const w = graph.outTargets[e]!;
        const cost =
          (inSample[v] ? 0 : 2) +
          (inSample[w] ? 0 : 2) -
          (inSample[v] || typeSeen[graph.typeOf[v]!] ? 0 : 1) -
          (inSample[w] || typeSeen[graph.typeOf[w]!] ? 0 : 1);
        if (cost < bestScore) {
          bestScore = cost;
          best = e;
        }
      }
    }
    if (best < 0) continue;
    const src = sourceOfEdge(graph, best);
    for (const v of [src, graph.outTargets[best]!]) {
      if (inSample[v]) continue;
      take(v);
      typeSeen[graph.typeOf[v]!] = 1;
      markEdgesOf(v);
    }
  }

  for (let type = 0; type < graph.types.length; type++) {
    if (typeSeen[type]) continue;
    let pick = -1;
    for (let v = 0; v < graph.nodeCount; v++) {
      if (graph.typeOf[v] !== type) continue;
      if (pick < 0) pick = v;
      if (touchesSample(graph, inSample, v)) {
        pick = v;
        break;
      }
    }
    if (pick < 0) continue;
    take(pick);
    typeSeen[type] = 1;
    markEdgesOf(pick);
  }
  if (added.length === 0) return sampled;
  const out = new Uint32Array(sampled.length + added.length);
  out.set(sampled);
  out.set(added, sampled.length);
  return out;
}

function touchesSample(graph: CompactGraph, inSample: Uint8Array, v: number): boolean {
  for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) if (inSample[graph.outTargets[e]!]) return true;
  for (let e = graph.inOffsets[v]!; e < graph.inOffsets[v + 1]!; e++) if (inSample[graph.inSources[e]!]) return true;
  return false;
}
