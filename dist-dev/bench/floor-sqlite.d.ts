import type Database from 'better-sqlite3';
import type { FloorWriter } from './floor-writer.js';
/**
 * SQLite's plainest bulk write, better-sqlite3 alone on the store's file: one prepared single-row
 * INSERT per row (shared nodes `INSERT OR IGNORE` on the unique id), relationships resolving their
 * endpoints by the indexed id in SQL, one transaction per batch, the same indexes as ours. The one
 * piece of ours it uses is the row layout of the `nodes` table (encodeNode: which property goes to
 * which column), applied when the batch is prepared, outside the clock.
 */
export declare function sqliteFloor(db: Database.Database): FloorWriter;
