import type { Rng } from '../../domain/rng.js';
import { type CompactGraph, degree, neighbour } from '../../fidelity/compact-graph.js';
import type { Sample } from './node-pool.js';
import { STALL_STEPS } from './random-walk.js';

export interface MhrwParams {
  /** Steps each walk takes before it starts recording nodes (so the start does not bias the sample). */
  readonly burnIn: number;
  /** Steps after which a walk stops and a new one starts at a random unsampled node. */
  readonly walkLength: number;
}

export const MHRW_DEFAULTS: MhrwParams = { burnIn: 100, walkLength: 10_000 };

/**
 * Metropolis–Hastings random walk (Gjoka et al. 2010): from v, propose a random neighbour w and
 * move with probability min(1, deg(v)/deg(w)), else stay; its stationary distribution is uniform
 * over the nodes, unlike a plain walk's (proportional to degree). Each walk discards `burnIn`
 * steps, then records; after `walkLength` steps, or STALL_STEPS without a new node, a new walk
 * starts at a random unsampled node.
 */
export function mhrw(graph: CompactGraph, sample: Sample, rng: Rng, params: MhrwParams = MHRW_DEFAULTS): void {
  while (!sample.full) {
    let v = sample.randomOpen(rng);
    if (degree(graph, v) === 0) {
      sample.add(v);
      continue;
    }
    let stalled = 0;
    for (let step = 0; step < params.burnIn + params.walkLength && stalled < STALL_STEPS && !sample.full; step++) {
      const dv = degree(graph, v);
      const w = neighbour(graph, v, Math.floor(rng.next() * dv));
      if (rng.next() * degree(graph, w) <= dv) v = w;
      if (step < params.burnIn) continue;
      if (sample.add(v)) stalled = 0;
      else stalled++;
    }
    // A walk that recorded nothing (burn-in longer than the component allows) still takes its last node.
    sample.add(v);
  }
}
