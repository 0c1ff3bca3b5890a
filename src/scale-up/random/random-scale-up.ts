import { RANDOM_KIND } from './random-kind.js';
import type { CountByKey, GraphStore } from '../../store/graph-store.js';
import { generatedChunkRows } from '../chunk-rows.js';
import { runGeneratedScaleUp, type GeneratedScaleUpOptions } from '../generated-scale-up.js';
import type { ScaleUpHooks, ScaleUpResult } from '../scale-up-types.js';
import { countRandomRelationships, randomChunks } from './random-chunks.js';
import { planRandom } from './random-plan.js';
import { resolveTypeDistribution } from './type-distribution.js';

export interface RandomScaleUpOptions extends GeneratedScaleUpOptions {
  readonly targetCount: number;
  /** A preset name or a YAML/JSON file of ARM type → weight. */
  readonly typeDistribution: string;
  /** Expected relationships per resource. */
  readonly relationshipDensity: number;
  readonly seed: number;
  readonly chunkRows?: number;
}

export interface RandomPlanSummary {
  readonly distribution: string;
  readonly density: number;
  readonly plannedResources: number;
  /** Exactly what the seeded draws give (about density × resources: repeated targets are skipped). */
  readonly plannedRelationships: number;
  readonly byType: readonly (CountByKey & { probability: number })[];
}

export type RandomScaleUpResult = ScaleUpResult<RandomPlanSummary & { estimatedSeconds: number }>;

/** Random scale-up: seeded, O(n + m), relationships only between type pairs the rules allow. */
export async function scaleUpRandom(store: GraphStore, options: RandomScaleUpOptions, hooks: ScaleUpHooks = {}): Promise<RandomScaleUpResult> {
  const distribution = resolveTypeDistribution(options.typeDistribution);
  const plan = planRandom(options.targetCount, distribution, options.relationshipDensity, options.seed);
  const probability = new Map(distribution.shares.map((s) => [s.type, s.probability]));
  const byType = plan.types
    .filter((t) => t.count > 0)
    .map((t) => ({ key: t.type, count: t.count, probability: Math.round(probability.get(t.type)! * 1e6) / 1e6 }));
  const relationships = countRandomRelationships(plan, options.seed);
  return runGeneratedScaleUp(
    store,
    options,
    {
      kind: RANDOM_KIND,
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
      chunks: (context) =>
        randomChunks(plan, {
          ...context,
          seed: options.seed,
          chunkRows: options.chunkRows ?? generatedChunkRows(store, options.batchSize, options.concurrency),
        }),
      planned: { byType: byType.map(({ key, count }) => ({ key, count })), relationships },
    },
    hooks,
  );
}
