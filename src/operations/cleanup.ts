import { UsageError } from '../domain/errors.js';
import { assertKnownTenant } from '../domain/tenant-scope.js';
import type { OperationKind, OperationRecord, OperationStatus } from '../domain/operation-record.js';
import type { GraphStore, OperationRecords } from '../store/graph-store.js';
import { operationKind } from './kinds/registry.js';
import { assertNotAlive } from './lifecycle/running-process.js';

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
  /** What it was (unrecorded synthetic nodes come from a scale-up). */
  readonly kind: OperationKind | 'unrecorded';
  /** Nodes it removes (a scale-up's or a created tenant's), or for a scale-down delete the nodes its backup restores. */
  readonly nodes: number;
  /** What undoing it did, in words (empty for a dry run). */
  readonly undone: string;
}

export interface CleanupResult {
  readonly tenantId: string | null;
  readonly dryRun: boolean;
  readonly operations: readonly CleanedOperation[];
  readonly nodesDeleted: number;
  /**
   * With `all`: the tenant's completed operations that `all` leaves alone (it undoes scale-ups only) —
   * a tenant made by generate-tenant, import, copy or new-tenant, a scale-down delete — each undone by its own id.
   */
  readonly notUndone: readonly { readonly id: string; readonly kind: OperationKind }[];
}

/**
 * scale-cleanup: deletes synthetic data, one operation (or every operation of a tenant) at a time,
 * in batches; also resolves operations a crash left `running`. Never touches a node without the
 * operation's id, so scanned resources and the Original layer are safe by construction.
 */
export interface CleanupHooks {
  /** Items undone so far (nodes deleted; for a scale-down delete, nodes and relationships restored) of about `total`. */
  readonly onProgress?: (done: number, total: number) => void;
}

