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

const COPY_COLUMNS = 'id, labels, layer, type, tenant_id, subscription_id, synthetic, scale_operation_id, template_source_id, template_copy_index, properties, tags, props';
const COPY_ROWS_PER_STATEMENT = 16;
const REL_ROWS_PER_STATEMENT = 64;

interface CopyRange {
  /** nid of copy 0; copy j is first + j (one INSERT gives its rows consecutive rowids). */
  readonly first: number;
  readonly count: number;
}

/**
 * In-process replication: SQLite runs inside this process, so "pushing down" means reading each
 * template row once and writing its copies with multi-row prepared INSERTs, knowing every copy's
 * rowid. That beat INSERT … SELECT with JSON functions and index joins, measured at B3 (see
 * README, "Benchmark"). Keeps, per operation, the rowid
 * range of each template's copies (O(templates) memory) until releaseReplication.
 */
export class SqliteReplicator {
  private readonly ranges = new Map<string, Map<number, CopyRange>>();
  private readonly templateNid = new Map<string, Map<string, number>>();
  private readonly insertCopies: Database.Statement;
  private readonly insertCopy: Database.Statement;
  private readonly insertRels: Database.Statement;
  private readonly insertRel: Database.Statement;
  private readonly outEdges: Database.Statement;

  constructor(private readonly db: Database.Database) {
    const row = `(${COPY_COLUMNS.split(',').map(() => '?').join(', ')})`;
    this.insertCopies = db.prepare(`INSERT INTO nodes (${COPY_COLUMNS}) VALUES ${Array(COPY_ROWS_PER_STATEMENT).fill(row).join(', ')}`);
    this.insertCopy = db.prepare(`INSERT INTO nodes (${COPY_COLUMNS}) VALUES ${row}`);
    this.insertRels = db.prepare(`INSERT INTO rels (type, src, dst) VALUES ${Array(REL_ROWS_PER_STATEMENT).fill('(?, ?, ?)').join(', ')}`);
    this.insertRel = db.prepare('INSERT INTO rels (type, src, dst) VALUES (?, ?, ?)');
    this.outEdges = db.prepare(`SELECT type, dst FROM rels WHERE src = ? AND type <> '${REL.SCAN_SOURCE_NODE}' ORDER BY rid`);
  }

