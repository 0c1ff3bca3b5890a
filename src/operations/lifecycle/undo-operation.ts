import type { CreatedSharedNodes } from '../../io/slice-rewrite.js';
import { existsSync } from 'node:fs';
import { isScaleUpKind, type OperationKind, type OperationRecord } from '../../domain/operation-record.js';
import { readBackup } from '../../io/backup/backup-file.js';
import { restoreBackup } from '../../io/backup/restore-backup.js';
import type { GraphStore, OperationRecords } from '../../store/graph-store.js';

const KIND_NAMES: Record<OperationKind, string> = {
  template: 'template scale-up',
  scenario: 'scenario scale-up',
  random: 'random scale-up',
  'generate-tenant': 'generate-tenant',
  'new-tenant': 'scale-down to a new tenant',
  import: 'import',
  'scale-down-delete': 'scale-down delete',
};

/** Kinds that create a whole tenant (which did not exist before them): undone by deleting it. */
export function createsTenant(kind: OperationKind): boolean {
  return kind === 'generate-tenant' || kind === 'new-tenant' || kind === 'import';
}

/** The operation kind in words, for messages. */
export function describeKind(kind: OperationKind): string {
  return KIND_NAMES[kind] ?? kind;
}

export interface UndoResult {
  readonly nodesDeleted: number;
  /** What was done, in words. */
  readonly summary: string;
}

/**
 * Undoes what an operation wrote, by its kind, and says what it did. Scale-ups: their nodes (all
 * carry the operation's id). generate-tenant, new-tenant and import: the tenant they created (it did not
 * exist before them), and the shared nodes they created that nothing else uses. A scale-down
 * delete: its backup is restored (without a backup file nothing had been deleted yet, or the user
 * chose --no-backup and there is nothing to restore from).
 */
export async function undoOperation(store: GraphStore, record: OperationRecord, batchSize: number, onBatch?: (items: number) => void): Promise<UndoResult> {
  const kind = record.strategy;
  if (isScaleUpKind(kind)) {
    const removed = await store.deleteOperationNodes(record.id, batchSize, undefined, onBatch);
    await store.releaseReplication(record.id);
    return { nodesDeleted: removed, summary: `removed its ${removed} nodes` };
  }
  if (createsTenant(kind)) {
    const removed = await store.deleteTenantNodes(record.tenantId, batchSize, onBatch);
    let shared = 0;
    for (const [label, keys] of Object.entries((record.params.createdSharedNodes ?? {}) as CreatedSharedNodes)) {
      for (let i = 0; i < keys.length; i += batchSize) shared += await store.deleteUnusedSharedNodes(label, keys.slice(i, i + batchSize));
    }
    const closed = await closeCopiedRecords(store, record);
    const summary =
      removed + shared > 0
        ? `removed the ${removed} nodes of tenant ${record.tenantId}${shared ? ` and ${shared} shared nodes it had created` : ''}`
        : 'nothing had been written';
    return { nodesDeleted: removed + shared, summary: closed ? `${summary}; closed the ${closed} operation records copied with it` : summary };
  }
  const file = record.params.backupFile;
  if (typeof file !== 'string') return { nodesDeleted: 0, summary: 'it ran without a backup (--no-backup): nothing to restore from' };
  if (!existsSync(file)) return { nodesDeleted: 0, summary: 'its backup had not been written, so nothing had been deleted' };
  let reported = 0;
  const restored = await restoreBackup(store, readBackup(file), {
    batchSize,
    onProgress: (done) => {
      onBatch?.(done - reported);
      reported = done;
    },
  });
  return { nodesDeleted: 0, summary: `restored ${restored.nodes} nodes and ${restored.relationships} relationships from ${file}` };
}

/** A copy's import brings the source's records of the tenant along (`copiedWith`): gone with the tenant, they are closed as rolled back. */
async function closeCopiedRecords(store: Pick<OperationRecords, 'listOperations' | 'updateOperation'>, record: OperationRecord): Promise<number> {
  let closed = 0;
  for (const o of await store.listOperations(record.tenantId)) {
    if (o.params.copiedWith !== record.id || o.status === 'rolled_back') continue;
    await store.updateOperation(o.id, { status: 'rolled_back', error: `removed with the ${describeKind(record.strategy)} ${record.id} that copied it` });
    closed++;
  }
  return closed;
}
