import type { CompactGraph } from '../compact-graph.js';
import { type ForestFireParams } from './forest-fire.js';
import { type MhrwParams } from './mhrw.js';
import { type RandomWalkParams } from './random-walk.js';
export declare const SAMPLING_ALGORITHMS: readonly ["forest-fire", "random-walk", "random-jump", "mhrw", "induced-edge", "random-node"];
export type SamplingAlgorithm = (typeof SAMPLING_ALGORITHMS)[number];
/** Every sampler's parameters; each sampler reads its own. */
export type SamplerParams = ForestFireParams & RandomWalkParams & MhrwParams;
export declare const SAMPLER_DEFAULTS: SamplerParams;
/** Parameters out of their range are UsageErrors naming the option and the range. */
export declare function checkSamplerParams(params: Partial<SamplerParams>): void;
export interface SampleRequest {
    readonly algorithm: SamplingAlgorithm;
    readonly target: number;
    readonly seed: number;
    readonly params?: Partial<SamplerParams>;
    readonly preserveTypes?: boolean;
    /** Per-type quotas: the sample keeps the tenant's resource-type mix (within one per type). */
    readonly stratifyTypes?: boolean;
}
/** Runs one sampler: same graph, request and seed → the same node indexes, in the same order. */
export declare function sampleGraph(graph: CompactGraph, request: SampleRequest): Uint32Array;