export async function cleanupOperations(store: GraphStore, options: CleanupOptions, hooks: CleanupHooks = {}): Promise<CleanupResult> {
  if (!options.operationId === !options.all)
    throw new UsageError(
      'scale-cleanup needs exactly one of {{option:operationId}} X or {{option:all}}',
      'pass {{option:operationId}} scale-… (see scale-stats) or {{option:all}} {{option:tenantId}} T',
    );
  const targets: { id: string; status: CleanedOperation['status']; record?: OperationRecord }[] = [];
  const notUndone: CleanupResult['notUndone'][number][] = [];
  let tenantId = options.tenantId ?? null;
  if (options.operationId) {
    const record = await store.getOperation(options.operationId);
    // An unrecorded operation is known only by its nodes: with a tenant, only that tenant's.
    if (!record && (await store.countOperationNodes(options.operationId, options.tenantId)) === 0) {
      throw new UsageError(
        `no operation ${options.operationId}${options.tenantId ? ` in tenant ${options.tenantId}` : ''}`,
        'list operations with tenant-scale scale-stats',
      );
    }
    if (record && options.tenantId && record.tenantId !== options.tenantId) {
      throw new UsageError(
        `operation ${options.operationId} belongs to tenant ${record.tenantId}, not ${options.tenantId}`,
        'drop {{option:tenantId}} or pass the right one',
      );
    }
    if (record && !operationKind(record.kind).marksItsNodes) await assertUndoable(store, record);
    tenantId = record?.tenantId ?? tenantId;
    targets.push({ id: options.operationId, status: record?.status ?? 'unrecorded', ...(record ? { record } : {}) });
  } else {
    if (!options.tenantId) throw new UsageError('scale-cleanup {{option:all}} needs a tenant', 'pass {{option:tenantId}} (or set AZURE_TENANT_ID)');
    // A tenant the store holds nothing of is refused as every other command refuses it, not cleaned as "nothing to do".
    assertKnownTenant(options.tenantId, await store.tenantCensus(options.tenantId));
    // --all removes synthetic data (scale-ups); a created tenant or a shrunk one is undone only by its --operation-id.
    const all = await store.listOperations(options.tenantId);
    for (const r of all) {
      const kind = operationKind(r.kind);
      if (!kind.marksItsNodes && r.status === 'completed' && !r.params.copiedWith) notUndone.push({ id: r.id, kind: r.kind });
    }
    const records = all.filter((r) => operationKind(r.kind).marksItsNodes);
    const recorded = new Set(records.map((r) => r.id));
    // A rolled-back or failed operation may still have nodes (a rollback that was interrupted, or
    // a batch an older version let commit after it): those are cleaned again.
    for (const r of records)
      if (r.status !== 'rolled_back' || (await store.countOperationNodes(r.id)) > 0) targets.push({ id: r.id, status: r.status, record: r });
    for (const id of await store.syntheticOperationIds(options.tenantId)) if (!recorded.has(id)) targets.push({ id, status: 'unrecorded' });
  }
  if (!options.dryRun) assertNotAlive(targets.flatMap((t) => (t.record ? [t.record] : [])));
  const operations: CleanedOperation[] = [];
  // Unrecorded operations are scoped to the tenant when one is named (their nodes are found by operation id alone).
  const scope = options.tenantId ?? undefined;
  for (const t of targets)
    operations.push({ id: t.id, status: t.status, kind: t.record?.kind ?? 'unrecorded', nodes: await nodesOf(store, t.id, t.record, scope), undone: '' });
  const total = operations.reduce((s, o) => s + o.nodes, 0);
  if (options.dryRun) return { tenantId, dryRun: true, operations, nodesDeleted: 0, notUndone };
  if (!options.yes && (total > 0 || targets.some((t) => t.record && !operationKind(t.record.kind).marksItsNodes))) {
    throw new UsageError(
      `scale-cleanup would undo ${operations.length} operation(s), ${total} nodes`,
      'pass {{option:yes}} to confirm, or {{option:dryRun}} to list them',
    );
  }
  let nodesDeleted = 0;
  let undoneItems = 0;
  const onBatch = (items: number) => {
    undoneItems += items;
    hooks.onProgress?.(undoneItems, Math.max(total, undoneItems));
  };
  const done: CleanedOperation[] = [];
  for (const [i, o] of operations.entries()) {
    const record = targets[i]!.record;
    let undone: string;
    if (record && !operationKind(record.kind).marksItsNodes && record.status === 'rolled_back') {
      undone = 'already rolled back: nothing to do';
    } else if (record) {
      const result = await operationKind(record.kind).undo(store, record, options.batchSize, onBatch);
      undone = result.summary;
      nodesDeleted += result.nodesDeleted;
      await store.updateOperation(o.id, {
        status: 'rolled_back',
        finishedAt: new Date().toISOString(),
        ...(o.status === 'running' ? { error: 'left running (crash or interruption); resolved by scale-cleanup' } : {}),
      });
    } else {
      const removed = await store.deleteOperationNodes(o.id, options.batchSize, scope, onBatch);
      await store.releaseReplication(o.id);
      nodesDeleted += removed;
      undone = `removed its ${removed} nodes`;
    }
    done.push({ ...o, undone });
  }
  return { tenantId, dryRun: false, operations: done, nodesDeleted, notUndone };
}

/** A created tenant is removed only when nothing else lives in it: other operations of that tenant go first. */
async function assertUndoable(store: Pick<OperationRecords, 'listOperations'>, record: OperationRecord): Promise<void> {
  const kind = operationKind(record.kind);
  if (!kind.createsTenant) return;
  // Records a copy brought along with the tenant go with it; operations written into it since then go first.
  const others = (await store.listOperations(record.tenantId)).filter(
    (o) => o.id !== record.id && o.params.copiedWith !== record.id && (o.status === 'completed' || o.status === 'running'),
  );
  if (others.length) {
    throw new UsageError(
      `undoing ${kind.description} ${record.id} removes tenant ${record.tenantId}, which ${others.length} other operation(s) wrote into (${others
        .map((o) => o.id)
        .slice(0, 3)
        .join(', ')})`,
      `undo those first: tenant-scale scale-cleanup {{option:operationId}} ${others[others.length - 1]!.id} {{option:yes}}`,
    );
  }
}

/** How many nodes undoing the operation touches: a rolled-back tenant-level operation has nothing left to undo. */
async function nodesOf(store: GraphStore, id: string, record: OperationRecord | undefined, tenantId: string | undefined): Promise<number> {
  if (!record) return store.countOperationNodes(id, tenantId);
  const kind = operationKind(record.kind);
  if (!kind.marksItsNodes && record.status === 'rolled_back') return 0;
  return kind.undoSize(store, record);
}
