import { LABEL } from '../domain/atg-schema.js';
import { OperationFailedError } from '../domain/errors.js';
import { refLabel, refOf, type SliceRelationship } from '../domain/graph-slice.js';
import { sliceChunks } from './slice-chunks.js';
import type { ChunkWriter, TenantGraphReads } from '../store/graph-store.js';
import { writeChunks } from '../store/write-chunks.js';
import { type Backup, backupKeys } from './backup-file.js';
import type { GraphChunk } from '../domain/graph.js';

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
 *
 * Streamed: the nodes a page at a time (each page's presence read, its missing nodes written), then
 * the relationships a page at a time. When none of the backup's nodes was present (the usual
 * restore of a finished delete) every relationship touches a missing node, so all are written as
 * they are read; memory holds a page. Only a restore after an interrupted delete or restore, where
 * some were present, reads the relationships whole to sort them as above.
 */
export async function restoreBackup(
  store: TenantGraphReads & ChunkWriter,
  backup: Backup,
  options: { batchSize: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): Promise<RestoreCounts> {
  const present = new Set<string>();
  const expected = { nodes: 0, relationships: 0 };
  const total = backup.graph.counts.nodes + backup.graph.counts.relationships;
  async function* nodeChunks(): AsyncGenerator<GraphChunk> {
    for await (const page of backup.graph.nodes()) {
      const found = new Set(
        await store.readTenantNodeKeys(
          backup.tenantId,
          LABEL.Resource,
          page.map((n) => refOf(n).key),
        ),
      );
      for (const key of found) present.add(key);
      const missing = page.filter((n) => !found.has(refOf(n).key));
      expected.nodes += missing.length;
      yield* sliceChunks(missing, [], options.batchSize);
    }
  }
  async function* relationshipChunks(): AsyncGenerator<GraphChunk> {
    if (present.size === 0) {
      for await (const page of backup.graph.relationships()) {
        expected.relationships += page.length;
        yield* sliceChunks([], page, options.batchSize);
      }
      return;
    }
    const relationships = await relationshipsToRestore(store, backup, present);
    expected.relationships += relationships.length;
    yield* sliceChunks([], relationships, options.batchSize);
  }
  await store.ensureSchema();
  const write = (chunks: AsyncIterable<GraphChunk>, before: number) =>
    writeChunks(store, chunks, {
      batchSize: options.batchSize,
      concurrency: 1,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (t) => options.onProgress?.(before + t.nodes + t.relationships, total),
    });
  const nodes = await write(nodeChunks(), 0);
  const relationships = await write(relationshipChunks(), nodes.nodes);
  if (nodes.nodes !== expected.nodes || relationships.relationships !== expected.relationships) {
    throw new OperationFailedError(
      `restore wrote ${nodes.nodes} of ${expected.nodes} nodes and ${relationships.relationships} of ${expected.relationships} relationships: a node the backup's relationships point at is gone (deleted since)`,
      'restore into the store the backup was made from, before other deletes; what was written stays and a rerun adds nothing twice',
    );
  }
  return { nodes: nodes.nodes, relationships: relationships.relationships, alreadyPresent: present.size };
}

/**
 * The relationships to write when some of the backup's nodes were present before this restore:
 * those touching a node that was missing, and of those between present nodes the ones the store
 * lacks. Reads the backup's keys and relationships whole (this is the rare restore after an
 * interruption).
 */
async function relationshipsToRestore(store: TenantGraphReads, backup: Backup, present: ReadonlySet<string>): Promise<SliceRelationship[]> {
  const isMissing = new Set<string>();
  for await (const keys of backupKeys(backup)) for (const key of keys) if (!present.has(key)) isMissing.add(key);
  const touchesMissing = (r: SliceRelationship) =>
    (r.src.label === LABEL.Resource && isMissing.has(r.src.key)) || (r.dst.label === LABEL.Resource && isMissing.has(r.dst.key));
  const all: SliceRelationship[] = [];
  for await (const page of backup.graph.relationships()) all.push(...page);
  const relationships = all.filter(touchesMissing);
  const betweenPresent = all.filter((r) => !touchesMissing(r));
  if (betweenPresent.length) relationships.push(...(await lacking(store, betweenPresent, present)));
  return relationships;
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
