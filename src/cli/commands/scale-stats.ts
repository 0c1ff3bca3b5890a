import type { Command } from 'commander';
import { tenantStatsReport, type TenantStatsReport } from '../../index.js';
import { countsTable, formatCount, table } from '../format.js';
import { listOption } from '../parse-options.js';
import { runCommand } from '../run-command.js';

export function registerScaleStats(program: Command): void {
  program
    .command('scale-stats')
    .description("show a tenant's resources by layer and type, relationships by type, synthetic vs scanned, and its operations")
    .option('--subscription-id <ids>', 'only these subscriptions (comma-separated); attributes resources whose tenant_id is null', listOption)
    .action(async (flags: { subscriptionId?: string[] }, command: Command) => {
      await runCommand(command, {}, async (ctx) => {
        const store = await ctx.store({ mustExist: true });
        const report = await tenantStatsReport(store, ctx.tenantId, flags.subscriptionId);
        return { result: report, text: renderStats(report) };
      });
    });
}

export function renderStats(r: TenantStatsReport): string {
  const lines = [
    `Tenant ${r.tenantId} in ${r.store}${r.includesNullTenant ? ' (including resources without tenant_id)' : ''}`,
    `  abstracted resources: ${formatCount(r.totals.abstracted)} (${formatCount(r.scannedResources)} scanned, ${formatCount(r.syntheticResources)} synthetic)`,
    `  original resources:   ${formatCount(r.totals.original)}`,
    `  relationships:        ${formatCount(r.totals.relationships)}`,
    '',
    countsTable('Abstracted resources by type', r.resourcesByLayer.abstracted),
    '',
    countsTable('Relationships by type', r.relationshipsByType),
    '',
  ];
  if (r.operations.length === 0) lines.push('Operations: none');
  else {
    lines.push('Operations:');
    lines.push(
      table(
        [
          ['  id', 'kind', 'status', 'resources', 'relationships', 'started'],
          ...r.operations.map((o) => [`  ${o.id}`, o.kind, o.status, formatCount(o.resourcesCreated), formatCount(o.relationshipsCreated), o.startedAt]),
        ],
        [3, 4],
      ),
    );
  }
  return lines.join('\n');
}
