import { LABEL } from '../../domain/atg-schema.js';
import { OperationFailedError } from '../../domain/errors.js';
import { refOf, type SliceRelationship } from '../../io/graph-slice.js';
import { sliceChunks } from '../../io/slice-chunks.js';
import type { GraphStore } from '../../store/graph-store.js';
import { writeChunks } from '../../store/write-chunks.js';
import type { Backup } from './backup-file.js';

const PAGE = 5_000;

export interface RestoreCounts {
  /** Nodes of the backup that were missing and were written back. */
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes of the backup that were still there (a delete interrupted before it reached them). */
  readonly alreadyPresent: number;
}

/**
 * Puts back what a scale-down delete removed, exactly and idempotently: the backup's nodes that are
 * missing are created, with every relationship of the backup that touches one of them. A node
 * still present was never deleted (a delete removes a node with all its relationships in one
 * transaction), so its relationships are all still there and are not written twice. Rerunning
 * after a crash therefore finishes the job.
 */
export async function restoreBackup(store: GraphStore, backup: Backup, options: { batchSize: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void }): Promise<RestoreCounts> {
  const keys = backup.slice.nodes.map((n) => refOf(n).key);
  const present = new Set<string>();
  for (let i = 0; i < keys.length; i += PAGE) {
    for (const key of await store.readTenantNodeKeys(backup.tenantId, LABEL.Resource, keys.slice(i, i + PAGE))) present.add(key);
  }
  const missing = backup.slice.nodes.filter((n) => !present.has(refOf(n).key));
  const isMissing = new Set(missing.map((n) => refOf(n).key));
  const touches = (r: SliceRelationship) => (r.src.label === LABEL.Resource && isMissing.has(r.src.key)) || (r.dst.label === LABEL.Resource && isMissing.has(r.dst.key));
  const relationships = backup.slice.relationships.filter(touches);
  await store.ensureSchema();
  const written = await writeChunks(store, sliceChunks(missing, relationships, options.batchSize), {
    batchSize: options.batchSize,
    concurrency: 1,
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (t) => options.onProgress?.(t.nodes + t.relationships, missing.length + relationships.length),
  });
  if (written.nodes !== missing.length || written.relationships !== relationships.length) {
    throw new OperationFailedError(
      `restore wrote ${written.nodes} of ${missing.length} nodes and ${written.relationships} of ${relationships.length} relationships: a node the backup's relationships point at is gone (deleted since)`,
      'restore into the store the backup was made from, before other deletes; what was written stays and a rerun adds nothing twice',
    );
  }
  return { nodes: written.nodes, relationships: written.relationships, alreadyPresent: present.size };
}
