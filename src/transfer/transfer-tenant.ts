import { UsageError } from '../domain/errors.js';
import { checkOutputFile, writeGraphFile, type GraphFormat } from '../io/graph-formats/index.js';
import { readGraphJson } from '../io/graph-formats/json-format.js';
import { collectTenant } from '../io/tenant-slice.js';
import type { GraphStore } from '../store/graph-store.js';
import { importSlice, type ImportResult, type ImportSliceOptions } from './import-slice.js';

export interface ExportTenantOptions {
  readonly tenantId: string;
  readonly file: string;
  readonly format: GraphFormat;
  /** Also the Original layer (needed for an export that imports back to the same tenant). */
  readonly includeOriginal?: boolean;
  /** Replace an existing file. */
  readonly force?: boolean;
}

export interface ExportTenantResult {
  readonly tenantId: string;
  readonly file: string;
  readonly format: GraphFormat;
  readonly nodes: number;
  readonly relationships: number;
  readonly bytes: number;
}

/** export: a whole tenant (see collectTenant) to a file, written atomically; a file in the way is refused before anything is read. */
export async function exportTenant(store: GraphStore, options: ExportTenantOptions): Promise<ExportTenantResult> {
  checkOutputFile(options.file, Boolean(options.force));
  await assertTenantExists(store, options.tenantId);
  const slice = await collectTenant(store, options.tenantId, { includeOriginal: Boolean(options.includeOriginal) });
  const bytes = await writeGraphFile(slice, options.format, options.file, { kind: 'tenant-export', store: store.target, includeOriginal: Boolean(options.includeOriginal) });
  return { tenantId: options.tenantId, file: options.file, format: options.format, nodes: slice.nodes.length, relationships: slice.relationships.length, bytes };
}

/** import --format json: a file of this tool's own format (an export, a scale-down sample) as a tenant of this store. */
export async function importGraphFile(store: GraphStore, file: string, options: Omit<ImportSliceOptions, 'source'>): Promise<ImportResult> {
  const { slice } = readGraphJson(file);
  return importSlice(store, slice, { ...options, source: file });
}

/** copy: a whole tenant, both layers and its context, from one store into another where it does not exist yet. */
export async function copyTenant(from: GraphStore, to: GraphStore, options: Omit<ImportSliceOptions, 'source'> & { readonly tenantId: string }): Promise<ImportResult> {
  if (from.target === to.target) throw new UsageError(`--from and --to are the same store (${to.target})`, 'copy between two stores; within one store use scale-down --output-mode new-tenant --target-size 1');
  await assertTenantExists(from, options.tenantId);
  const slice = await collectTenant(from, options.tenantId, { includeOriginal: true });
  return importSlice(to, slice, { ...options, source: from.target });
}

async function assertTenantExists(store: GraphStore, tenantId: string): Promise<void> {
  const census = await store.tenantCensus(tenantId);
  if (!census.tenantNodeIds.includes(tenantId) && census.resourcesWithTenant === 0) {
    throw new UsageError(`no tenant ${tenantId} in ${store.target}`, census.tenantNodeIds.length ? `tenants there: ${census.tenantNodeIds.slice(0, 5).join(', ')}` : 'that store holds no tenant');
  }
}
