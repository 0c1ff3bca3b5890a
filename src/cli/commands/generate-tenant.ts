import type { Command } from 'commander';
import { UsageError, checkGenerateOptions, loadGeneratedTenant, writeDefaults } from '../../index.js';
import { formatCount } from '../format.js';
import { positiveIntegerOption, integerOption } from '../parse-options.js';
import { createProgress } from '../progress.js';
import { runCommand } from '../run-command.js';

interface GenerateTenantFlags {
  resources: number;
  seed: number;
  batchSize?: number;
  concurrency?: number;
}

export function registerGenerateTenant(program: Command): void {
  program
    .command('generate-tenant')
    .description('write a realistic ATG-shaped base tenant (both layers, shared nodes, typed relationships, real hubs)')
    .requiredOption('--resources <n>', 'abstracted resources to generate (each also gets its Original twin)', positiveIntegerOption)
    .option('--seed <n>', 'random seed: the same seed and tenant id give the same graph on every store', integerOption, 1)
    .option('--batch-size <n>', 'rows per transaction (default: performance.batch_size, 10000)', positiveIntegerOption)
    .option('--concurrency <n>', 'node batches written in parallel on Neo4j (default: performance.concurrency, 2)', positiveIntegerOption)
    .addHelpText(
      'after',
      '\nInto an empty SQLite file the tenant is bulk-loaded through a side file PATH.loading (no WAL, indexes\n' +
        'built once at the end) that replaces PATH only when the load succeeds; a failed or interrupted load\n' +
        'leaves PATH as it was. A store that already holds data is written in place.',
    )
    .action(async (flags: GenerateTenantFlags, command: Command) => {
      await runCommand(command, { performance: { batch_size: flags.batchSize, concurrency: flags.concurrency } }, async (ctx) => {
        const tenantId = ctx.tenantId;
        if (!tenantId) throw new UsageError('generate-tenant needs a tenant id', 'pass --tenant-id or set AZURE_TENANT_ID');
        // Named where the blank id came from: the library can only name its option.
        if (!tenantId.trim())
          throw new UsageError(`${ctx.globals.tenantId === undefined ? 'AZURE_TENANT_ID' : '--tenant-id'} is empty`, 'pass --tenant-id or set AZURE_TENANT_ID');
        checkGenerateOptions({ resources: flags.resources, seed: flags.seed, tenantId });
        const store = await ctx.store();
        const progress = createProgress('generate-tenant');
        try {
          const result = await loadGeneratedTenant(
            store,
            { ...writeDefaults(ctx.config), resources: flags.resources, seed: flags.seed, tenantId },
            {
              onProgress: (t, target) => progress.update(t.resources, target, `${formatCount(t.nodes)} nodes, ${formatCount(t.relationships)} relationships`),
              signal: ctx.signal,
            },
          );
          progress.stop();
          ctx.logger.info(result, 'tenant generated');
          return {
            result,
            text:
              `Generated tenant ${result.tenantId} in ${result.store} (seed ${result.seed}):\n` +
              `  ${formatCount(result.resources)} resources, ${formatCount(result.nodesCreated)} nodes, ${formatCount(result.relationshipsCreated)} relationships\n` +
              `  ${result.seconds.toFixed(2)} s, ${formatCount(result.resourcesPerSecond)} resources/s`,
          };
        } finally {
          progress.stop();
        }
      });
    });
}
