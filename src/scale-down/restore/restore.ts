import { DELETE_KIND } from '../outputs/delete-kind.js';
import { UsageError } from '../../domain/errors.js';
import type { GraphStore } from '../../store/graph-store.js';
import { openBackup } from '../../slice/backup-file.js';
import { restoreBackup, type RestoreCounts } from '../../slice/restore-backup.js';

export interface RestoreOptions {
  /** The backup a scale-down delete wrote. */
  readonly file: string;
  /** When given, the backup must be of this tenant. */
  readonly tenantId?: string;
  readonly batchSize: number;
  /** Check the file and count what is missing, write nothing. */
  readonly dryRun?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RestoreResult extends RestoreCounts {
  readonly file: string;
  readonly tenantId: string;
  readonly operationId: string;
  readonly dryRun: boolean;
}

/**
 * restore: puts back what a scale-down delete removed, from its backup file. The file is checked
 * whole first (in one streamed pass) (a damaged or foreign file is refused before anything is written); the delete's
 * record must be in this store, for this tenant. Idempotent: a rerun after a crash completes it,
 * and the delete is marked rolled_back.
 */
export async function restoreFromBackup(store: GraphStore, options: RestoreOptions): Promise<RestoreResult> {
  const backup = await openBackup(options.file);
  if (options.tenantId && options.tenantId !== backup.tenantId) {
    throw new UsageError(
      `${options.file} is a backup of tenant ${backup.tenantId}, not ${options.tenantId}`,
      `pass that tenant's backup, or {{option:tenantId}} ${backup.tenantId}`,
    );
  }
  const record = await store.getOperation(backup.operationId);
  if (record?.kind !== DELETE_KIND.name || record.tenantId !== backup.tenantId) {
    throw new UsageError(
      `${options.file} is the backup of delete ${backup.operationId} of tenant ${backup.tenantId}, which ${store.target} has no record of`,
      'restore into the store the backup was made from ({{option:store|db}})',
    );
  }
  const running = (await store.listOperations(backup.tenantId)).find((o) => o.status === 'running' && o.id !== record.id);
  if (running)
    throw new UsageError(
      `operation ${running.id} of tenant ${backup.tenantId} is running`,
      `wait for it, or resolve it with tenant-scale scale-cleanup {{option:operationId}} ${running.id} {{option:yes}}`,
    );
  const base = { file: options.file, tenantId: backup.tenantId, operationId: backup.operationId };
  if (options.dryRun) {
    return { ...base, dryRun: true, nodes: backup.graph.counts.nodes, relationships: backup.graph.counts.relationships, alreadyPresent: 0 };
  }
  const counts = await restoreBackup(store, backup, {
    batchSize: options.batchSize,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (record.status !== 'rolled_back') {
    await store.updateOperation(record.id, { status: 'rolled_back', finishedAt: new Date().toISOString(), error: `restored from ${options.file}` });
  }
  return { ...base, dryRun: false, ...counts };
}
