import { UsageError } from '../domain/errors.js';
import type { OperationStatus } from '../domain/operation-record.js';
import type { GraphStore } from '../store/graph-store.js';

export interface CleanupOptions {
  readonly operationId?: string;
  readonly all?: boolean;
  readonly tenantId?: string;
  readonly dryRun?: boolean;
  readonly yes?: boolean;
  readonly batchSize: number;
}

export interface CleanedOperation {
  readonly id: string;
  /** Status before cleanup; `unrecorded` for synthetic nodes whose operation has no record. */
  readonly status: OperationStatus | 'unrecorded';
  readonly nodes: number;
}

export interface CleanupResult {
  readonly tenantId: string | null;
  readonly dryRun: boolean;
  readonly operations: readonly CleanedOperation[];
  readonly nodesDeleted: number;
}

/**
 * scale-cleanup: deletes synthetic data, one operation (or every operation of a tenant) at a time,
 * in batches; also resolves operations a crash left `running`. Never touches a node without the
 * operation's id, so scanned resources and the Original layer are safe by construction.
 */
export async function cleanupOperations(store: GraphStore, options: CleanupOptions): Promise<CleanupResult> {
  if (!options.operationId === !options.all) throw new UsageError('scale-cleanup needs exactly one of --operation-id X or --all', 'pass --operation-id scale-… (see scale-stats) or --all --tenant-id T');
  const targets: { id: string; status: CleanedOperation['status'] }[] = [];
  let tenantId = options.tenantId ?? null;
  if (options.operationId) {
    const record = await store.getOperation(options.operationId);
    if (!record && (await store.countOperationNodes(options.operationId)) === 0) {
      throw new UsageError(`no operation ${options.operationId}`, 'list operations with tenant-scale scale-stats');
    }
    if (record && options.tenantId && record.tenantId !== options.tenantId) {
      throw new UsageError(`operation ${options.operationId} belongs to tenant ${record.tenantId}, not ${options.tenantId}`, 'drop --tenant-id or pass the right one');
    }
    tenantId = record?.tenantId ?? tenantId;
    targets.push({ id: options.operationId, status: record?.status ?? 'unrecorded' });
  } else {
    if (!options.tenantId) throw new UsageError('scale-cleanup --all needs a tenant', 'pass --tenant-id (or set AZURE_TENANT_ID)');
    const records = await store.listOperations(options.tenantId);
    const recorded = new Set(records.map((r) => r.id));
    // A rolled-back or failed operation may still have nodes (a rollback that was interrupted, or
    // a batch an older version let commit after it): those are cleaned again.
    for (const r of records) if (r.status !== 'rolled_back' || (await store.countOperationNodes(r.id)) > 0) targets.push({ id: r.id, status: r.status });
    for (const id of await store.syntheticOperationIds(options.tenantId)) if (!recorded.has(id)) targets.push({ id, status: 'unrecorded' });
  }
  const operations: CleanedOperation[] = [];
  for (const t of targets) operations.push({ ...t, nodes: await store.countOperationNodes(t.id) });
  const total = operations.reduce((s, o) => s + o.nodes, 0);
  if (options.dryRun) return { tenantId, dryRun: true, operations, nodesDeleted: 0 };
  if (!options.yes && total > 0) {
    throw new UsageError(`scale-cleanup would delete ${total} synthetic resources of ${operations.length} operation(s)`, 'pass --yes to confirm, or --dry-run to list them');
  }
  let nodesDeleted = 0;
  for (const o of operations) {
    nodesDeleted += await store.deleteOperationNodes(o.id, options.batchSize);
    await store.releaseReplication(o.id);
    if (o.status !== 'unrecorded') {
      await store.updateOperation(o.id, { status: 'rolled_back', finishedAt: new Date().toISOString(), ...(o.status === 'running' ? { error: 'left running (crash or interruption); resolved by scale-cleanup' } : {}) });
    }
  }
  return { tenantId, dryRun: false, operations, nodesDeleted };
}
