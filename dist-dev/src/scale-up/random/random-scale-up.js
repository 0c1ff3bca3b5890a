import { generatedChunkRows } from '../chunk-rows.js';
import { runGeneratedScaleUp } from '../generated-scale-up.js';
import { countRandomRelationships, randomChunks } from './random-chunks.js';
import { planRandom } from './random-plan.js';
import { resolveTypeDistribution } from './type-distribution.js';
/** Random scale-up: seeded, O(n + m), relationships only between type pairs the rules allow. */
export async function scaleUpRandom(store, options, hooks = {}) {
    const distribution = resolveTypeDistribution(options.typeDistribution);
    const plan = planRandom(options.targetCount, distribution, options.relationshipDensity, options.seed);
    const probability = new Map(distribution.shares.map((s) => [s.type, s.probability]));
    const byType = plan.types
        .filter((t) => t.count > 0)
        .map((t) => ({ key: t.type, count: t.count, probability: Math.round(probability.get(t.type) * 1e6) / 1e6 }));
    const relationships = countRandomRelationships(plan, options.seed);
    return runGeneratedScaleUp(store, options, {
        strategy: 'random',
        params: {
            targetCount: options.targetCount,
            typeDistribution: options.typeDistribution,
            relationshipDensity: options.relationshipDensity,
            seed: options.seed,
        },
        summary: {
            distribution: distribution.name,
            density: plan.density,
            plannedResources: plan.targetCount,
            plannedRelationships: relationships,
            byType,
        },
        chunks: (context) => randomChunks(plan, {
            ...context,
            seed: options.seed,
            chunkRows: options.chunkRows ?? generatedChunkRows(store, options.batchSize, options.concurrency),
        }),
        planned: { byType: byType.map(({ key, count }) => ({ key, count })), relationships },
    }, hooks);
}
//# sourceMappingURL=random-scale-up.js.map