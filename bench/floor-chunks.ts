import { keyPropertyOf, LABEL } from '../src/domain/atg-schema.js';
import type { GraphChunk, NodeBatch, RelationshipBatch } from '../src/domain/graph.js';
import { type FloorResult, type FloorTarget, type FloorWriter, openFloorWriter, WriteClock, writeAtMost } from './floor-writer.js';

/**
 * The floor of a stream of chunks (generate-tenant, scenario and random scale-up, the writing
 * scale-downs, import, copy): the very chunks ours writes, gathered outside the clock into groups
 * of `concurrency` batches of `batchRows` (ours: chunks of batch size × concurrency), each group's
 * nodes `concurrency` batches at a time, then its relationships one batch at a time (batches of
 * `batchRows` rows too).
 */
export async function runGeneratedFloor(
  target: FloorTarget,
  chunks: Iterable<GraphChunk>,
  concurrency: number,
  batchRows = target.kind === 'sqlite' ? 100_000 : 10_000,
): Promise<FloorResult> {
  const { writer } = await openFloorWriter(target);
  const generator = { seconds: 0 };
  try {
    return { ...(await writeChunkGroups(writer, timed(chunks, generator), batchRows, concurrency)), generatorSeconds: generator.seconds };
  } finally {
    await writer.close();
  }
}

/** The chunks as they come, the time spent producing them added up (a generator's own time). */
function* timed(chunks: Iterable<GraphChunk>, spent: { seconds: number }): Generator<GraphChunk> {
  const iterator = chunks[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const next = iterator.next();
    spent.seconds += (performance.now() - started) / 1000;
    if (next.done) return;
    yield next.value;
  }
}

async function writeChunkGroups(writer: FloorWriter, chunks: Iterable<GraphChunk>, batchRows: number, concurrency: number): Promise<FloorResult> {
  const clock = new WriteClock();
  let nodes = 0;
  let relationships = 0;
  const nodeGroups = new Map<string, { mode: NodeBatch['mode']; labels: readonly string[]; rows: NodeBatch['rows'][number][] }>();
  const relGroups = new Map<string, { type: string; srcLabel: string; dstLabel: string; rows: RelationshipBatch['rows'][number][] }>();
  let pending = 0;
  const flush = async () => {
    const nodeWrites = [...nodeGroups.values()].flatMap((g) => batchesOf(g, batchRows)).map((b) => writer.nodes(b));
    nodes += await clock.time(() => writeAtMost(concurrency, nodeWrites));
    for (const b of [...relGroups.values()].flatMap((g) => slices(g, batchRows))) relationships += await clock.time(writer.relationships(b));
    nodeGroups.clear();
    relGroups.clear();
    pending = 0;
  };
  for (const chunk of chunks) {
    for (const b of chunk.nodes) {
      const key = `${b.mode}|${b.labels.join(':')}`;
      let g = nodeGroups.get(key);
      if (!g) nodeGroups.set(key, (g = { mode: b.mode, labels: b.labels, rows: [] }));
      for (const row of b.rows) g.rows.push(row);
      pending += b.rows.length;
    }
    for (const b of chunk.relationships) {
      const key = `${b.type}|${b.srcLabel}|${b.dstLabel}`;
      let g = relGroups.get(key);
      if (!g) relGroups.set(key, (g = { type: b.type, srcLabel: b.srcLabel, dstLabel: b.dstLabel, rows: [] }));
      for (const row of b.rows) g.rows.push(row);
      pending += b.rows.length;
    }
    if (pending >= batchRows * concurrency) await flush();
  }
  await flush();
  return { seconds: clock.seconds, nodes, relationships, concurrency };
}

/**
 * A group's batches of at most `batchRows` rows. Shared nodes (merge) stay one batch with each key
 * once: two batches in flight merging the same key would both create it.
 */
function batchesOf(group: NodeBatch, batchRows: number): NodeBatch[] {
  if (group.mode === 'merge') {
    const key = keyPropertyOf(group.labels[0] ?? LABEL.Resource);
    const byKey = new Map<unknown, NodeBatch['rows'][number]>();
    for (const row of group.rows) if (!byKey.has(row[key])) byKey.set(row[key], row);
    return [{ ...group, rows: [...byKey.values()] }];
  }
  return slices(group, batchRows);
}

function slices<T extends { rows: readonly unknown[] }>(group: T, batchRows: number): T[] {
  const batches: T[] = [];
  for (let i = 0; i < group.rows.length; i += batchRows) batches.push({ ...group, rows: group.rows.slice(i, i + batchRows) });
  return batches;
}
