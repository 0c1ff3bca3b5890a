import { UsageError } from '../domain/errors.js';
import { checkOutputFile, writeGraphStream, type GraphFormat } from '../io/graph-formats/index.js';
import { openGraphJson } from '../io/graph-formats/json-reader.js';
import { spoolGraph } from '../io/graph-spool.js';
import { walkTenant } from '../io/tenant-slice.js';
import type { GraphStore } from '../store/graph-store.js';
import { importGraph, type ImportResult, type ImportSliceOptions } from './import-slice.js';

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

/**
 * export: a whole tenant (see walkTenant) to a file, streamed: the walk is spooled to a temporary
 * folder (the formats put every node before the relationships), then written atomically. A file in
 * the way is refused before anything is read.
 */
export async function exportTenant(store: GraphStore, options: ExportTenantOptions): Promise<ExportTenantResult> {
  checkOutputFile(options.file, Boolean(options.force));
  await assertTenantExists(store, options.tenantId);
  const includeOriginal = Boolean(options.includeOriginal);
  const spooled = await spoolGraph(options.tenantId, walkTenant(store, options.tenantId, { includeOriginal }));
  try {
    const bytes = await writeGraphStream(spooled, options.format, options.file, { kind: 'tenant-export', store: store.target, includeOriginal });
    return { tenantId: options.tenantId, file: options.file, format: options.format, nodes: spooled.counts.nodes, relationships: spooled.counts.relationships, bytes };
  } finally {
    spooled.dispose();
  }
}

/** import --format json: a file of this tool's own format (an export, a scale-down sample), checked whole and then streamed into the store as a tenant. */
export async function importGraphFile(store: GraphStore, file: string, options: Omit<ImportSliceOptions, 'source'>): Promise<ImportResult> {
  const { graph } = await openGraphJson(file);
  return importGraph(store, graph, { ...options, source: file });
}

/** copy: a whole tenant, both layers and its context, from one store into another where it does not exist yet, streamed through a temporary spool. */
export async function copyTenant(from: GraphStore, to: GraphStore, options: Omit<ImportSliceOptions, 'source'> & { readonly tenantId: string }): Promise<ImportResult> {
  if (from.target === to.target) throw new UsageError(`the source and the target are the same store (${to.target})`, 'copy between two stores; within one store use scale-down with {{option:mode|output-mode}} new-tenant and {{option:targetSize}} 1');
  await assertTenantExists(from, options.tenantId);
  const spooled = await spoolGraph(options.tenantId, walkTenant(from, options.tenantId, { includeOriginal: true }));
  try {
    return await importGraph(to, spooled, { ...options, source: from.target });
  } finally {
    spooled.dispose();
  }
}

async function assertTenantExists(store: GraphStore, tenantId: string): Promise<void> {
  const census = await store.tenantCensus(tenantId);
  if (!census.tenantNodeIds.includes(tenantId) && census.resourcesWithTenant === 0) {
    throw new UsageError(`no tenant ${tenantId} in ${store.target}`, census.tenantNodeIds.length ? `tenants there: ${census.tenantNodeIds.slice(0, 5).join(', ')}` : 'that store holds no tenant');
  }
}
