import { LABEL } from '../domain/atg-schema.js';
import { OperationFailedError } from '../domain/errors.js';
import { refLabel, refOf, type SliceRelationship } from '../domain/graph-slice.js';
import { sliceChunks } from './slice-chunks.js';
import type { ChunkWriter, TenantGraphReads } from '../store/graph-store.js';
import { writeChunks } from '../store/write-chunks.js';
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
 * Puts back what a scale-down delete removed, exactly and idempotently, whatever was interrupted:
 * the backup's missing nodes are created; a relationship touching one of them is created (it went
 * with that node); a relationship between nodes that are all present (never deleted, or written by
 * an earlier restore that was killed before its relationships) is created only where the store
 * lacks it, counted as a multiset (parallel relationships included). Rerunning after a crash
 * finishes the job and writes nothing twice.
 */
export async function restoreBackup(
  store: TenantGraphReads & ChunkWriter,
  backup: Backup,
  options: { batchSize: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): Promise<RestoreCounts> {
  const keys = backup.slice.nodes.map((n) => refOf(n).key);
  const present = new Set<string>();
  for (let i = 0; i < keys.length; i += PAGE) {
    for (const key of await store.readTenantNodeKeys(backup.tenantId, LABEL.Resource, keys.slice(i, i + PAGE))) present.add(key);
  }
  const missing = backup.slice.nodes.filter((n) => !present.has(refOf(n).key));
  const isMissing = new Set(missing.map((n) => refOf(n).key));
  const touchesMissing = (r: SliceRelationship) =>
    (r.src.label === LABEL.Resource && isMissing.has(r.src.key)) || (r.dst.label === LABEL.Resource && isMissing.has(r.dst.key));
  const relationships = backup.slice.relationships.filter(touchesMissing);
  const betweenPresent = backup.slice.relationships.filter((r) => !touchesMissing(r));
  if (betweenPresent.length) relationships.push(...(await lacking(store, betweenPresent, present)));
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

const relKey = (srcLabel: string, srcKey: string, type: string, dstLabel: string, dstKey: string) =>
  `${srcLabel}\u0000${srcKey}\u0000${type}\u0000${dstLabel}\u0000${dstKey}`;

/** Of these relationships among present nodes, the ones the store does not hold (as a multiset). */
async function lacking(store: TenantGraphReads, candidates: readonly SliceRelationship[], present: ReadonlySet<string>): Promise<SliceRelationship[]> {
  const involved = [
    ...new Set(
      candidates
        .flatMap((r) => [r.src, r.dst])
        .filter((e) => e.label === LABEL.Resource && present.has(e.key))
        .map((e) => e.key),
    ),
  ];
  const isInvolved = new Set(involved);
  const held = new Map<string, number>();
  const count = (key: string) => held.set(key, (held.get(key) ?? 0) + 1);
  for (let i = 0; i < involved.length; i += PAGE) {
    const page = involved.slice(i, i + PAGE);
    for (const r of await store.readNodeRelationships(LABEL.Resource, page, 'out'))
      count(relKey(LABEL.Resource, r.key, r.type, refLabel(r.other.labels), r.other.key));
    for (const r of await store.readNodeRelationships(LABEL.Resource, page, 'in')) {
      const src = refLabel(r.other.labels);
      // A relationship between two involved nodes was counted from its source already.
      if (!(src === LABEL.Resource && isInvolved.has(r.other.key))) count(relKey(src, r.other.key, r.type, LABEL.Resource, r.key));
    }
  }
  const lack: SliceRelationship[] = [];
  for (const r of candidates) {
    const key = relKey(r.src.label, r.src.key, r.type, r.dst.label, r.dst.key);
    const n = held.get(key) ?? 0;
    if (n > 0) held.set(key, n - 1);
    else lack.push(r);
  }
  return lack;
}
