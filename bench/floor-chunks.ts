import { keyPropertyOf, LABEL } from '../src/domain/atg-schema.js';
import type { GraphChunk, NodeBatch, RelationshipBatch } from '../src/domain/graph.js';
import { type FloorResult, type FloorTarget, type FloorWriter, openFloorWriter, WriteClock, writeAtMost } from './floor-writer.js';

/** Chunks as a floor's source gives them: a generator's (sync), or a plain read's or file's as it is read (async). */
export type FloorChunks = Iterable<GraphChunk> | AsyncIterable<GraphChunk>;

/** Rows per batch a floor writes: SQLite 100k-row transactions, Neo4j 10k-row `UNWIND` batches. */
export const floorBatchRows = (target: FloorTarget): number => (target.kind === 'sqlite' ? 100_000 : 10_000);

/**
 * The floor of a stream of chunks (generate-tenant, scenario and random scale-up, the writing
 * scale-downs, import, copy): the very chunks ours writes, gathered outside the clock into groups
 * of `concurrency` batches of `batchRows` (ours: chunks of batch size × concurrency), each group's
 * nodes `concurrency` batches at a time, then its relationships one batch at a time (batches of
 * `batchRows` rows too).
 */
export async function runGeneratedFloor(
  target: FloorTarget,
  chunks: FloorChunks,
  concurrency: number,
  batchRows = floorBatchRows(target),
): Promise<FloorResult> {
  const { writer } = await openFloorWriter(target);
  const generator = { seconds: 0 };
  try {
    return { ...(await writeChunkGroups(writer, timed(chunks, generator), batchRows, concurrency)), generatorSeconds: generator.seconds };
  } finally {
    await writer.close();
  }
}

/**
 * The floor of rows its source reads inside the clock (a copy's source read by plain queries, a
 * restore's backup file parsed line by line): the chunks as the source yields them, every node
 * before the first relationship, regrouped into the full batches one chunk of everything would make
 * (`regroup`) without holding everything. The source's own time (reading, parsing, grouping) is in
 * the floor's seconds, with the writes'.
 */
export async function runStreamedFloor(target: FloorTarget, chunks: FloorChunks, concurrency: number): Promise<FloorResult> {
  const batchRows = floorBatchRows(target);
  const written = await runGeneratedFloor(target, regroup(chunks, batchRows * concurrency), concurrency, batchRows);
  return { seconds: written.seconds + (written.generatorSeconds ?? 0), nodes: written.nodes, relationships: written.relationships, concurrency };
}

type Group<B extends NodeBatch | RelationshipBatch> = B & { rows: B['rows'][number][] };

/**
 * Chunks that list every node before the first relationship (a file or a read that does), passed on
 * as chunks of one group each (nodes of one mode and label set, relationships of one type and end
 * labels) once the group holds `rows` rows; what each node group holds when the relationships start,
 * and each relationship group at the end, goes then. `runGeneratedFloor` then writes the batches
 * one chunk of everything would make (full batches, nodes before relationships), holding at most
 * `rows` rows a group.
 */
export async function* regroup(chunks: FloorChunks, rows: number): AsyncGenerator<GraphChunk> {
  const nodeGroups = new Map<string, Group<NodeBatch>>();
  const relGroups = new Map<string, Group<RelationshipBatch>>();
  const nodesOf = (g: Group<NodeBatch>): GraphChunk => ({ nodes: [g], relationships: [], resources: 0 });
  const relationshipsOf = (g: Group<RelationshipBatch>): GraphChunk => ({ nodes: [], relationships: [g], resources: 0 });
  let relationshipsStarted = false;
  for await (const chunk of chunks) {
    for (const b of chunk.nodes) {
      if (relationshipsStarted) throw new Error('bench: a floor source gave a node after a relationship');
      const key = `${b.mode}|${b.labels.join(':')}`;
      for (const row of b.rows) {
        let g = nodeGroups.get(key);
        if (!g) nodeGroups.set(key, (g = { mode: b.mode, labels: b.labels, rows: [] }));
        g.rows.push(row);
        if (g.rows.length >= rows) {
          nodeGroups.delete(key);
          yield nodesOf(g);
        }
      }
    }
    if (chunk.relationships.length === 0) continue;
    if (!relationshipsStarted) {
      relationshipsStarted = true;
      for (const g of nodeGroups.values()) yield nodesOf(g);
      nodeGroups.clear();
    }
    for (const b of chunk.relationships) {
      const key = `${b.type}|${b.srcLabel}|${b.dstLabel}`;
      for (const row of b.rows) {
        let g = relGroups.get(key);
        if (!g) relGroups.set(key, (g = { type: b.type, srcLabel: b.srcLabel, dstLabel: b.dstLabel, rows: [] }));
        g.rows.push(row);
        if (g.rows.length >= rows) {
          relGroups.delete(key);
          yield relationshipsOf(g);
        }
      }
    }
  }
  for (const g of nodeGroups.values()) yield nodesOf(g);
  for (const g of relGroups.values()) yield relationshipsOf(g);
}

/** The chunks as they come, the time spent producing them added up (a generator's own time; a source's reads). */
async function* timed(chunks: FloorChunks, spent: { seconds: number }): AsyncGenerator<GraphChunk> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const next = await iterator.next();
    spent.seconds += (performance.now() - started) / 1000;
    if (next.done) return;
    yield next.value;
  }
}

async function writeChunkGroups(writer: FloorWriter, chunks: AsyncIterable<GraphChunk>, batchRows: number, concurrency: number): Promise<FloorResult> {
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
  for await (const chunk of chunks) {
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
