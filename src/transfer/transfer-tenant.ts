import { OperationFailedError, opt, UsageError } from '../domain/errors.js';
import { checkOutputFile, writeGraphStream, type GraphFormat } from '../io/graph-formats/index.js';
import { openGraphJson } from '../io/graph-formats/json-reader.js';
import { spoolGraph } from '../io/graph-spool.js';
import { walkTenant } from '../slice/tenant-slice.js';
import type { GraphStore, StoredNode } from '../store/graph-store.js';
import { importGraph, importPages, type ImportResult, type ImportSliceOptions } from './import-slice.js';

export interface ExportTenantOptions {
  readonly tenantId: string;
  readonly file: string;
  readonly format: GraphFormat;
  /** Also the Original layer (needed for an export that imports back to the same tenant). */
  readonly includeOriginal?: boolean;
  /** Replace an existing file. */
  readonly force?: boolean;
  /** Only the nodes this operation wrote (with every relationship touching them and the nodes at their other ends). */
  readonly operationId?: string;
  /** Only the synthetic nodes (every scale-up's), likewise. */
  readonly syntheticOnly?: boolean;
  /** Nodes and relationships read so far (into the spool; the file is written from it at the end). */
  readonly onProgress?: (done: number) => void;
  /** Aborted: the export stops, writes no file and removes its spool. */
  readonly signal?: AbortSignal;
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
  if (options.operationId !== undefined && options.syntheticOnly)
    throw new UsageError(`${opt('operationId')} and ${opt('syntheticOnly')} both select what to export`, 'pass one of them');
  checkOutputFile(options.file, Boolean(options.force), opt('file', 'output'));
  await assertTenantExists(store, options.tenantId);
  if (options.operationId !== undefined) await assertOperationOf(store, options.tenantId, options.operationId);
  const includeOriginal = Boolean(options.includeOriginal);
  const { operationId, syntheticOnly } = options;
  const select =
    operationId !== undefined
      ? (n: StoredNode) => n.properties.scale_operation_id === operationId
      : syntheticOnly
        ? (n: StoredNode) => n.properties.synthetic === true
        : undefined;
  const spooled = await spoolGraph(options.tenantId, walkTenant(store, options.tenantId, { includeOriginal, ...(select ? { select } : {}) }), (n) => {
    if (options.signal?.aborted) throw new OperationFailedError(`export of tenant ${options.tenantId} interrupted: no file written`, 'run it again');
    options.onProgress?.(n.nodes + n.relationships);
  });
  try {
    const selection = operationId !== undefined ? { operationId } : syntheticOnly ? { syntheticOnly: true } : {};
    const bytes = await writeGraphStream(spooled, options.format, options.file, { kind: 'tenant-export', store: store.target, includeOriginal, ...selection });
    return {
      tenantId: options.tenantId,
      file: options.file,
      format: options.format,
      nodes: spooled.counts.nodes,
      relationships: spooled.counts.relationships,
      bytes,
    };
  } finally {
    spooled.dispose();
  }
}

/** import --format json: a file of this tool's own format (an export, a scale-down sample), checked whole and then streamed into the store as a tenant. */
export async function importGraphFile(store: GraphStore, file: string, options: Omit<ImportSliceOptions, 'source'>): Promise<ImportResult> {
  const { graph } = await openGraphJson(file);
  return importGraph(store, graph, { ...options, source: file });
}

/** copy: a whole tenant, both layers and its context, from one store into another where it does not exist yet, streamed (see importPages). */
export async function copyTenant(
  from: GraphStore,
  to: GraphStore,
  options: Omit<ImportSliceOptions, 'source'> & { readonly tenantId: string },
): Promise<ImportResult> {
  if (from.target === to.target)
    throw new UsageError(
      `the source and the target are the same store (${to.target})`,
      'copy between two stores; within one store use scale-down with {{option:mode|output-mode}} new-tenant and {{option:targetSize}} 1',
    );
  await assertTenantExists(from, options.tenantId);
  const history = await from.listOperations(options.tenantId);
  const running = history.find((r) => r.status === 'running');
  if (running) {
    throw new UsageError(
      `operation ${running.id} of tenant ${options.tenantId} is running in ${from.target}`,
      `wait for it to end, or resolve it with scale-cleanup ${opt('operationId')} ${running.id} ${opt('yes')}; then copy`,
    );
  }
  // The tenant's history comes along (inside the import), so its scale-ups can be validated and cleaned up there (their nodes keep their operation ids).
  // A store that reads the tenant in its own order does (scanTenantPages); the others are walked.
  const pages = from.scanTenantPages?.(options.tenantId) ?? walkTenant(from, options.tenantId, { includeOriginal: true });
  return importPages(to, options.tenantId, pages, { ...options, source: from.target, history });
}

/** The operation must have written into this tenant (recorded, or its nodes are there). */
async function assertOperationOf(store: GraphStore, tenantId: string, operationId: string): Promise<void> {
  const record = await store.getOperation(operationId);
  if (record?.tenantId === tenantId || (!record && (await store.syntheticOperationIds(tenantId)).includes(operationId))) return;
  const known = (await store.listOperations(tenantId)).map((r) => r.id);
  throw new UsageError(
    record ? `operation ${operationId} belongs to tenant ${record.tenantId}, not ${tenantId}` : `no operation ${operationId} in tenant ${tenantId}`,
    known.length
      ? `operations of this tenant: ${known.slice(-5).join(', ')} (tenant-scale scale-stats lists them all)`
      : 'this tenant has no recorded operation',
  );
}

async function assertTenantExists(store: GraphStore, tenantId: string): Promise<void> {
  const census = await store.tenantCensus(tenantId);
  if (!census.tenantNodeIds.includes(tenantId) && census.resourcesWithTenant === 0) {
    throw new UsageError(
      `no tenant ${tenantId} in ${store.target}`,
      census.tenantNodeIds.length ? `tenants there: ${census.tenantNodeIds.slice(0, 5).join(', ')}` : 'that store holds no tenant',
    );
  }
}
