import type { Rng } from '../../domain/rng.js';
import { type CompactGraph } from '../compact-graph.js';
import type { Sample } from './node-pool.js';
export interface MhrwParams {
    /** Steps each walk takes before it starts recording nodes (so the start does not bias the sample). */
    readonly burnIn: number;
    /** Steps after which a walk stops and a new one starts at a random unsampled node. */
    readonly walkLength: number;
}
export declare const MHRW_DEFAULTS: MhrwParams;
/**
 * Metropolis–Hastings random walk (Gjoka et al. 2010): from v, propose a random neighbour w and
 * move with probability min(1, deg(v)/deg(w)), else stay; its stationary distribution is uniform
 * over the nodes, unlike a plain walk's (proportional to degree). Each walk discards `burnIn`
 * steps, then records; after `walkLength` steps, or STALL_STEPS without a new node, a new walk
 * starts at a random unsampled node.
 */
export declare function mhrw(graph: CompactGraph, sample: Sample, rng: Rng, params?: MhrwParams): void;
