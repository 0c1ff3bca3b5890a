import type { Command } from 'commander';
import { scaleUpDefaults, scaleUpTemplate } from '../../index.js';
import { formatCount, table } from '../format.js';
import { listOption, numberOption } from '../parse-options.js';
import { runCommand } from '../run-command.js';
import { addCommonScaleUpOptions, commonConfigFlags, commonScaleUpOptions, planHeading, runScaleUp, type CommonScaleUpFlags } from '../scale-up-output.js';

interface TemplateFlags extends CommonScaleUpFlags {
  scaleFactor?: number;
  resourceTypes?: string[];
  subscriptionId?: string[];
  templateFile?: string;
}

export function registerScaleUpTemplate(scaleUp: Command): void {
  const command = scaleUp
    .command('template')
    .description("replicate the tenant's own resources as templates: every copy keeps its template's typed relationships (k·E, not k²)")
    .option('--scale-factor <f>', 'target size as a multiple of the base, > 1 (default: scale_up.default_scale_factor, 2)', numberOption)
    .option('--resource-types <types>', 'only these ARM types as templates (comma-separated)', listOption)
    .option('--subscription-id <ids>', 'only these subscriptions (comma-separated)', listOption)
    .option('--template-file <path>', "accepted for the reference tool's users: templates are the tenant's own resources, so the file is not read");
  addCommonScaleUpOptions(command).action(async (flags: TemplateFlags, cmd: Command) => {
    await runCommand(cmd, commonConfigFlags(flags), async (ctx) => {
      if (flags.templateFile) {
        process.stderr.write(
          `note: --template-file ${flags.templateFile} is not read: tenant-scale uses the tenant's own resources as templates (filter them with --resource-types)\n`,
        );
      }
      const store = await ctx.store({ mustExist: true });
      const options = {
        ...commonScaleUpOptions(ctx, flags),
        ...(flags.subscriptionId ? { subscriptionIds: flags.subscriptionId } : {}),
        scaleFactor: flags.scaleFactor ?? scaleUpDefaults(ctx.config, 'template').scaleFactor,
        ...(flags.resourceTypes ? { resourceTypes: flags.resourceTypes } : {}),
      };
      return runScaleUp(
        ctx,
        'scale-up',
        (hooks) => scaleUpTemplate(store, options, hooks),
        (r) => [
          planHeading(
            r.dryRun,
            `${formatCount(r.plan.baseResources)} templates → ${formatCount(r.plan.plannedResources)} new resources, ${formatCount(r.plan.plannedRelationships)} relationships (estimated ${r.plan.estimatedSeconds.toFixed(1)} s)`,
          ),
          table([['  type', 'base', 'copies'], ...r.plan.byType.map((t) => [`  ${t.type}`, formatCount(t.base), formatCount(t.copies)])], [1, 2]),
        ],
      );
    });
  });
}
