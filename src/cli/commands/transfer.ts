import { type Command, Option } from 'commander';
import {
  writeDefaults,
  GRAPH_FORMATS,
  type GraphFormat,
  type ImportResult,
  importAzureFile,
  AZURE_FORMATS,
  type AzureFormat,
  copyTenant,
  exportTenant,
  importGraphFile,
  type ExportTenantResult,
  UsageError,
} from '../../index.js';
import { formatCount } from '../format.js';
import { createProgress } from '../progress.js';
import { runCommand, type CommandContext } from '../run-command.js';

const tenantOf = (ctx: CommandContext, command: string): string => {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new UsageError(`${command} needs a tenant`, 'pass --tenant-id (or set AZURE_TENANT_ID)');
  return tenantId;
};

export function registerTransfer(program: Command): void {
  program
    .command('export')
    .description('write a whole tenant (every node carrying its tenant_id, its relationships, the shared nodes they reach) to a file')
    .requiredOption('--output <file>', 'the file to write (atomically: a side file renamed when complete)')
    .addOption(new Option('--format <format>', "json (this tool's own, which import reads), yaml, graphml, cypher").choices(GRAPH_FORMATS).default('json'))
    .option('--include-original', 'also the Original layer (needed to import the tenant back exactly)')
    .option('--force', 'replace --output if it exists')
    .option('--operation-id <id>', 'only the nodes this operation wrote, with every relationship touching them and the nodes at their other ends')
    .option('--synthetic-only', 'only the synthetic nodes (every scale-up), likewise')
    .action(
      async (
        flags: { output: string; format: GraphFormat; includeOriginal?: boolean; force?: boolean; operationId?: string; syntheticOnly?: boolean },
        command: Command,
      ) => {
        await runCommand(command, {}, async (ctx) => {
          const store = await ctx.store({ mustExist: true });
          const progress = createProgress('export');
          try {
            const result = await exportTenant(store, {
              tenantId: tenantOf(ctx, 'export'),
              file: flags.output,
              format: flags.format,
              includeOriginal: Boolean(flags.includeOriginal),
              force: Boolean(flags.force),
              ...(flags.operationId !== undefined ? { operationId: flags.operationId } : {}),
              syntheticOnly: Boolean(flags.syntheticOnly),
              // The total is known only at the end of the read: the bar counts up.
              onProgress: (done) => progress.update(done, done, 'reading'),
              signal: ctx.signal,
            });
            return { result, text: renderExport(result) };
          } finally {
            progress.stop();
          }
        });
      },
    );

  program
    .command('import')
    .description('bring a tenant in from a file, offline: one recorded operation, all or nothing, validated')
    .requiredOption('--file <path>', 'the file to read')
    .addOption(
      new Option(
        '--format <format>',
        "json: this tool's own format (an export, a scale-down sample; its tenant, or --as-tenant); arm: an ARM deployment template, evaluated offline (--subscription-id, --resource-group, --location, --parameters); resource-graph: `az graph query -q Resources -o json`; azure-export: Export-AzRuleData / Get-AzResource -ExpandProperties (the tenant: --tenant-id)",
      )
        .choices(['json', 'arm', ...AZURE_FORMATS])
        .default('json'),
    )
    .option('--as-tenant <id>', "json: import under this tenant id (every id is rewritten, as scale-down new-tenant does); default: the file's tenant")
    .option('--subscription-id <guid>', 'arm: the subscription the template is deployed to (subscription())')
    .option('--resource-group <name>', 'arm: the resource group it is deployed to (resourceGroup())')
    .option('--location <region>', "arm: the resource group's location (resourceGroup().location)", 'eastus')
    .option('--parameters <file>', 'arm: a deployment-parameters file overriding the defaults')
    .action(
      async (
        flags: {
          file: string;
          format: 'json' | 'arm' | AzureFormat;
          asTenant?: string;
          subscriptionId?: string;
          resourceGroup?: string;
          location: string;
          parameters?: string;
        },
        command: Command,
      ) => {
        await runCommand(command, {}, async (ctx) => {
          // Flags of another format are refused, not ignored: the json branch would otherwise write without them.
          const armOnly = [
            ['--subscription-id', flags.subscriptionId],
            ['--resource-group', flags.resourceGroup],
            ['--parameters', flags.parameters],
          ]
            .filter(([, v]) => v)
            .map(([f]) => f);
          if (flags.format !== 'arm' && armOnly.length)
            throw new UsageError(
              `${armOnly.join(', ')} is for --format arm`,
              flags.format === 'json' ? 'drop it: a json file names its own tenant and scopes' : 'drop it: the file names its subscriptions and groups',
            );
          const store = await ctx.store();
          if (flags.format === 'json') {
            const result = await withProgress('import', (onProgress) =>
              importGraphFile(store, flags.file, {
                ...writeDefaults(ctx.config),
                ...(flags.asTenant ? { tenantId: flags.asTenant } : {}),
                signal: ctx.signal,
                onProgress,
              }),
            );
            return { result, text: renderImport(result, flags.file) };
          }
          if (flags.asTenant) throw new UsageError('--as-tenant is for --format json', `name the tenant of ${flags.format} data with --tenant-id`);
          const tenantId = tenantOf(ctx, `import --format ${flags.format}`);
          // The library refuses a template without its deployment scope.
          const deployment =
            flags.format === 'arm'
              ? {
                  deployment: {
                    subscriptionId: flags.subscriptionId ?? '',
                    resourceGroup: flags.resourceGroup ?? '',
                    location: flags.location,
                    ...(flags.parameters ? { parametersFile: flags.parameters } : {}),
                  },
                }
              : {};
          const result = await withProgress('import', (onProgress) =>
            importAzureFile(store, {
              file: flags.file,
              format: flags.format as AzureFormat | 'arm',
              tenantId,
              ...deployment,
              ...writeDefaults(ctx.config),
              signal: ctx.signal,
              onProgress,
            }),
          );
          return { result, text: renderImport(result, flags.file) };
        });
      },
    );

  program
    .command('copy')
    .description('copy a whole tenant (both layers, its context) from one store into another where it does not exist yet, e.g. from Neo4j onto a laptop')
    .requiredOption('--from <url>', 'the store to read (a Neo4j URL, sqlite:PATH or a file path)')
    .requiredOption('--to <url>', 'the store to write')
    .action(async (flags: { from: string; to: string }, command: Command) => {
      await runCommand(command, {}, async (ctx) => {
        const tenantId = tenantOf(ctx, 'copy');
        const from = await ctx.otherStore(flags.from, { mustExist: true });
        const to = await ctx.otherStore(flags.to);
        const result = await withProgress('copy', (onProgress) =>
          copyTenant(from, to, { ...writeDefaults(ctx.config), tenantId, signal: ctx.signal, onProgress }),
        );
        return { result, text: renderImport(result, from.target) };
      });
    });
}

async function withProgress<T>(label: string, run: (onProgress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  const progress = createProgress(label);
  try {
    return await run((done, total) => progress.update(done, total, 'writing'));
  } finally {
    progress.stop();
  }
}

function renderExport(r: ExportTenantResult): string {
  return `Exported tenant ${r.tenantId} to ${r.file} (${r.format}): ${formatCount(r.nodes)} nodes, ${formatCount(r.relationships)} relationships, ${formatCount(r.bytes)} bytes`;
}

function renderImport(r: ImportResult, source: string): string {
  return [
    ...r.warnings.map((w) => `warning: ${w}`),
    `Wrote tenant ${r.tenantId} from ${source} into ${r.store} (operation ${r.operationId}): ${formatCount(r.nodes)} nodes, ${formatCount(r.relationships)} relationships in ${r.seconds.toFixed(2)} s; validation passed.`,
    `  Remove it again with: tenant-scale scale-cleanup --operation-id ${r.operationId} --yes`,
  ].join('\n');
}
