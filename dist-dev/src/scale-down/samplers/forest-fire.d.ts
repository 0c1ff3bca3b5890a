import type { Rng } from '../../domain/rng.js';
import { type CompactGraph } from '../compact-graph.js';
import type { Sample } from './node-pool.js';
export interface ForestFireParams {
    /** Forward burning probability p: each burning node burns a geometric number of its out-links, mean p / (1 − p). */
    readonly burningProbability: number;
    /** Backward burning ratio r: in-links burn with probability r·p (mean r·p / (1 − r·p)). */
    readonly backwardRatio: number;
}
/**
 * p = 0.7 as Leskovec & Faloutsos (KDD 2006) found best for scale-down; r = 0.6 measured on
 * generated ATG tenants, whose resource graph is sparse (1.5 relationships per resource): at 15 % of
 * 100k, degree KS D 0.078 against 0.256 with ATG's p = 0.4, r = 0.3 (bench/fidelity-table.ts).
 */
export declare const FOREST_FIRE_DEFAULTS: ForestFireParams;
/**
 * Forest fire (Leskovec & Faloutsos 2006): from a random seed, each burning node burns x unburned
 * out-neighbours and y unburned in-neighbours, chosen at random, x and y geometric with means
 * p/(1−p) and rp/(1−rp); the newly burned burn in turn (breadth first). When the fire dies out, it
 * restarts at a random unburned node. Each node burns once, so the work is O(n + m).
 */
export declare function forestFire(graph: CompactGraph, sample: Sample, rng: Rng, params?: ForestFireParams): void;
/** Number of successes before the first failure, success probability p: mean p / (1 − p). */
export declare function geometric(rng: Rng, p: number): number;
export declare function maxDegree(graph: CompactGraph): number;
