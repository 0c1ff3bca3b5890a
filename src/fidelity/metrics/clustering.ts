import type { CompactGraph } from '../compact-graph.js';

/**
 * Local clustering coefficient of every node, the graph taken as undirected and simple (directions,
 * multi-edges and self-loops dropped): C(v) = 2·T(v) / (d(v)·(d(v) − 1)), T(v) the triangles
 * through v, d(v) its distinct neighbours; 0 when d(v) < 2.
 *
 * Triangles by the forward algorithm (Schank & Wagner 2005): orient each edge from lower to higher
 * (degree, index) rank, and for each node intersect its forward neighbours with theirs, through a
 * mark array. O(m^1.5) at worst, and hubs cost little because they have few higher-ranked
 * neighbours. Written here because no maintained package computes local clustering over typed arrays.
 */
export function localClustering(graph: CompactGraph): Float64Array {
  const { offsets, neighbours } = simpleUndirected(graph);
  const n = graph.nodeCount;
  const deg = (v: number) => offsets[v + 1]! - offsets[v]!;
  const ranksBefore = (a: number, b: number) => deg(a) < deg(b) || (deg(a) === deg(b) && a < b);
  // Forward adjacency: each node's neighbours of higher rank.
  const fwdOffsets = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let k = 0;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) if (ranksBefore(v, neighbours[i]!)) k++;
    fwdOffsets[v + 1] = fwdOffsets[v]! + k;
  }
  const fwd = new Uint32Array(fwdOffsets[n]!);
  for (let v = 0, at = 0; v < n; v++) for (let i = offsets[v]!; i < offsets[v + 1]!; i++) if (ranksBefore(v, neighbours[i]!)) fwd[at++] = neighbours[i]!;

  const triangles = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (let i = fwdOffsets[v]!; i < fwdOffsets[v + 1]!; i++) mark[fwd[i]!] = v;
    for (let i = fwdOffsets[v]!; i < fwdOffsets[v + 1]!; i++) {
      const u = fwd[i]!;
      for (let j = fwdOffsets[u]!; j < fwdOffsets[u + 1]!; j++) {
        const w = fwd[j]!;
        if (mark[w] === v) {
          triangles[v]!++;
          triangles[u]!++;
          triangles[w]!++;
        }
      }
    }
  }
  const c = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const d = deg(v);
    c[v] = d < 2 ? 0 : (2 * triangles[v]!) / (d * (d - 1));
  }
  return c;
}

/** Sorted distinct neighbours of every node, both directions, without self-loops (CSR). */
export function simpleUndirected(graph: CompactGraph): { offsets: Uint32Array; neighbours: Uint32Array } {
  const n = graph.nodeCount;
  const offsets = new Uint32Array(n + 1);
  const buffer = new Uint32Array(graph.edgeCount * 2);
  let at = 0;
  for (let v = 0; v < n; v++) {
    const start = at;
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) if (graph.outTargets[e] !== v) buffer[at++] = graph.outTargets[e]!;
    for (let e = graph.inOffsets[v]!; e < graph.inOffsets[v + 1]!; e++) if (graph.inSources[e] !== v) buffer[at++] = graph.inSources[e]!;
    const run = buffer.subarray(start, at).sort();
    let unique = 0;
    for (let i = 0; i < run.length; i++) if (i === 0 || run[i] !== run[i - 1]) run[unique++] = run[i]!;
    at = start + unique;
    offsets[v + 1] = at;
  }
  return { offsets, neighbours: buffer.slice(0, at) };
}
