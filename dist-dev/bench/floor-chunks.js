import { keyPropertyOf, LABEL } from '../src/domain/atg-schema.js';
import { openFloorWriter, WriteClock, writeAtMost } from './floor-writer.js';
/**
 * The floor of a stream of chunks (generate-tenant, scenario and random scale-up, the writing
 * scale-downs, import, copy): the very chunks ours writes, gathered outside the clock into groups
 * of `concurrency` batches of `batchRows` (ours: chunks of batch size × concurrency), each group's
 * nodes `concurrency` batches at a time, then its relationships one batch at a time (batches of
 * `batchRows` rows too).
 */
export async function runGeneratedFloor(target, chunks, concurrency, batchRows = target.kind === 'sqlite' ? 100_000 : 10_000) {
    const { writer } = await openFloorWriter(target);
    try {
        return await writeChunkGroups(writer, chunks, batchRows, concurrency);
    }
    finally {
        await writer.close();
    }
}
async function writeChunkGroups(writer, chunks, batchRows, concurrency) {
    const clock = new WriteClock();
    let nodes = 0;
    let relationships = 0;
    const nodeGroups = new Map();
    const relGroups = new Map();
    let pending = 0;
    const flush = async () => {
        const nodeWrites = [...nodeGroups.values()].flatMap((g) => batchesOf(g, batchRows)).map((b) => writer.nodes(b));
        nodes += await clock.time(() => writeAtMost(concurrency, nodeWrites));
        for (const b of [...relGroups.values()].flatMap((g) => slices(g, batchRows)))
            relationships += await clock.time(writer.relationships(b));
        nodeGroups.clear();
        relGroups.clear();
        pending = 0;
    };
    for (const chunk of chunks) {
        for (const b of chunk.nodes) {
            const key = `${b.mode}|${b.labels.join(':')}`;
            let g = nodeGroups.get(key);
            if (!g)
                nodeGroups.set(key, (g = { mode: b.mode, labels: b.labels, rows: [] }));
            for (const row of b.rows)
                g.rows.push(row);
            pending += b.rows.length;
        }
        for (const b of chunk.relationships) {
            const key = `${b.type}|${b.srcLabel}|${b.dstLabel}`;
            let g = relGroups.get(key);
            if (!g)
                relGroups.set(key, (g = { type: b.type, srcLabel: b.srcLabel, dstLabel: b.dstLabel, rows: [] }));
            for (const row of b.rows)
                g.rows.push(row);
            pending += b.rows.length;
        }
        if (pending >= batchRows * concurrency)
            await flush();
    }
    await flush();
    return { seconds: clock.seconds, nodes, relationships, concurrency };
}
/**
 * A group's batches of at most `batchRows` rows. Shared nodes (merge) stay one batch with each key
 * once: two batches in flight merging the same key would both create it.
 */
function batchesOf(group, batchRows) {
    if (group.mode === 'merge') {
        const key = keyPropertyOf(group.labels[0] ?? LABEL.Resource);
        const byKey = new Map();
        for (const row of group.rows)
            if (!byKey.has(row[key]))
                byKey.set(row[key], row);
        return [{ ...group, rows: [...byKey.values()] }];
    }
    return slices(group, batchRows);
}
function slices(group, batchRows) {
    const batches = [];
    for (let i = 0; i < group.rows.length; i += batchRows)
        batches.push({ ...group, rows: group.rows.slice(i, i + batchRows) });
    return batches;
}
//# sourceMappingURL=floor-chunks.js.map