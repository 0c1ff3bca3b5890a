import { labelKey } from '../relationship-profile.js';
/**
 * Relationships leaving the operation's nodes, counted while streaming the join. Counted here, not
 * with GROUP BY: SQLite sorts a GROUP BY in its temp store (kept in memory), which took 400 MB at
 * 1.5 M relationships; a Map of a few dozen groups takes nothing.
 */
export function operationRelationshipProfile(db, operationId) {
    const rows = db
        .prepare(`SELECT n.type, r.type, CASE WHEN m.scale_operation_id = @op THEN m.type ELSE m.labels END, m.scale_operation_id IS @op
       FROM nodes n INDEXED BY nodes_by_operation JOIN rels r ON r.src = n.nid JOIN nodes m ON m.nid = r.dst
       WHERE n.scale_operation_id = @op`)
        .raw()
        .iterate({ op: operationId });
    const counts = new Map();
    for (const [from, type, target, own] of rows) {
        const key = `${from}\u0000${type}\u0000${target}`;
        const entry = counts.get(key);
        if (entry)
            entry.count++;
        else
            counts.set(key, { from, type, to: own ? target : labelKey(target.split(':').filter(Boolean)), count: 1 });
    }
    return [...counts.values()];
}
export function readOperationGraph(db, operationId) {
    const nodes = db
        .prepare(`SELECT id, type, json_extract(props, '$.scenario_stamp') AS stamp, json_extract(props, '$.scenario_role') AS role
       FROM nodes WHERE scale_operation_id = ? ORDER BY id`)
        .all(operationId);
    const relationships = db
        .prepare(`SELECT s.id AS src, r.type AS type, d.id AS dst
       FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst
       WHERE s.scale_operation_id = @op AND d.scale_operation_id = @op ORDER BY src, type, dst`)
        .all({ op: operationId });
    return { nodes, relationships };
}
//# sourceMappingURL=sqlite-operation-graph.js.map