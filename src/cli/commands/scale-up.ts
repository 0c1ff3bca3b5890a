import type { Command } from 'commander';
import { scaleUpTemplate, type TemplateScaleUpResult } from '../../scale-up/template-scale-up.js';
import { formatCount, table } from '../format.js';
import { listOption, numberOption, positiveIntegerOption } from '../parse-options.js';
import { createProgress } from '../progress.js';
import { runCommand } from '../run-command.js';

interface TemplateFlags {
  scaleFactor?: number;
  resourceTypes?: string[];
  subscriptionId?: string[];
  batchSize?: number;
  concurrency?: number;
  maxResources?: number;
  dryRun?: boolean;
  validate: boolean;
  templateFile?: string;
}

export function registerScaleUp(program: Command): void {
  const scaleUp = program.command('scale-up').description('grow a tenant with synthetic resources');
  scaleUp
    .command('template')
    .description("replicate the tenant's own resources as templates: every copy keeps its template's typed relationships (k·E, not k²)")
    .option('--scale-factor <f>', 'target size as a multiple of the base, > 1 (default: scale_up.default_scale_factor, 2)', numberOption)
    .option('--resource-types <types>', 'only these ARM types as templates (comma-separated)', listOption)
    .option('--subscription-id <ids>', 'only these subscriptions (comma-separated)', listOption)
    .option('--batch-size <n>', 'copies per write batch (default: scale_up.batch_size, 10000)', positiveIntegerOption)
    .option('--concurrency <n>', 'node batches in flight on Neo4j (default: scale_up.concurrency, 2)', positiveIntegerOption)
    .option('--max-resources <n>', 'refuse plans above this many new resources (default: scale_up.max_resources, 5000000)', positiveIntegerOption)
    .option('--dry-run', 'print the plan from the real base and write nothing')
    .option('--no-validate', 'skip the post-write validation')
    .option('--template-file <path>', "accepted for the reference tool's users: templates are the tenant's own resources, so the file is not read")
    .action(async (flags: TemplateFlags, command: Command) => {
      await runCommand(command, { scale_up: { batch_size: flags.batchSize, concurrency: flags.concurrency, max_resources: flags.maxResources } }, async (ctx) => {
        if (flags.templateFile) {
          process.stderr.write(`note: --template-file ${flags.templateFile} is not read: tenant-scale uses the tenant's own resources as templates (filter them with --resource-types)\n`);
        }
        const store = await ctx.store({ mustExist: true });
        const progress = createProgress('scale-up');
        try {
          const result = await scaleUpTemplate(
            store,
            {
              tenantId: ctx.globals.tenantId ?? process.env.AZURE_TENANT_ID,
              ...(flags.subscriptionId ? { subscriptionIds: flags.subscriptionId } : {}),
              scaleFactor: flags.scaleFactor ?? ctx.config.scale_up.default_scale_factor,
              ...(flags.resourceTypes ? { resourceTypes: flags.resourceTypes } : {}),
              batchSize: ctx.config.scale_up.batch_size,
              concurrency: ctx.config.scale_up.concurrency,
              maxResources: ctx.config.scale_up.max_resources,
              dryRun: flags.dryRun ?? false,
              validate: flags.validate && ctx.config.scale_up.validate && ctx.config.validation.enabled,
            },
            { onProgress: (phase, done, total) => progress.update(done, total, phase), signal: ctx.signal },
          );
          progress.stop();
          return { result, text: renderScaleUp(result) };
        } finally {
          progress.stop();
        }
      });
    });
}

function renderScaleUp(r: TemplateScaleUpResult): string {
  const plan = [
    `${r.dryRun ? 'Plan (dry run, nothing written)' : 'Plan'}: ${formatCount(r.plan.baseResources)} templates → ${formatCount(r.plan.plannedResources)} new resources, ${formatCount(r.plan.plannedRelationships)} relationships (estimated ${r.plan.estimatedSeconds.toFixed(1)} s)`,
    table([['  type', 'base', 'copies'], ...r.plan.byType.map((t) => ['  ' + t.type, formatCount(t.base), formatCount(t.copies)])], [1, 2]),
  ];
  if (r.dryRun) return plan.join('\n');
  const phases = (r.metrics.phases as { name: string; seconds: number; items: number; itemsPerSecond: number }[]) ?? [];
  return [
    `Scale-up ${r.operationId} for tenant ${r.tenantId}: ${formatCount(r.resourcesCreated)} resources and ${formatCount(r.relationshipsCreated)} relationships in ${r.durationSeconds.toFixed(2)} s`,
    ...plan,
    'Validation:' + (r.validation.length ? '' : ' skipped (--no-validate)'),
    ...r.validation.map((c) => `  ${c.passed ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`),
    'Phases:',
    table(phases.map((p) => ['  ' + p.name, `${p.seconds.toFixed(3)} s`, `${formatCount(p.items)} items`, `${formatCount(p.itemsPerSecond)}/s`]), [1, 2, 3]),
    `Peak RSS ${String(r.metrics.peakRssMb)} MB`,
  ].join('\n');
}
