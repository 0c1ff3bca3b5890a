import type Database from 'better-sqlite3';
/**
 * Buffers relationship rows and writes them ROWS_PER_STATEMENT per statement call: the per-call
 * overhead dominated single-row inserts. Call `finish()` before the transaction ends.
 */
export declare class RelationshipInserter {
    private readonly many;
    private readonly one;
    private readonly pending;
    constructor(db: Database.Database);
    add(type: string, src: number, dst: number): void;
    finish(): void;
}
