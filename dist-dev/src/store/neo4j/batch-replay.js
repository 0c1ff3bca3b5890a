import { keyPropertyOf } from '../../domain/atg-schema.js';
import * as Q from './hot-queries.js';
import { publishQuery } from './query-channel.js';
/** One attempt of a guarded batch write (`attempt` counts from 1), returning the write's counter. */
export async function attemptBatch(tx, attempt, write, guard) {
    if (attempt > 1 && guard) {
        publishQuery(guard.query.cypher);
        const found = Number((await tx.run(guard.query.cypher, guard.params)).records[0]?.get('n') ?? 0);
        const replayed = guard.replayed(found);
        if (replayed !== undefined)
            return replayed;
    }
    const result = await tx.run(write.cypher, write.params);
    return result.summary.counters.updates()[write.counter];
}
/** For writes that commit whole: anything of the batch found means the earlier attempt committed all of it. */
const ifAnyFound = (found) => (found > 0 ? found : undefined);
/** New nodes (create mode) by their key; merge batches need none (MERGE is idempotent), nor do labels without a key index. */
export function nodeBatchGuard(batch) {
    const label = batch.labels[0];
    if (batch.mode !== 'create' || !label || !Q.KEYED_LABELS.includes(label))
        return undefined;
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
export function relationshipBatchGuard(batch) {
    return {
        query: Q.relationshipsWritten(batch.type, batch.srcLabel, batch.dstLabel),
        params: { rows: batch.rows },
        replayed: (found) => (found >= batch.rows.length && found > 0 ? batch.rows.length : undefined),
    };
}
export function templateNodesGuard(request) {
    return {
        query: Q.templateCopiesWritten,
        params: { batch: request.batch },
        replayed: ifAnyFound,
    };
}
/** A template batch's copies get their out-relationships from that batch alone, so any found were its own. */
export function templateRelationshipsGuard(params, type) {
    return {
        query: Q.templateCopyRelationshipsWritten(type),
        params,
        replayed: ifAnyFound,
    };
}
/** The operation record, created once by its id. */
export function operationRecordGuard(id) {
    return { query: Q.operationRecordWritten, params: { id }, replayed: ifAnyFound };
}
//# sourceMappingURL=batch-replay.js.map