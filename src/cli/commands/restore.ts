import type { Command } from 'commander';
import { restoreFromBackup, type RestoreResult, writeDefaults } from '../../index.js';
import { formatCount } from '../format.js';
import { createProgress } from '../progress.js';
import { runCommand } from '../run-command.js';

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('put back what scale-down --output-mode delete removed, exactly, from its backup file (a rerun after a crash finishes it)')
    .requiredOption('--file <backup.json>', 'the backup file the delete wrote (--backup-file)')
    .option('--dry-run', 'check the file and print what it holds; write nothing')
    .action(async (flags: { file: string; dryRun?: boolean }, command: Command) => {
      await runCommand(command, {}, async (ctx) => {
        const store = await ctx.store({ mustExist: true });
        const tenantId = ctx.tenantId;
        const progress = createProgress('restore');
        try {
          const result = await restoreFromBackup(store, {
            file: flags.file,
            ...(tenantId ? { tenantId } : {}),
            batchSize: writeDefaults(ctx.config).batchSize,
            dryRun: Boolean(flags.dryRun),
            signal: ctx.signal,
            onProgress: (done, total) => progress.update(done, total, 'restoring'),
          });
          return { result, text: renderRestore(result) };
        } finally {
          progress.stop();
        }
      });
    });
}

function renderRestore(r: RestoreResult): string {
  if (r.dryRun)
    return `Backup ${r.file} of tenant ${r.tenantId} (delete ${r.operationId}) is intact: ${formatCount(r.nodes)} nodes, ${formatCount(r.relationships)} relationships. Dry run: nothing written.`;
  return `Restored tenant ${r.tenantId} from ${r.file}: ${formatCount(r.nodes)} nodes and ${formatCount(r.relationships)} relationships written back${r.alreadyPresent ? ` (${formatCount(r.alreadyPresent)} nodes were still there)` : ''}; delete ${r.operationId} is marked rolled_back.`;
}