  replicateNodes(request: NodeReplicationRequest): number {
    const m = request.markers;
    const op = m.scale_operation_id;
    const ranges = this.ranges.get(op) ?? new Map<number, CopyRange>();
    const nids = this.templateNid.get(op) ?? new Map<string, number>();
    this.ranges.set(op, ranges);
    this.templateNid.set(op, nids);
    const templates = new Map(
      (this.db.prepare('SELECT nid, id, type, subscription_id, properties, tags, props FROM nodes WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(request.batch.map((t) => t.templateId))) as TemplateRow[]).map((t) => [t.id, t]),
    );
    return this.db.transaction(() => {
      const pending: unknown[] = [];
      let rowsPending = 0;
      let created = 0;
      let lastNid = 0;
      const flush = (statement: Database.Statement, rows: number) => {
        lastNid = Number(statement.run(pending).lastInsertRowid);
        created += rows;
        pending.length = 0;
        rowsPending = 0;
      };
      const firstNids: { template: TemplateRow; count: number; offset: number }[] = [];
      let offset = 0;
      for (const copies of request.batch) {
        const t = templates.get(copies.templateId);
        if (!t) continue;
        const props = JSON.parse(t.props) as Record<string, unknown>;
        for (const key of PROPERTIES_NOT_COPIED) delete props[key];
        const hasAbstractedId = 'abstracted_id' in props;
        props.generation_strategy = m.generation_strategy;
        props.generation_timestamp = m.generation_timestamp;
        firstNids.push({ template: t, count: copies.copyIds.length, offset });
        copies.copyIds.forEach((id, j) => {
          props.name = id;
          if (hasAbstractedId) props.abstracted_id = id;
          pending.push(id, ':Resource:', 'abstracted', t.type, m.tenant_id, t.subscription_id, 1, op, t.id, j, t.properties, t.tags, JSON.stringify(props));
          offset++;
          if (++rowsPending === COPY_ROWS_PER_STATEMENT) flush(this.insertCopies, COPY_ROWS_PER_STATEMENT);
        });
      }
      // The remainder one row at a time; rowids stay consecutive.
      const rest = pending.splice(0);
      const width = COPY_COLUMNS.split(',').length;
      for (let i = 0; i < rest.length; i += width) {
        lastNid = Number(this.insertCopy.run(rest.slice(i, i + width)).lastInsertRowid);
        created++;
      }
      const firstOfBatch = lastNid - offset + 1;
      for (const f of firstNids) {
        ranges.set(f.template.nid, { first: firstOfBatch + f.offset, count: f.count });
        nids.set(f.template.id, f.template.nid);
      }
      return created;
    })();
  }

  replicateRelationships(request: RelationshipReplicationRequest): number {
    const ranges = this.ranges.get(request.operationId);
    const nids = this.templateNid.get(request.operationId);
    if (!ranges || !nids) return 0;
    return this.db.transaction(() => {
      const pending: (string | number)[] = [];
      let created = 0;
      for (const templateId of request.templateIds) {
        const nid = nids.get(templateId);
        const own = nid === undefined ? undefined : ranges.get(nid);
        if (!own) continue;
        const edges = this.outEdges.all(nid) as { type: string; dst: number }[];
        for (let j = 0; j < own.count; j++) {
          for (const e of edges) {
            // Copy j of s → copy (j mod copies) of a template target, else the target itself.
            const target = ranges.get(e.dst);
            pending.push(e.type, own.first + j, target && target.count > 0 ? target.first + (j % target.count) : e.dst);
            created++;
            if (pending.length === REL_ROWS_PER_STATEMENT * 3) {
              this.insertRels.run(pending);
              pending.length = 0;
            }
          }
        }
      }
      for (let i = 0; i < pending.length; i += 3) this.insertRel.run(pending[i], pending[i + 1], pending[i + 2]);
      return created;
    })();
  }

  release(operationId: string): void {
    this.ranges.delete(operationId);
    this.templateNid.delete(operationId);
  }
}

interface TemplateRow {
  readonly nid: number;
  readonly id: string;
  readonly type: string;
  readonly subscription_id: string | null;
  readonly properties: string | null;
  readonly tags: string | null;
  readonly props: string;
}

export function inspectOperation(db: Database.Database, operationId: string): OperationInspection {
  const get = (sql: string) => db.prepare(sql).pluck().get({ op: operationId }) as number;
  const ops = `SELECT nid FROM nodes WHERE scale_operation_id = @op`;
  const parity = degreeParity(db, operationId);
  return {
    nodes: get(`SELECT count(*) FROM nodes WHERE scale_operation_id = @op`),
    byType: db.prepare(`SELECT type AS key, count(*) AS count FROM nodes WHERE scale_operation_id = @op GROUP BY type ORDER BY count DESC, key`).all({ op: operationId }) as { key: string; count: number }[],
    originalContamination:
      get(`SELECT count(*) FROM nodes WHERE scale_operation_id = @op AND (labels LIKE '%:Original:%' OR layer IS NOT 'abstracted')`) +
      get(`SELECT count(*) FROM rels WHERE src IN (${ops}) AND type = '${REL.SCAN_SOURCE_NODE}'`),
    missingMarkers: get(
      `SELECT count(*) FROM nodes WHERE scale_operation_id = @op AND (synthetic <> 1 OR tenant_id IS NULL
         OR json_extract(props, '$.generation_strategy') IS NULL OR json_extract(props, '$.generation_timestamp') IS NULL
         OR (json_extract(props, '$.generation_strategy') = 'template' AND template_source_id IS NULL))`,
    ),
    parityMismatches: parity.out,
    inDegreeMismatches: parity.in,
    relationships: get(`SELECT count(*) FROM rels WHERE src IN (${ops})`),
  };
}

/**
 * Copies whose typed out-degree (and typed in-degree from the operation's templates) differs from
 * their template's. Typed degrees come from ordered scans of the (src|dst, type) indexes and are
 * compared here: one pass over the operation's edges instead of joins between grouped views.
 */
function degreeParity(db: Database.Database, operationId: string): { out: number; in: number } {
  const copies = db.prepare('SELECT c.nid AS nid, t.nid AS tnid FROM nodes c JOIN nodes t ON t.id = c.template_source_id WHERE c.scale_operation_id = ?').all(operationId) as { nid: number; tnid: number }[];
  const templateOf = new Map(copies.map((c) => [c.nid, c.tnid]));
  const templates = new Set(copies.map((c) => c.tnid));
  const nids = JSON.stringify([...templates]);
  const copyNids = `SELECT nid FROM nodes WHERE scale_operation_id = @op`;
  const typed = (sql: string, params: Record<string, unknown>) => {
    const degrees = new Map<number, Map<string, number>>();
    for (const row of db.prepare(sql).iterate(params) as Iterable<{ node: number; type: string; n: number }>) {
      let m = degrees.get(row.node);
      if (!m) degrees.set(row.node, (m = new Map()));
      m.set(row.type, row.n);
    }
    return degrees;
  };
  const skip = `type <> '${REL.SCAN_SOURCE_NODE}'`;
  const templateOut = typed(`SELECT src AS node, type, count(*) AS n FROM rels WHERE src IN (SELECT value FROM json_each(@nids)) AND ${skip} GROUP BY src, type`, { nids });
  const copyOut = typed(`SELECT src AS node, type, count(*) AS n FROM rels WHERE src IN (${copyNids}) GROUP BY src, type`, { op: operationId });
  const templateIn = typed(
    `SELECT dst AS node, type, count(*) AS n FROM rels WHERE dst IN (SELECT value FROM json_each(@nids)) AND src IN (SELECT value FROM json_each(@nids)) AND ${skip} GROUP BY dst, type`,
    { nids },
  );
  const copyIn = typed(`SELECT dst AS node, type, count(*) AS n FROM rels WHERE dst IN (${copyNids}) GROUP BY dst, type`, { op: operationId });
  const differs = (a: Map<string, number> | undefined, b: Map<string, number> | undefined) => {
    const x = a ?? new Map<string, number>();
    const y = b ?? new Map<string, number>();
    if (x.size !== y.size) return true;
    for (const [type, n] of x) if (y.get(type) !== n) return true;
    return false;
  };
  let out = 0;
  let inbound = 0;
  for (const [copy, template] of templateOf) {
    if (differs(copyOut.get(copy), templateOut.get(template))) out++;
    if (differs(copyIn.get(copy), templateIn.get(template))) inbound++;
  }
  return { out, in: inbound };
}
