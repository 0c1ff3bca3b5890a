import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeBatch, RelationshipBatch } from '../../domain/graph.js';
import type { NodeReplicationRequest } from '../../domain/template-replication.js';
import * as Q from './hot-queries.js';
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
export declare function attemptBatch(tx: Pick<ManagedTransaction, 'run'>, attempt: number, write: {
    cypher: string;
    params: Record<string, unknown>;
    counter: WriteCounter;
}, guard: BatchGuard | undefined): Promise<number>;
/** New nodes (create mode) by their key; merge batches need none (MERGE is idempotent), nor do labels without a key index. */
export declare function nodeBatchGuard(batch: NodeBatch): BatchGuard | undefined;
/**
 * Relationships between existing nodes, found by their ends. Two rows of one batch (or an earlier
 * batch) may join the same ends with the same type, so the batch counts as written only when every
 * row's relationship is there at least once over: the earlier attempt wrote one per row.
 */
export declare function relationshipBatchGuard(batch: RelationshipBatch): BatchGuard;
export declare function templateNodesGuard(request: NodeReplicationRequest): BatchGuard;
/** A template batch's copies get their out-relationships from that batch alone, so any found were its own. */
export declare function templateRelationshipsGuard(params: {
    ids: readonly string[];
    op: string;
}, type?: string): BatchGuard;
/** The operation record, created once by its id. */
export declare function operationRecordGuard(id: string): BatchGuard;
