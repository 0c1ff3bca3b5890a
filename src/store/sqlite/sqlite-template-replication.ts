import type Database from 'better-sqlite3';
import { REL } from '../../domain/atg-schema.js';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
import { PROPERTIES_NOT_COPIED } from '../../domain/template-replication.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { OperationInspection } from '../graph-store.js';
import { scopeClause } from './sqlite-rows.js';

/**
 * Template replication pushed down into SQLite: copies are made by INSERT … SELECT from the
 * templates' rows, so no property leaves the database. Only the copy ids (computed in the domain,
 * identical on every store) go in, through a scratch table.
 */
export function readTemplates(db: Database.Database, scope: TenantScope, types?: readonly string[]): TemplateInfo[] {
  const { sql, params } = scopeClause(scope, 'n');
  const typeFilter = types?.length ? `AND n.type IN (${types.map(() => '?').join(', ')})` : '';
  return db
    .prepare(
      `SELECT n.id AS id, n.type AS type,
              (SELECT count(*) FROM rels r WHERE r.src = n.nid AND r.type <> '${REL.SCAN_SOURCE_NODE}') AS outDegree
       FROM nodes n
       WHERE n.layer = 'abstracted' AND n.synthetic = 0 AND n.type IS NOT NULL AND ${sql} ${typeFilter}
       ORDER BY n.type, n.id`,
    )
    .all(...params, ...(types ?? [])) as TemplateInfo[];
}

export function replicateNodes(db: Database.Database, request: NodeReplicationRequest): number {
  const m = request.markers;
  const plan = db.prepare('INSERT INTO scale_copy_plan (template_id, j, copy_id) VALUES (?, ?, ?)');
  const removeKeys = PROPERTIES_NOT_COPIED.map((k) => `'$.${k}'`).join(', ');
  const copy = db.prepare(
    `INSERT INTO nodes (id, labels, layer, type, tenant_id, subscription_id, synthetic, scale_operation_id, template_source_id, template_copy_index, properties, tags, props)
     SELECT p.copy_id, ':Resource:', 'abstracted', t.type, @tenant, t.subscription_id, 1, @op, t.id, p.j, t.properties, t.tags,
            json_set(json_replace(json_remove(t.props, ${removeKeys}), '$.abstracted_id', p.copy_id),
                     '$.name', p.copy_id, '$.generation_strategy', @strategy, '$.generation_timestamp', @timestamp)
     FROM scale_copy_plan p JOIN nodes t ON t.id = p.template_id
     ORDER BY p.rowid`,
  );
  return db.transaction(() => {
    db.exec('DELETE FROM scale_copy_plan');
    for (const t of request.batch) t.copyIds.forEach((id, j) => plan.run(t.templateId, j, id));
    const created = copy.run({ tenant: m.tenant_id, op: m.scale_operation_id, strategy: m.generation_strategy, timestamp: m.generation_timestamp }).changes;
    db.exec('DELETE FROM scale_copy_plan');
    return created;
  })();
}

export function replicateRelationships(db: Database.Database, request: RelationshipReplicationRequest): number {
  const op = request.operationId;
  return db.transaction(() => {
    const loaded = db.prepare('SELECT count(*) FROM scale_copy_counts WHERE operation_id = ?').pluck().get(op) as number;
    if (loaded === 0) {
      const insert = db.prepare('INSERT INTO scale_copy_counts (operation_id, template_id, copies) VALUES (?, ?, ?)');
      for (const [id, copies] of request.copiesOf) insert.run(op, id, copies);
    }
    // Copy j of s → copy (j mod copies(x)) of x when x is a template with copies, else x itself
    // (x % 0 is NULL in SQLite, so the LEFT JOIN misses and COALESCE keeps x).
    return db
      .prepare(
        `INSERT INTO rels (type, src, dst)
         SELECT r.type, c.nid, COALESCE(xc.nid, r.dst)
         FROM nodes c
         JOIN nodes t ON t.id = c.template_source_id
         JOIN rels r ON r.src = t.nid AND r.type <> '${REL.SCAN_SOURCE_NODE}'
         JOIN nodes x ON x.nid = r.dst
         LEFT JOIN scale_copy_counts cc ON cc.operation_id = @op AND cc.template_id = x.id
         LEFT JOIN nodes xc ON xc.template_source_id = x.id AND xc.template_copy_index = c.template_copy_index % cc.copies AND xc.scale_operation_id = @op
         WHERE c.template_source_id IN (SELECT value FROM json_each(@ids)) AND c.scale_operation_id = @op`,
      )
      .run({ op, ids: JSON.stringify(request.templateIds) }).changes;
  })();
}

