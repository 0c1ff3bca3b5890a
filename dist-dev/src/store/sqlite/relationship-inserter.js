const ROWS_PER_STATEMENT = 64;
/**
 * Buffers relationship rows and writes them ROWS_PER_STATEMENT per statement call: the per-call
 * overhead dominated single-row inserts. Call `finish()` before the transaction ends.
 */
export class RelationshipInserter {
    many;
    one;
    pending = [];
    constructor(db) {
        this.many = db.prepare(`INSERT INTO rels (type, src, dst) VALUES ${Array(ROWS_PER_STATEMENT).fill('(?, ?, ?)').join(', ')}`);
        this.one = db.prepare('INSERT INTO rels (type, src, dst) VALUES (?, ?, ?)');
    }
    add(type, src, dst) {
        this.pending.push(type, src, dst);
        if (this.pending.length === ROWS_PER_STATEMENT * 3) {
            this.many.run(this.pending);
            this.pending.length = 0;
        }
    }
    finish() {
        const p = this.pending;
        for (let i = 0; i < p.length; i += 3)
            this.one.run(p[i], p[i + 1], p[i + 2]);
        p.length = 0;
    }
}
//# sourceMappingURL=relationship-inserter.js.map