import { UsageError } from '../../domain/errors.js';
import { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../../fidelity/compact-graph.js';
import { FOREST_FIRE_DEFAULTS, forestFire, type ForestFireParams } from './forest-fire.js';
import { inducedEdge } from './induced-edge.js';
import { MHRW_DEFAULTS, mhrw, type MhrwParams } from './mhrw.js';
import { preserveTypes } from './preserve-types.js';
import { Sample, typeQuotas } from './node-pool.js';
import type { Sampler } from './sampler.js';
import { randomNode } from './random-node.js';
import { RANDOM_WALK_DEFAULTS, randomJump, randomWalk, type RandomWalkParams } from './random-walk.js';

/** Every sampler by its name (the --algorithm value): a new sampler is a module in this folder and one line here. */
const SAMPLERS = {
  'forest-fire': forestFire,
  'random-walk': randomWalk,
  'random-jump': randomJump,
  mhrw,
  'induced-edge': inducedEdge,
  'random-node': randomNode,
} as const satisfies Record<string, Sampler<SamplerParams>>;

export type SamplingAlgorithm = keyof typeof SAMPLERS;
export const SAMPLING_ALGORITHMS = Object.keys(SAMPLERS) as [SamplingAlgorithm, ...SamplingAlgorithm[]];

/** Every sampler's parameters; each sampler reads its own. */
export type SamplerParams = ForestFireParams & RandomWalkParams & MhrwParams;

export const SAMPLER_DEFAULTS: SamplerParams = { ...FOREST_FIRE_DEFAULTS, ...RANDOM_WALK_DEFAULTS, ...MHRW_DEFAULTS };

/** Parameters out of their range are UsageErrors naming the option and the range. */
export function checkSamplerParams(params: Partial<SamplerParams>): void {
  const check = (value: number | undefined, ok: (v: number) => boolean, flag: string, range: string) => {
    if (value !== undefined && !(Number.isFinite(value) && ok(value))) throw new UsageError(`${flag} ${value} is out of range`, `pass ${flag} ${range}`);
  };
  check(params.burningProbability, (p) => p > 0 && p < 1, '{{option:burningProbability|burning-prob}}', 'between 0 and 1 (exclusive)');
  check(params.backwardRatio, (r) => r >= 0 && r <= 1, '{{option:backwardRatio}}', 'from 0 to 1');
  check(params.restartProbability, (c) => c >= 0 && c < 1, '{{option:restartProbability|restart-prob}}', 'from 0 to below 1');
  check(params.burnIn, (n) => Number.isInteger(n) && n >= 0, '{{option:burnIn}}', 'as a whole number ≥ 0');
  check(params.walkLength, (n) => Number.isInteger(n) && n >= 1, '{{option:walkLength}}', 'as a whole number ≥ 1');
}

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
export function sampleGraph(graph: CompactGraph, request: SampleRequest): Uint32Array {
  const rng = new Rng(request.seed);
  const params = { ...SAMPLER_DEFAULTS, ...request.params };
  const target = Math.min(request.target, graph.nodeCount);
  const quotas = request.stratifyTypes ? typeQuotas(graph.typeOf, graph.types.length, target) : undefined;
  const sample = new Sample(graph.typeOf, graph.types.length, target, quotas);
  const sampler: Sampler<SamplerParams> = SAMPLERS[request.algorithm];
  sampler(graph, sample, rng, params);
  const nodes = sample.nodes();
  return request.preserveTypes ? preserveTypes(graph, nodes) : nodes;
}
