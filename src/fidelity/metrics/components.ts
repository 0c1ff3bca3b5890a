import type { CompactGraph } from '../compact-graph.js';

/**
 * Sizes of the weakly connected components (relationships as undirected), largest first.
 * Union–find over typed arrays (path halving, union by size): O(m α(n)), no object per node —
 * graphology-components needs a graphology graph, several objects per node at 10^6 nodes.
 */
export function componentSizes(graph: CompactGraph): Uint32Array {
  const n = graph.nodeCount;
  const parent = new Uint32Array(n);
  const size = new Uint32Array(n).fill(1);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (v: number) => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  for (let v = 0; v < n; v++) {
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) {
      let a = find(v);
      let b = find(graph.outTargets[e]!);
      if (a === b) continue;
      if (size[a]! < size[b]!) [a, b] = [b, a];
      parent[b] = a;
      size[a]! += size[b]!;
    }
  }
  const sizes: number[] = [];
  for (let v = 0; v < n; v++) if (find(v) === v) sizes.push(size[v]!);
  return Uint32Array.from(sizes.sort((x, y) => y - x));
}
