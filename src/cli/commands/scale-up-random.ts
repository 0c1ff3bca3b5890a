import type { Command } from 'commander';
import { DISTRIBUTION_PRESETS, scaleUpRandom } from '../../index.js';
import { formatCount } from '../format.js';
import { integerOption, numberOption, positiveIntegerOption } from '../parse-options.js';
import { runCommand } from '../run-command.js';
import {
  addCommonScaleUpOptions,
  commonConfigFlags,
  commonScaleUpOptions,
  planHeading,
  runScaleUp,
  typeTable,
  type CommonScaleUpFlags,
} from '../scale-up-output.js';

interface RandomFlags extends CommonScaleUpFlags {
  targetCount: number;
  typeDistribution: string;
  relationshipDensity: number;
  seed: number;
  subscriptionId?: string;
}

export function registerScaleUpRandom(scaleUp: Command): void {
  const command = scaleUp
    .command('random')
    .description('add seeded random resources drawn from a type mix, linked only by relationships ATG records between those types; O(n + m)')
    .requiredOption('--target-count <n>', 'resources to add', positiveIntegerOption)
    .option('--type-distribution <preset|file>', `type mix: a preset (${DISTRIBUTION_PRESETS.join(', ')}) or a YAML/JSON file of ARM type → weight`, 'tenant')
    .option('--relationship-density <d>', 'expected relationships per resource', numberOption, 1.5)
    .option('--subscription-id <guid>', 'place the new resources in this existing subscription of the tenant (default: none)')
    .option('--seed <n>', 'random seed: the same seed gives the same graph on every store', integerOption, 1);
  addCommonScaleUpOptions(command, 'generated_batch_size').action(async (flags: RandomFlags, cmd: Command) => {
    await runCommand(cmd, commonConfigFlags(flags, 'generated_batch_size'), async (ctx) => {
      const store = await ctx.store({ mustExist: true });
      const options = {
        ...commonScaleUpOptions(ctx, flags, 'generated_batch_size'),
        ...(flags.subscriptionId ? { subscriptionId: flags.subscriptionId } : {}),
        targetCount: flags.targetCount,
        typeDistribution: flags.typeDistribution,
        relationshipDensity: flags.relationshipDensity,
        seed: flags.seed,
      };
      return runScaleUp(
        ctx,
        'scale-up random',
        (hooks) => scaleUpRandom(store, options, hooks),
        (r) => [
          planHeading(
            r.dryRun,
            `${formatCount(r.plan.plannedResources)} resources from distribution ${r.plan.distribution}, ${formatCount(r.plan.plannedRelationships)} relationships at density ${r.plan.density} (estimated ${r.plan.estimatedSeconds.toFixed(1)} s)`,
          ),
          typeTable(r.plan.byType),
        ],
      );
    });
  });
}
