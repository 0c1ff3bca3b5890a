import type { ManagedTransaction } from 'neo4j-driver';
import { keyPropertyOf } from '../../domain/atg-schema.js';
import type { NodeBatch, RelationshipBatch } from '../../domain/graph.js';
import type { NodeReplicationRequest } from '../../domain/template-replication.js';
import * as Q from './hot-queries.js';
import { publishQuery } from './query-channel.js';

/**
 * Batch writes that a retry must not repeat.
 *
 * The driver retries a managed transaction when the server goes away — also when it went away
 * between committing the transaction and answering. A second CREATE of a committed node batch then
 * meets the unique id (the run fails and rolls back, though the server is back), and a relationship
 * batch would be written twice. So a retried attempt of a batch first asks its guard how much of the
 * batch is in the store, inside the retry's own transaction: a batch commits whole, so a batch found
 * there was committed by the earlier attempt, and the retry writes nothing and reports what that
 * attempt wrote. A first attempt never asks (no cost on the normal path).
 */
export interface BatchGuard {
  readonly query: Q.HotQuery;
  readonly params: Record<string, unknown>;
  /** What the committed first attempt wrote, given the check's count; undefined when it did not commit. */
  replayed(found: number): number | undefined;
}

export type WriteCounter = 'nodesCreated' | 'relationshipsCreated';

/** One attempt of a guarded batch write (`attempt` counts from 1), returning the write's counter. */
export async function attemptBatch(
  tx: Pick<ManagedTransaction, 'run'>,
  attempt: number,
  write: { cypher: string; params: Record<string, unknown>; counter: WriteCounter },
  guard: BatchGuard | undefined,
): Promise<number> {
  if (attempt > 1 && guard) {
    publishQuery(guard.query.cypher);
    const found = Number((await tx.run(guard.query.cypher, guard.params)).records[0]?.get('n') ?? 0);
    const replayed = guard.replayed(found);
    if (replayed !== undefined) return replayed;
  }
  const result = await tx.run(write.cypher, write.params);
  return result.summary.counters.updates()[write.counter];
}

/** For writes that commit whole: anything of the batch found means the earlier attempt committed all of it. */
const ifAnyFound = (found: number) => (found > 0 ? found : undefined);

/** New nodes (create mode) by their key; merge batches need none (MERGE is idempotent), nor do labels without a key index. */
export function nodeBatchGuard(batch: NodeBatch): BatchGuard | undefined {
  const label = batch.labels[0];
  if (batch.mode !== 'create' || !label || !Q.KEYED_LABELS.includes(label)) return undefined;
  const key = keyPropertyOf(label);
  return {
    query: Q.nodesWritten(label),
    params: { keys: batch.rows.map((row) => row[key] ?? null) },
    replayed: ifAnyFound,
  };
}

/**
 * Relationships between existing nodes, found by their ends. Two rows of one batch (or an earlier
 * batch) may join the same ends with the same type, so the batch counts as written only when every
 * row's relationship is there at least once over: the earlier attempt wrote one per row.
 */
export function relationshipBatchGuard(batch: RelationshipBatch): BatchGuard {
  return {
    query: Q.relationshipsWritten(batch.type, batch.srcLabel, batch.dstLabel),
    params: { rows: batch.rows },
    replayed: (found) => (found >= batch.rows.length && found > 0 ? batch.rows.length : undefined),
  };
}

export function templateNodesGuard(request: NodeReplicationRequest): BatchGuard {
  return {
    query: Q.templateCopiesWritten,
    params: { batch: request.batch },
    replayed: ifAnyFound,
  };
}

/** A template batch's copies get their out-relationships from that batch alone, so any found were its own. */
export function templateRelationshipsGuard(params: { ids: readonly string[]; op: string }, type?: string): BatchGuard {
  return {
    query: Q.templateCopyRelationshipsWritten(type),
    params,
    replayed: ifAnyFound,
  };
}

/** The operation record, created once by its id. */
export function operationRecordGuard(id: string): BatchGuard {
  return { query: Q.operationRecordWritten, params: { id }, replayed: ifAnyFound };
}
