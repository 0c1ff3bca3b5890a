import type { Command } from 'commander';
import { UsageError, BUILTIN_SCENARIO_DEFAULTS, BUILTIN_SCENARIOS, scaleUpScenario, type ScenarioSource } from '../../index.js';
import { formatCount } from '../format.js';
import { integerOption, listOption, numberOption, positiveIntegerOption } from '../parse-options.js';
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

interface ScenarioFlags extends CommonScaleUpFlags {
  scenario?: string;
  scenarioFile?: string;
  spokeCount?: number;
  resourcesPerSpoke?: number;
  regions?: string[];
  resourcesPerEnv?: number;
  scaleFactor: number;
  seed: number;
  subscriptionId?: string;
}

export function registerScaleUpScenario(scaleUp: Command): void {
  const d = BUILTIN_SCENARIO_DEFAULTS;
  const command = scaleUp
    .command('scenario')
    .description('add a real architecture, wired the way an ATG scan records it; every stamp is one connected piece')
    .option('--scenario <name>', `built-in scenario: ${BUILTIN_SCENARIOS.join(' | ')}`)
    .option('--scenario-file <path>', 'your own scenario: a YAML file of groups, resources and links (see docs/scenarios.md)')
    .option('--spoke-count <n>', `hub-spoke: spokes (default ${d.spokeCount})`, positiveIntegerOption)
    .option('--resources-per-spoke <n>', `hub-spoke: resources in each spoke (default ${d.resourcesPerSpoke})`, positiveIntegerOption)
    .option(
      '--regions <codes>',
      `Azure regions, comma-separated: multi-region makes one stamp in each; the others use the first (default ${d.regions.join(',')})`,
      listOption,
    )
    .option(
      '--resources-per-env <n>',
      `dev-test-prod: resources in dev and in test; prod gets twice as many (default ${d.resourcesPerEnv})`,
      positiveIntegerOption,
    )
    .option('--scale-factor <n>', 'write the whole scenario this many times, each a separate set of stamps (whole number)', numberOption, 1)
    .option('--subscription-id <guid>', 'place the new resources in this existing subscription of the tenant (default: none)')
    .option('--seed <n>', 'random seed for generated properties: the same seed gives the same graph', integerOption, 1);
  addCommonScaleUpOptions(command, 'generated_batch_size').action(async (flags: ScenarioFlags, cmd: Command) => {
    await runCommand(cmd, commonConfigFlags(flags, 'generated_batch_size'), async (ctx) => {
      const source = scenarioSource(flags);
      const store = await ctx.store({ mustExist: true });
      const options = {
        ...commonScaleUpOptions(ctx, flags, 'generated_batch_size'),
        ...(flags.subscriptionId ? { subscriptionId: flags.subscriptionId } : {}),
        source,
        scaleFactor: flags.scaleFactor,
        seed: flags.seed,
      };
      return runScaleUp(
        ctx,
        'scale-up scenario',
        (hooks) => scaleUpScenario(store, options, hooks),
        (r) => [
          planHeading(
            r.dryRun,
            `scenario ${r.plan.scenario}${r.plan.description ? ` (${r.plan.description})` : ''}, ${r.plan.repetitions} × ${r.plan.stamps / r.plan.repetitions} stamps → ${formatCount(r.plan.plannedResources)} resources, ${formatCount(r.plan.plannedRelationships)} relationships (estimated ${r.plan.estimatedSeconds.toFixed(1)} s)`,
          ),
          typeTable(r.plan.byType),
        ],
      );
    });
  });
}

function scenarioSource(flags: ScenarioFlags): ScenarioSource {
  if (flags.scenario && flags.scenarioFile) throw new UsageError('--scenario and --scenario-file were both given', 'pass one: a built-in name or your file');
  if (flags.scenarioFile) return { file: flags.scenarioFile };
  if (!flags.scenario) throw new UsageError('no scenario given', `pass --scenario ${BUILTIN_SCENARIOS.join('|')} or --scenario-file PATH`);
  return {
    name: flags.scenario,
    params: { spokeCount: flags.spokeCount, resourcesPerSpoke: flags.resourcesPerSpoke, regions: flags.regions, resourcesPerEnv: flags.resourcesPerEnv },
  };
}