/** Scratch rows of an operation, once its relationships are written (or it is rolled back). */
export function forgetCopyCounts(db: Database.Database, operationId: string): void {
  db.prepare('DELETE FROM scale_copy_counts WHERE operation_id = ?').run(operationId);
}

export function inspectOperation(db: Database.Database, operationId: string): OperationInspection {
  const get = (sql: string) => db.prepare(sql).pluck().get({ op: operationId }) as number;
  const ops = `SELECT nid, id, template_source_id FROM nodes WHERE scale_operation_id = @op`;
  const templates = `SELECT DISTINCT template_source_id FROM nodes WHERE scale_operation_id = @op AND template_source_id IS NOT NULL`;
  const mismatches = (copyEdges: string, templateEdges: string) => `
    WITH cd AS (${copyEdges}), td AS (${templateEdges}),
         expected AS (SELECT c.nid AS cnid, td.type, td.n FROM nodes c JOIN nodes t ON t.id = c.template_source_id JOIN td ON td.tnid = t.nid WHERE c.scale_operation_id = @op)
    SELECT count(DISTINCT cnid) FROM (
      SELECT e.cnid FROM expected e LEFT JOIN cd ON cd.cnid = e.cnid AND cd.type = e.type WHERE cd.n IS NULL OR cd.n <> e.n
      UNION ALL
      SELECT cd.cnid FROM cd LEFT JOIN expected e ON e.cnid = cd.cnid AND e.type = cd.type WHERE e.n IS NULL)`;
  return {
    nodes: get(`SELECT count(*) FROM nodes WHERE scale_operation_id = @op`),
    byType: db.prepare(`SELECT type AS key, count(*) AS count FROM nodes WHERE scale_operation_id = @op GROUP BY type ORDER BY count DESC, key`).all({ op: operationId }) as { key: string; count: number }[],
    originalContamination:
      get(`SELECT count(*) FROM nodes WHERE scale_operation_id = @op AND (labels LIKE '%:Original:%' OR layer IS NOT 'abstracted')`) +
      get(`SELECT count(*) FROM rels r JOIN (${ops}) o ON o.nid = r.src WHERE r.type = '${REL.SCAN_SOURCE_NODE}'`),
    missingMarkers: get(
      `SELECT count(*) FROM nodes WHERE scale_operation_id = @op AND (synthetic <> 1 OR tenant_id IS NULL
         OR json_extract(props, '$.generation_strategy') IS NULL OR json_extract(props, '$.generation_timestamp') IS NULL
         OR (json_extract(props, '$.generation_strategy') = 'template' AND template_source_id IS NULL))`,
    ),
    parityMismatches: get(
      mismatches(
        `SELECT c.nid AS cnid, r.type, count(*) AS n FROM nodes c JOIN rels r ON r.src = c.nid WHERE c.scale_operation_id = @op GROUP BY c.nid, r.type`,
        `SELECT t.nid AS tnid, r.type, count(*) AS n FROM nodes t JOIN rels r ON r.src = t.nid WHERE t.id IN (${templates}) AND r.type <> '${REL.SCAN_SOURCE_NODE}' GROUP BY t.nid, r.type`,
      ),
    ),
    inDegreeMismatches: get(
      mismatches(
        `SELECT c.nid AS cnid, r.type, count(*) AS n FROM nodes c JOIN rels r ON r.dst = c.nid WHERE c.scale_operation_id = @op GROUP BY c.nid, r.type`,
        `SELECT t.nid AS tnid, r.type, count(*) AS n FROM nodes t JOIN rels r ON r.dst = t.nid JOIN nodes s ON s.nid = r.src
         WHERE t.id IN (${templates}) AND s.id IN (${templates}) AND r.type <> '${REL.SCAN_SOURCE_NODE}' GROUP BY t.nid, r.type`,
      ),
    ),
    relationships: get(`SELECT count(*) FROM rels r JOIN (${ops}) o ON o.nid = r.src`),
  };
}
