import type { Rng } from '../../domain/rng.js';
import { type CompactGraph } from '../compact-graph.js';
/**
 * Pattern sampling: the seed resources a pattern picked, each grown breadth-first by `hops` over
 * relationships in both directions (a VM brings its NICs, their subnets, the VNets, the NSGs), so
 * the result is a slice that hangs together rather than a list of ids. Seeds are taken one at a
 * time, in a seeded random order, each with its whole neighbourhood before the next, so a `limit`
 * cuts between neighbourhoods, not through all of them. A node is expanded again only when reached
 * closer to a seed than before: O(hops · m) at most.
 */
export declare function growPattern(graph: CompactGraph, seeds: readonly number[], hops: number, rng: Rng, limit?: number): Uint32Array;
