import type { Command } from 'commander';
import { type ScaleUpResult, scaleUpDefaults } from '../index.js';
import { formatCount, table } from './format.js';
import { positiveIntegerOption } from './parse-options.js';
import { createProgress } from './progress.js';
import type { CommandContext } from './run-command.js';

/** Options every scale-up strategy takes. */
export interface CommonScaleUpFlags {
  batchSize?: number;
  concurrency?: number;
  maxResources?: number;
  dryRun?: boolean;
  validate: boolean;
}

/** Which configuration key `--batch-size` sets: template copies, or generated (scenario, random) rows. */
export type BatchKey = 'batch_size' | 'generated_batch_size';

const BATCH_DEFAULT: Record<BatchKey, string> = { batch_size: '10000', generated_batch_size: '5000' };

export function addCommonScaleUpOptions(command: Command, batchKey: BatchKey = 'batch_size'): Command {
  return command
    .option('--batch-size <n>', `rows per write batch (default: scale_up.${batchKey}, ${BATCH_DEFAULT[batchKey]})`, positiveIntegerOption)
    .option('--concurrency <n>', 'node batches in flight on Neo4j (default: scale_up.concurrency, 2)', positiveIntegerOption)
    .option('--max-resources <n>', 'refuse plans above this many new resources (default: scale_up.max_resources, 5000000)', positiveIntegerOption)
    .option('--dry-run', 'print the plan and write nothing')
    .option('--no-validate', 'skip the post-write validation');
}

export function commonConfigFlags(flags: CommonScaleUpFlags, batchKey: BatchKey = 'batch_size') {
  return { scale_up: { [batchKey]: flags.batchSize, concurrency: flags.concurrency, max_resources: flags.maxResources } };
}

/** Options shared by the scale-up functions, from flags and configuration. */
export function commonScaleUpOptions(ctx: CommandContext, flags: CommonScaleUpFlags, batchKey: BatchKey = 'batch_size') {
  const defaults = scaleUpDefaults(ctx.config, batchKey === 'batch_size' ? 'template' : 'generated');
  return {
    tenantId: ctx.tenantId,
    batchSize: defaults.batchSize,
    concurrency: defaults.concurrency,
    maxResources: defaults.maxResources,
    dryRun: flags.dryRun ?? false,
    validate: flags.validate && defaults.validate,
    skipChecks: defaults.skipChecks,
  };
}

/** Runs a scale-up with a progress bar (stderr, TTY only) and renders its result. */
export async function runScaleUp<P>(
  ctx: CommandContext,
  label: string,
  run: (hooks: { onProgress: (phase: string, done: number, total: number) => void; signal: AbortSignal }) => Promise<ScaleUpResult<P>>,
  renderPlan: (r: ScaleUpResult<P>) => string[],
) {
  const progress = createProgress(label);
  try {
    const result = await run({ onProgress: (phase, done, total) => progress.update(done, total, phase), signal: ctx.signal });
    progress.stop();
    return { result, text: renderScaleUp(result, renderPlan(result)) };
  } finally {
    progress.stop();
  }
}

function renderScaleUp<P>(r: ScaleUpResult<P>, plan: string[]): string {
  if (r.dryRun) return plan.join('\n');
  const phases = (r.metrics.phases as { name: string; seconds: number; items: number; itemsPerSecond: number }[]) ?? [];
  return [
    `Scale-up ${r.operationId} (${r.strategy}) for tenant ${r.tenantId}: ${formatCount(r.resourcesCreated)} resources and ${formatCount(r.relationshipsCreated)} relationships in ${r.durationSeconds.toFixed(2)} s`,
    ...plan,
    `Validation:${r.validation.length ? '' : ' skipped (--no-validate)'}`,
    ...r.validation.map((c) => `  ${c.passed ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`),
    'Phases:',
    table(
      phases.map((p) => [`  ${p.name}`, `${p.seconds.toFixed(3)} s`, `${formatCount(p.items)} items`, `${formatCount(p.itemsPerSecond)}/s`]),
      [1, 2, 3],
    ),
    `Peak RSS ${String(r.metrics.peakRssMb)} MB`,
  ].join('\n');
}

/** "Plan (dry run, nothing written): …" or "Plan: …". */
export function planHeading(dryRun: boolean, body: string): string {
  return `${dryRun ? 'Plan (dry run, nothing written)' : 'Plan'}: ${body}`;
}

export function typeTable(rows: readonly { key: string; count: number }[], heading = 'resources'): string {
  return table([['  type', heading], ...rows.map((t) => [`  ${t.key}`, formatCount(t.count)])], [1]);
}
