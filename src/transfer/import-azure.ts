import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
import { emitTenant, TenantEmitter, type EmittedPart } from '../domain/atg-catalog/emit-tenant.js';
import { STREAM_PAGE } from '../io/graph-stream.js';
import { azureItems } from './azure-items.js';
import { UsageError } from '../domain/errors.js';
import { checkTenantIdLength } from '../domain/tenant-scope.js';
import type { GraphStore } from '../store/graph-store.js';
import { importPages, importSlice, type ImportResult } from './import-slice.js';
import type { AzureFormat } from './read-azure-resources.js';
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
 * import --format arm|resource-graph|azure-export: the file's resources (an ARM template's, evaluated
 * offline) as an ATG tenant (both layers, context, the relationships their references imply),
 * written as one recorded operation, all or nothing. The file is checked whole before anything is
 * written. resource-graph and azure-export files stream (any size: one pass indexes the ids, a second
 * emits the tenant, which importPages writes); a template is evaluated in memory.
 */
export async function importAzureFile(store: GraphStore, options: ImportAzureOptions): Promise<ImportAzureResult> {
  if (!options.tenantId.trim()) throw new UsageError('an import needs the tenant the resources belong to', 'pass {{option:tenantId}} (or set AZURE_TENANT_ID)');
  checkTenantIdLength(options.tenantId, 'pass a shorter {{option:tenantId}}');
  const updatedAt = (options.now ?? new Date()).toISOString();
  const write = {
    source: `${options.format} ${options.file}`,
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  if (options.format === 'arm') {
    const deployment = options.deployment;
    if (!deployment?.subscriptionId || !deployment.resourceGroup)
      throw new UsageError(
        'an ARM template is evaluated for a deployment scope',
        'pass {{option:subscriptionId|subscription-id}} GUID and {{option:resourceGroup}} NAME (and {{option:location}}, {{option:parameters}})',
      );
    const evaluated = readArmTemplate(options.file, { ...deployment, tenantId: options.tenantId });
    if (evaluated.resources.length === 0) throw new UsageError(`${options.file} holds no resources`, 'pass a file with at least one resource');
    const emitted = emitTenant(evaluated.resources, options.tenantId, updatedAt);
    const result = await importSlice(store, emitted.slice, write);
    return { ...result, resources: emitted.resources, warnings: [...evaluated.warnings, ...emitted.warnings, ...result.warnings] };
  }
  const format = options.format;
  const emitter = new TenantEmitter(options.tenantId, updatedAt);
  for await (const item of azureItems(options.file, format)) emitter.indexItem(item);
  if (emitter.resources === 0) throw new UsageError(`${options.file} holds no resources`, 'pass a file with at least one resource');
  const result = await importPages(store, options.tenantId, emittedPages(emitter, azureItems(options.file, format)), write);
  return { ...result, resources: emitter.resources, warnings: [...emitter.warnings, ...result.warnings] };
}

/** The emitter's second pass, in pages of about STREAM_PAGE rows. */
async function* emittedPages(emitter: TenantEmitter, items: AsyncIterable<ArmResource[]>): AsyncGenerator<EmittedPart> {
  let page: EmittedPart = { nodes: [], relationships: [] };
  for await (const item of items) {
    const part = emitter.emitItem(item);
    page.nodes.push(...part.nodes);
    page.relationships.push(...part.relationships);
    if (page.nodes.length + page.relationships.length >= STREAM_PAGE) {
      yield page;
      page = { nodes: [], relationships: [] };
    }
  }
  if (page.nodes.length + page.relationships.length) yield page;
}
