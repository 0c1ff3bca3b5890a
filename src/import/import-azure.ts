import { emitTenant } from '../domain/atg-catalog/emit-tenant.js';
import { UsageError } from '../domain/errors.js';
import type { GraphStore } from '../store/graph-store.js';
import { importSlice, type ImportResult } from '../transfer/import-slice.js';
import { readAzureResources, type AzureFormat } from './read-azure-resources.js';
import { readArmTemplate, type ArmDeployment } from './read-arm-template.js';

export interface ImportAzureOptions {
  readonly file: string;
  readonly format: AzureFormat | 'arm';
  /** For an ARM template: where it is deployed (subscription, resource group, location, parameters file). */
  readonly deployment?: Omit<ArmDeployment, 'tenantId'>;
  /** The tenant the resources become (it must not exist in the store yet). */
  readonly tenantId: string;
  readonly batchSize: number;
  readonly concurrency: number;
  /** The scan time the nodes carry (`updated_at`); default now. */
  readonly now?: Date;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ImportAzureResult extends ImportResult {
  readonly resources: number;
  /** What was left out and why (references to resources not in the file, duplicates). */
  readonly warnings: readonly string[];
}

/**
 * import --format arm|resource-graph|azure-export: the file's resources (an ARM template's, evaluated offline) as an ATG tenant (both layers,
 * context, the relationships their references imply), written as one recorded operation, all or
 * nothing. The file is read and checked whole before anything is written.
 */
export async function importAzureFile(store: GraphStore, options: ImportAzureOptions): Promise<ImportAzureResult> {
  if (!options.tenantId.trim()) throw new UsageError('an import needs the tenant the resources belong to', 'pass {{option:tenantId}} (or set AZURE_TENANT_ID)');
  let resources;
  const warnings: string[] = [];
  if (options.format === 'arm') {
    if (!options.deployment) throw new UsageError('an ARM template import needs the deployment scope', 'pass {{option:subscriptionIds|subscription-id}} and {{option:resourceGroup}} (and {{option:location}}, {{option:parameters}})');
    const evaluated = readArmTemplate(options.file, { ...options.deployment, tenantId: options.tenantId });
    resources = evaluated.resources;
    warnings.push(...evaluated.warnings);
  } else {
    resources = readAzureResources(options.file, options.format);
  }
  if (resources.length === 0) throw new UsageError(`${options.file} holds no resources`, 'pass a file with at least one resource');
  const emitted = emitTenant(resources, options.tenantId, (options.now ?? new Date()).toISOString());
  const result = await importSlice(store, emitted.slice, {
    source: `${options.format} ${options.file}`,
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...result, resources: emitted.resources, warnings: [...warnings, ...emitted.warnings, ...result.warnings] };
}
