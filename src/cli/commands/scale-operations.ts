import type { Command } from 'commander';
import {
  cleanupOperations,
  type CleanupResult,
  type GrowthFidelity,
  type GraphStore,
  METRICS,
  reportGrowth,
  validateTenant,
  type TenantValidation,
  skippedChecks,
  undoEffect,
  writeDefaults,
} from '../../index.js';
import { formatCount } from '../format.js';
import { createProgress } from '../progress.js';
import { runCommand } from '../run-command.js';

export function registerScaleCleanup(program: Command): void {
  program
    .command('scale-cleanup')
    .alias('scale-clean')
    .description(
      "undo operations, batched and tenant-scoped: a scale-up's synthetic data, a tenant made by generate-tenant or scale-down new-tenant, a scale-down delete (restored from its backup); resolves operations a crash left running",
    )
    .option('--operation-id <id>', 'the operation to undo (see scale-stats)')
    .option('--all', "every scale-up's synthetic resources in the tenant (--tenant-id)")
    .option('--dry-run', 'list what would be deleted, delete nothing')
    .option('--yes', 'confirm the deletion')
    .action(async (flags: { operationId?: string; all?: boolean; dryRun?: boolean; yes?: boolean }, command: Command) => {
      await runCommand(command, {}, async (ctx) => {
        const store = await ctx.store({ mustExist: true });
        const tenantId = ctx.tenantId;
        const progress = createProgress('scale-cleanup');
        try {
          const result = await cleanupOperations(
            store,
            { ...flags, ...(tenantId ? { tenantId } : {}), batchSize: writeDefaults(ctx.config).batchSize },
            { onProgress: (done, total) => progress.update(done, total, 'undoing') },
          );
          return { result, text: renderCleanup(result) };
        } finally {
          progress.stop();
        }
      });
    });
}

export function registerScaleValidate(program: Command): void {
  program
    .command('scale-validate')
    .description("check a tenant's synthetic data: no Original contamination, markers, relationship parity, counts")
    .option('--operation-id <id>', 'only this operation')
    .option(
      '--report <file>',
      'also write an HTML fidelity report: the tenant as grown (by --operation-id alone, or every scale-up) against its original — distributions, type mix, the kinds of connection the copies keep',
    )
    .option('--force', 'replace an existing --report file')
    .action(async (flags: { operationId?: string; report?: string; force?: boolean }, command: Command) => {
      await runCommand(command, {}, async (ctx) => {
        const store = await ctx.store({ mustExist: true });
        const tenantId = ctx.tenantId;
        const validation = await validateTenant(store, tenantId, flags.operationId, {
          skipChecks: skippedChecks(ctx.config),
        });
        const growth = flags.report ? await growthReport(store, flags.report, Boolean(flags.force), tenantId, flags.operationId, ctx.signal) : null;
        const text = [renderValidation(validation), ...(growth ? ['', renderGrowth(growth)] : [])].join('\n');
        return { result: growth ? { ...validation, growth } : validation, text, exitCode: validation.passed ? 0 : 1 };
      });
    });
}

function renderCleanup(r: CleanupResult): string {
  const left = r.notUndone.length
    ? [
        `--all undoes scale-ups only; ${r.tenantId ? `tenant ${r.tenantId}` : 'the tenant'} also holds the work of ${r.notUndone.length} other operation(s), left as they are:`,
        ...r.notUndone.map(
          (o) =>
            `  ${o.id}  ${o.kind}: undo it with tenant-scale scale-cleanup --operation-id ${o.id} --yes${undoEffect(o.kind) ? ` (${undoEffect(o.kind)})` : ''}`,
        ),
      ]
    : [];
  if (r.operations.length === 0)
    return [`No scale-up to clean up${r.tenantId ? ` in tenant ${r.tenantId}` : ''}${left.length ? '' : ', and no other operation'}.`, ...left].join('\n');
  const lines = r.operations.map((o) => `  ${o.id}  ${o.kind}  ${o.status}  ${formatCount(o.nodes)} nodes${o.undone ? `: ${o.undone}` : ''}`);
  const head = r.dryRun ? 'Would undo (dry run, nothing changed):' : `Undid ${r.operations.length} operation(s), ${formatCount(r.nodesDeleted)} nodes deleted:`;
  return [head, ...lines, ...left].join('\n');
}

/** The fidelity report of the tenant's growth, with a progress bar while the tenant is read. */
async function growthReport(
  store: GraphStore,
  file: string,
  force: boolean,
  tenantId: string | undefined,
  operationId: string | undefined,
  signal: AbortSignal,
) {
  const progress = createProgress('scale-validate --report');
  try {
    return await reportGrowth(
      store,
      { file, force, ...(tenantId ? { tenantId } : {}), ...(operationId ? { operationId } : {}) },
      { onProgress: (phase, done, total) => progress.update(done, total ?? done, phase), signal },
    );
  } finally {
    progress.stop();
  }
}

function renderGrowth(g: GrowthFidelity): string {
  const f = g.fidelity;
  const share = (m: { sample: number; tenant: number; coverage: number }) =>
    `${formatCount(m.sample)}/${formatCount(m.tenant)} (${(100 * m.coverage).toFixed(1)} %)`;
  return [
    `Scale-up fidelity: ${formatCount(g.grown.resources)} resources grown from ${formatCount(g.original.resources)} (report: ${g.file})`,
    `  KS D, grown vs original: ${METRICS.map((m) => `${m} ${f.ks[m].toFixed(3)}`).join(', ')}; type mix TVD ${f.typeTvd.toFixed(3)}`,
    `  kinds of the original among what the scale-up wrote: type triples ${share(f.motifs.triples)}, typed 2-paths ${share(f.motifs.paths)}, security path kinds ${share(f.securityPaths)}`,
  ].join('\n');
}

function renderValidation(r: TenantValidation): string {
  if (r.operations.length === 0) return `Tenant ${r.tenantId}: no synthetic data to validate.`;
  return [
    `Tenant ${r.tenantId}: ${r.passed ? 'all checks passed' : 'CHECKS FAILED'}`,
    ...r.operations.flatMap((o) => [`  ${o.operationId}`, ...o.checks.map((c) => `    ${c.passed ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`)]),
  ].join('\n');
}
