import type { Rng } from '../../domain/rng.js';
import { type CompactGraph, sourceOfEdge } from '../../fidelity/compact-graph.js';
import type { Sample } from './node-pool.js';

/**
 * Totally induced edge sampling (TIES, Ahmed, Neville & Kompella 2013): pick relationships
 * uniformly at random and take both their ends until the target is reached; the sample's graph is
 * then the induced subgraph (as for every sampler here). Picks favour high-degree nodes, which
 * keeps hubs. A graph without relationships falls back to uniform nodes.
 */
export function inducedEdge(graph: CompactGraph, sample: Sample, rng: Rng): void {
  const m = graph.edgeCount;
  // Enough draws to hit every edge many times over; then the rest of the target comes from jumps.
  for (let draws = 0; m > 0 && !sample.full && draws < 20 * m + 1000; draws++) {
    const e = Math.floor(rng.next() * m);
    sample.add(sourceOfEdge(graph, e));
    sample.add(graph.outTargets[e]!);
  }
  while (!sample.full) sample.add(sample.randomOpen(rng));
}
