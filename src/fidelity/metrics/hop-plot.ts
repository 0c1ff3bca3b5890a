import type { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../compact-graph.js';
import { simpleUndirected } from './clustering.js';

/** Breadth-first searches the effective diameter is estimated from (exact when the graph has no more nodes). */
export const HOP_PLOT_SOURCES = 64;

/**
 * Effective diameter (Leskovec & Faloutsos 2006's hop-plot summary): the smallest number of hops
 * within which 90 % of the connected node pairs lie, the graph as undirected, interpolated between
 * hop counts. Estimated from BFS out of HOP_PLOT_SOURCES random nodes (all nodes when fewer).
 */
export function effectiveDiameter(graph: CompactGraph, rng: Rng, sources = HOP_PLOT_SOURCES): number {
  const n = graph.nodeCount;
  if (n === 0) return 0;
  const { offsets, neighbours } = simpleUndirected(graph);
  const pairsAtHop: number[] = [];
  const dist = new Int32Array(n);
  const queue = new Uint32Array(n);
  const starts = n <= sources ? Array.from({ length: n }, (_, v) => v) : Array.from({ length: sources }, () => Math.floor(rng.next() * n));
  for (const s of starts) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const w = neighbours[i]!;
        if (dist[w] !== -1) continue;
        dist[w] = dist[v]! + 1;
        pairsAtHop[dist[w]!] = (pairsAtHop[dist[w]!] ?? 0) + 1;
        queue[tail++] = w;
      }
    }
  }
  const total = pairsAtHop.reduce((s, c) => s + (c ?? 0), 0);
  if (total === 0) return 0;
  let cumulative = 0;
  for (let h = 1; h < pairsAtHop.length; h++) {
    const before = cumulative;
    cumulative += pairsAtHop[h] ?? 0;
    if (cumulative >= 0.9 * total) return h - 1 + (0.9 * total - before) / (cumulative - before);
  }
  return pairsAtHop.length - 1;
}
