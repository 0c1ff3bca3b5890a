import type Database from 'better-sqlite3';
import type { OperationGraph, RelationshipProfileRow } from '../graph-store.js';
import { labelKey } from '../relationship-profile.js';

/** Relationships leaving the operation's nodes, grouped inside SQLite: only the groups reach JS. */
export function operationRelationshipProfile(db: Database.Database, operationId: string): RelationshipProfileRow[] {
  const rows = db
    .prepare(
      `SELECT n.type AS from_type, r.type AS type,
              CASE WHEN m.scale_operation_id = @op THEN m.type END AS to_type,
              CASE WHEN m.scale_operation_id IS NOT @op THEN m.labels END AS to_labels,
              count(*) AS count
       FROM nodes n INDEXED BY nodes_by_operation JOIN rels r ON r.src = n.nid JOIN nodes m ON m.nid = r.dst
       WHERE n.scale_operation_id = @op
       GROUP BY 1, 2, 3, 4`,
    )
    .all({ op: operationId }) as { from_type: string; type: string; to_type: string | null; to_labels: string | null; count: number }[];
  return rows.map((r) => ({ from: r.from_type, type: r.type, to: r.to_type ?? labelKey((r.to_labels ?? '').split(':').filter(Boolean)), count: r.count }));
}

export function readOperationGraph(db: Database.Database, operationId: string): OperationGraph {
  const nodes = db
    .prepare(
      `SELECT id, type, json_extract(props, '$.scenario_stamp') AS stamp, json_extract(props, '$.scenario_role') AS role
       FROM nodes WHERE scale_operation_id = ? ORDER BY id`,
    )
    .all(operationId) as OperationGraph['nodes'];
  const relationships = db
    .prepare(
      `SELECT s.id AS src, r.type AS type, d.id AS dst
       FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst
       WHERE s.scale_operation_id = @op AND d.scale_operation_id = @op ORDER BY src, type, dst`,
    )
    .all({ op: operationId }) as OperationGraph['relationships'];
  return { nodes, relationships };
}
