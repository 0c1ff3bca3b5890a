import type { Rng } from '../../domain/rng.js';
import { type CompactGraph, degree, neighbour } from '../../fidelity/compact-graph.js';

/**
 * Pattern sampling: the seed resources a pattern picked, each grown breadth-first by `hops` over
 * relationships in both directions (a VM brings its NICs, their subnets, the VNets, the NSGs), so
 * the result is a slice that hangs together rather than a list of ids. Seeds are taken one at a
 * time, in a seeded random order, each with its whole neighbourhood before the next, so a `limit`
 * cuts between neighbourhoods, not through all of them. A node is expanded again only when reached
 * closer to a seed than before: O(hops · m) at most.
 */
export function growPattern(graph: CompactGraph, seeds: readonly number[], hops: number, rng: Rng, limit = Number.POSITIVE_INFINITY): Uint32Array {
  const order = [...seeds];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const depth = new Uint8Array(graph.nodeCount).fill(255);
  const taken = new Uint8Array(graph.nodeCount);
  const out: number[] = [];
  const take = (v: number) => {
    if (!taken[v] && out.length < limit) {
      taken[v] = 1;
      out.push(v);
    }
  };
  for (const seed of order) {
    if (out.length >= limit) break;
    if (depth[seed] === 0) continue;
    depth[seed] = 0;
    take(seed);
    let frontier = [seed];
    for (let d = 0; d < Math.min(hops, 254) && frontier.length && out.length < limit; d++) {
      const next: number[] = [];
      for (const v of frontier) {
        for (let i = 0; i < degree(graph, v); i++) {
          const w = neighbour(graph, v, i);
          if (depth[w]! <= d + 1) continue;
          depth[w] = d + 1;
          take(w);
          next.push(w);
        }
      }
      frontier = next;
    }
  }
  return Uint32Array.from(out);
}
