import { openNeo4jFloor } from './floor-neo4j.js';
import { sqliteFloor } from './floor-sqlite.js';
/** The target's plain writer, and on Neo4j the same connection for the floor's reads outside the clock. */
export async function openFloorWriter(target) {
    if (target.kind === 'sqlite')
        return { writer: sqliteFloor(target.db) };
    const neo4j = await openNeo4jFloor(target.uri);
    return { writer: neo4j, neo4j };
}
/** Runs prepared writes with at most `limit` in flight (ours writes node batches `performance.concurrency` at a time); returns their total. */
export async function writeAtMost(limit, writes) {
    let next = 0;
    let total = 0;
    const worker = async () => {
        while (next < writes.length) {
            const written = await writes[next++](); // added after the await: `total += await …` would add to a stale total
            total += written;
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), writes.length) }, worker));
    return total;
}
/** Adds up the wall time of the timed writes only (a group of concurrent writes counts once, start to end). */
export class WriteClock {
    seconds = 0;
    time = async (work) => {
        const started = performance.now();
        const n = await work();
        this.seconds += (performance.now() - started) / 1000;
        return n;
    };
}
//# sourceMappingURL=floor-writer.js.map