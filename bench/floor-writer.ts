import type Database from 'better-sqlite3';
import type { NodeBatch, RelationshipBatch } from '../src/domain/graph.js';
import { type Neo4jFloor, openNeo4jFloor } from './floor-neo4j.js';
import { sqliteFloor } from './floor-sqlite.js';

/** Where a floor writes: the store's SQLite file through its raw better-sqlite3 handle, or the Neo4j server by its URI. */
export type FloorTarget = { readonly kind: 'sqlite'; readonly db: Database.Database } | { readonly kind: 'neo4j'; readonly uri: string };

/**
 * The bench's floors (floor-template.ts, floor-chunks.ts, floor-extraction.ts): the same rows as
 * ours, built outside the clock, written by the plainest bulk write with the driver alone
 * (floor-neo4j.ts, floor-sqlite.ts; never our adapter, test/unit/bench-floor.test.ts checks). Equal-handed: node
 * batches go `concurrency` at a time, as ours writes them (performance.concurrency on Neo4j; one
 * writer on SQLite), relationship batches one at a time, as ours does (they lock both endpoints).
 * Only the writes are timed, a group of concurrent batches once, from its start to its end.
 */
export interface FloorResult {
  readonly seconds: number;
  readonly nodes: number;
  readonly relationships: number;
  /** Node batches in flight at once. */
  readonly concurrency: number;
  /** The generated workloads (G, S1, R): the generator's own time producing the rows (not in `seconds`), so the reader sees the split. */
  readonly generatorSeconds?: number;
}

/**
 * A floor's plain bulk writer. Each call prepares a batch (parameters built and encoded) and returns
 * the write itself, which is all the floor's clock times: building rows is not part of the floor.
 */
export interface FloorWriter {
  nodes(batch: NodeBatch): () => Promise<number>;
  relationships(batch: RelationshipBatch): () => Promise<number>;
  close(): Promise<void>;
}

/** The target's plain writer, and on Neo4j the same connection for the floor's reads outside the clock. */
export async function openFloorWriter(target: FloorTarget): Promise<{ writer: FloorWriter; neo4j?: Neo4jFloor }> {
  if (target.kind === 'sqlite') return { writer: sqliteFloor(target.db) };
  const neo4j = await openNeo4jFloor(target.uri);
  return { writer: neo4j, neo4j };
}

/** Runs prepared writes with at most `limit` in flight (ours writes node batches `performance.concurrency` at a time); returns their total. */
export async function writeAtMost(limit: number, writes: readonly (() => Promise<number>)[]): Promise<number> {
  let next = 0;
  let total = 0;
  const worker = async () => {
    while (next < writes.length) {
      const written = await writes[next++]!(); // added after the await: `total += await …` would add to a stale total
      total += written;
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), writes.length) }, worker));
  return total;
}

/** Adds up the wall time of the timed writes only (a group of concurrent writes counts once, start to end). */
export class WriteClock {
  seconds = 0;
  readonly time = async (work: () => Promise<number>): Promise<number> => {
    const started = performance.now();
    const n = await work();
    this.seconds += (performance.now() - started) / 1000;
    return n;
  };
}
