import { UsageError } from '../../domain/errors.js';
import { Rng } from '../../domain/rng.js';
import { FOREST_FIRE_DEFAULTS, forestFire } from './forest-fire.js';
import { inducedEdge } from './induced-edge.js';
import { MHRW_DEFAULTS, mhrw } from './mhrw.js';
import { preserveTypes } from './preserve-types.js';
import { Sample, typeQuotas } from './node-pool.js';
import { randomNode } from './random-node.js';
import { RANDOM_WALK_DEFAULTS, randomJump, randomWalk } from './random-walk.js';
export const SAMPLING_ALGORITHMS = ['forest-fire', 'random-walk', 'random-jump', 'mhrw', 'induced-edge', 'random-node'];
export const SAMPLER_DEFAULTS = { ...FOREST_FIRE_DEFAULTS, ...RANDOM_WALK_DEFAULTS, ...MHRW_DEFAULTS };
/** Parameters out of their range are UsageErrors naming the option and the range. */
export function checkSamplerParams(params) {
    const check = (value, ok, flag, range) => {
        if (value !== undefined && !(Number.isFinite(value) && ok(value)))
            throw new UsageError(`${flag} ${value} is out of range`, `pass ${flag} ${range}`);
    };
    check(params.burningProbability, (p) => p > 0 && p < 1, '{{option:burningProbability|burning-prob}}', 'between 0 and 1 (exclusive)');
    check(params.backwardRatio, (r) => r >= 0 && r <= 1, '{{option:backwardRatio}}', 'from 0 to 1');
    check(params.restartProbability, (c) => c >= 0 && c < 1, '{{option:restartProbability|restart-prob}}', 'from 0 to below 1');
    check(params.burnIn, (n) => Number.isInteger(n) && n >= 0, '{{option:burnIn}}', 'as a whole number ≥ 0');
    check(params.walkLength, (n) => Number.isInteger(n) && n >= 1, '{{option:walkLength}}', 'as a whole number ≥ 1');
}
/** Runs one sampler: same graph, request and seed → the same node indexes, in the same order. */
export function sampleGraph(graph, request) {
    const rng = new Rng(request.seed);
    const params = { ...SAMPLER_DEFAULTS, ...request.params };
    const target = Math.min(request.target, graph.nodeCount);
    const quotas = request.stratifyTypes ? typeQuotas(graph.typeOf, graph.types.length, target) : undefined;
    const sample = new Sample(graph.typeOf, graph.types.length, target, quotas);
    pick(request.algorithm)(graph, sample, rng, params);
    const nodes = sample.nodes();
    return request.preserveTypes ? preserveTypes(graph, nodes) : nodes;
}
function pick(algorithm) {
    switch (algorithm) {
        case 'forest-fire':
            return forestFire;
        case 'random-walk':
            return randomWalk;
        case 'random-jump':
            return randomJump;
        case 'mhrw':
            return mhrw;
        case 'induced-edge':
            return inducedEdge;
        case 'random-node':
            return randomNode;
    }
}
//# sourceMappingURL=index.js.map