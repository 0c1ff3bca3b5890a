import { layerOf } from '../src/domain/layers.js';
import { encodeNode, NODE_COLUMNS } from '../src/store/sqlite/sqlite-rows.js';
/**
 * SQLite's plainest bulk write, better-sqlite3 alone on the store's file: one prepared single-row
 * INSERT per row (shared nodes `INSERT OR IGNORE` on the unique id), relationships resolving their
 * endpoints by the indexed id in SQL, one transaction per batch, the same indexes as ours. The one
 * piece of ours it uses is the row layout of the `nodes` table (encodeNode: which property goes to
 * which column), applied when the batch is prepared, outside the clock.
 */
export function sqliteFloor(db) {
    const columns = `(${NODE_COLUMNS.join(', ')}) VALUES (${NODE_COLUMNS.map(() => '?').join(', ')})`;
    const insertNode = db.prepare(`INSERT INTO nodes ${columns}`);
    const insertNodeIfAbsent = db.prepare(`INSERT OR IGNORE INTO nodes ${columns}`);
    const insertRel = db.prepare('INSERT INTO rels (type, src, dst) SELECT ?, (SELECT nid FROM nodes WHERE id = ?), (SELECT nid FROM nodes WHERE id = ?)');
    return {
        nodes: (batch) => {
            const labels = `:${batch.labels.join(':')}:`;
            const layer = layerOf(batch.labels);
            const encoded = batch.rows.map((r) => encodeNode(labels, layer, r));
            const statement = batch.mode === 'merge' ? insertNodeIfAbsent : insertNode;
            return async () => db.transaction(() => {
                let created = 0;
                for (const params of encoded)
                    created += statement.run(params).changes;
                return created;
            })();
        },
        relationships: (batch) => async () => db.transaction(() => {
            for (const r of batch.rows)
                insertRel.run(batch.type, r.src, r.dst);
            return batch.rows.length;
        })(),
        close: async () => { },
    };
}
//# sourceMappingURL=floor-sqlite.js.map