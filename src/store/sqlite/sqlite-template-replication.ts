import type Database from 'better-sqlite3';
import { REL } from '../../domain/atg-schema.js';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
import { PROPERTIES_NOT_COPIED } from '../../domain/template-replication.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { DegreeMismatches, OperationNodeGroup } from '../graph-store.js';
import { RelationshipInserter } from './relationship-inserter.js';
import { scopeClause } from './sqlite-rows.js';

/** Templates of a scope, sorted by type then id, with their out-degree (SCAN_SOURCE_NODE excluded). */
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

const COPY_COLUMNS =
  'id, labels, layer, type, tenant_id, subscription_id, synthetic, scale_operation_id, template_source_id, template_copy_index, properties, tags, props';
const COPY_ROWS_PER_STATEMENT = 16;

interface CopyRange {
  /** nid of copy 0; copy j is first + j (one INSERT gives its rows consecutive rowids). */
  readonly first: number;
  readonly count: number;
}

/**
 * In-process replication: SQLite runs inside this process, so "pushing down" means reading each
 * template row once and writing its copies with multi-row prepared INSERTs, knowing every copy's
 * rowid. That beat INSERT … SELECT with JSON functions and index joins, measured at B3 (see
 * docs/performance.md). Keeps, per operation, the rowid
 * range of each template's copies (O(templates) memory) until releaseReplication.
 */
export class SqliteReplicator {
  private readonly ranges = new Map<string, Map<number, CopyRange>>();
  private readonly templateNid = new Map<string, Map<string, number>>();
  private readonly insertCopies: Database.Statement;
  private readonly insertCopy: Database.Statement;
  private readonly rels: RelationshipInserter;
  private readonly outEdges: Database.Statement;

  constructor(private readonly db: Database.Database) {
    const row = `(${COPY_COLUMNS.split(',')
      .map(() => '?')
      .join(', ')})`;
    this.insertCopies = db.prepare(`INSERT INTO nodes (${COPY_COLUMNS}) VALUES ${Array(COPY_ROWS_PER_STATEMENT).fill(row).join(', ')}`);
    this.insertCopy = db.prepare(`INSERT INTO nodes (${COPY_COLUMNS}) VALUES ${row}`);
    this.rels = new RelationshipInserter(db);
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
      (
        this.db
          .prepare('SELECT nid, id, type, subscription_id, properties, tags, props FROM nodes WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(request.batch.map((t) => t.templateId))) as TemplateRow[]
      ).map((t) => [t.id, t]),
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
        delete props.name;
        delete props.abstracted_id;
        props.generation_strategy = m.generation_strategy;
        props.generation_timestamp = m.generation_timestamp;
        // Serialise the shared part once; each copy only appends its own name (and abstracted id).
        const shared = JSON.stringify(props).slice(0, -1);
        const glue = shared.length > 1 ? ',' : '';
        firstNids.push({ template: t, count: copies.copyIds.length, offset });
        copies.copyIds.forEach((id, j) => {
          const quoted = JSON.stringify(id);
          const json = `${shared}${glue}"name":${quoted}${hasAbstractedId ? `,"abstracted_id":${quoted}` : ''}}`;
          pending.push(id, ':Resource:', 'abstracted', t.type, m.tenant_id, t.subscription_id, 1, op, t.id, j, t.properties, t.tags, json);
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
            this.rels.add(e.type, own.first + j, target && target.count > 0 ? target.first + (j % target.count) : e.dst);
            created++;
          }
        }
      }
      this.rels.finish();
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

/**
 * The operation's nodes grouped by type and marker values. One pass over its nodes, grouped in JS:
 * a GROUP BY would sort every row (with its props) in the in-memory temp store; at 10^6 nodes this
 * took 3.4 s against 1.8 s. The relationship look-ups are (src, type) and (dst, type) index seeks.
 */
export function countOperationNodeGroups(db: Database.Database, operationId: string): OperationNodeGroup[] {
  const rows = db
    .prepare(
      `SELECT type,
              labels LIKE '%:Original:%' OR layer IS NOT 'abstracted'
                OR EXISTS (SELECT 1 FROM rels WHERE src = n.nid AND type = '${REL.SCAN_SOURCE_NODE}')
                OR EXISTS (SELECT 1 FROM rels WHERE dst = n.nid AND type = '${REL.SCAN_SOURCE_NODE}'),
              synthetic = 1, tenant_id, json_extract(props, '$.generation_strategy'), json_extract(props, '$.generation_timestamp'),
              template_source_id IS NOT NULL,
              -- The column is the replicator's; a copy written by the generic writer (import, copy) keeps it in props.
              template_copy_index IS NOT NULL OR json_extract(props, '$.template_copy_index') IS NOT NULL,
              (SELECT count(*) FROM rels WHERE src = n.nid)
       FROM nodes n INDEXED BY nodes_by_operation WHERE scale_operation_id = ?`,
    )
    .raw()
    .iterate(operationId) as IterableIterator<[string, number, number, string | null, unknown, unknown, number, number, number]>;
  const groups = new Map<string, { type: string; marker: OperationNodeGroup['marker']; count: number; original: number; relationships: number }>();
  for (const [type, original, synthetic, tenantId, strategy, timestamp, templateSource, copyIndex, out] of rows) {
    const marker = {
      synthetic: synthetic === 1,
      tenantId,
      strategy: strategy === null ? null : String(strategy),
      timestamp: timestamp === null ? null : String(timestamp),
      templateSource: templateSource === 1,
      copyIndex: copyIndex === 1,
    };
    const key = `${type}\u0000${JSON.stringify(marker)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type, marker, count: 0, original: 0, relationships: 0 }));
    group.count++;
    group.original += original;
    group.relationships += out;
  }
  return [...groups.values()];
}

/**
 * Degree parity of the operation's copies, in batches of about VALIDATION_COPIES_PER_QUERY copies,
 * so the GROUP BYs stay small (the temp store is in memory) at 10^6 copies.
 */
export function countDegreeMismatches(db: Database.Database, operationId: string): DegreeMismatches {
  const perTemplate = db
    .prepare(
      'SELECT template_source_id AS id, count(*) AS n FROM nodes WHERE scale_operation_id = ? AND template_source_id IS NOT NULL GROUP BY template_source_id',
    )
    .all(operationId) as { id: string; n: number }[];
  const templateNids = JSON.stringify(
    db
      .prepare('SELECT nid FROM nodes WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(perTemplate.map((t) => t.id))),
  );
  let out = 0;
  let inDegree = 0;
  for (let i = 0; i < perTemplate.length; ) {
    const ids: string[] = [];
    for (let copies = 0; i < perTemplate.length && copies < VALIDATION_COPIES_PER_QUERY; i++) {
      ids.push(perTemplate[i]!.id);
      copies += perTemplate[i]!.n;
    }
    const batch = JSON.stringify(ids);
    out += compareDegrees(db, { op: operationId, batch, templateNids }, 'src', 'dst', false);
    inDegree += compareDegrees(db, { op: operationId, batch, templateNids }, 'dst', 'src', true);
  }
  return { out, in: inDegree };
}

/**
 * Copies whose typed degree on one side (out: `src`, in: `dst`) differs from their template's,
 * SCAN_SOURCE_NODE left out on both sides, or whose template is gone. Each node's typed degrees
 * become one signature ("TYPE:n|…") inside SQLite and the signatures are compared there: only
 * counts cross into JS. For in-degrees only edges from the operation's templates count on the
 * template side (copies receive edges from copies of templates only).
 */
function compareDegrees(
  db: Database.Database,
  params: { op: string; batch: string; templateNids: string },
  side: 'src' | 'dst',
  other: 'src' | 'dst',
  onlyFromTemplates: boolean,
): number {
  const batchNids = 'SELECT nid FROM nodes WHERE id IN (SELECT value FROM json_each(@batch))';
  const allTemplateNids = 'SELECT value FROM json_each(@templateNids)';
  // INDEXED BY: left alone, the planner scanned every copy of the operation for each batch.
  const copyNids =
    'SELECT nid FROM nodes INDEXED BY nodes_by_copy WHERE template_source_id IN (SELECT value FROM json_each(@batch)) AND scale_operation_id = @op';
  const fromTemplates = onlyFromTemplates ? `AND ${other} IN (${allTemplateNids})` : '';
  const counted = `type <> '${REL.SCAN_SOURCE_NODE}'`;
  return db
    .prepare(
      `WITH template_degrees AS (
           SELECT ${side} AS node, type, count(*) AS n FROM rels
           WHERE ${side} IN (${batchNids}) AND ${counted} ${fromTemplates} GROUP BY ${side}, type),
         template_signatures AS (
           SELECT t.id AS template, group_concat(d.type || ':' || d.n, '|' ORDER BY d.type) AS signature
           FROM template_degrees d JOIN nodes t ON t.nid = d.node GROUP BY t.id),
         templates_present AS (SELECT id FROM nodes WHERE id IN (SELECT value FROM json_each(@batch))),
         copy_degrees AS (
           SELECT ${side} AS node, type, count(*) AS n FROM rels WHERE ${side} IN (${copyNids}) AND ${counted} GROUP BY ${side}, type),
         copy_signatures AS (
           SELECT c.template_source_id AS template, group_concat(d.type || ':' || d.n, '|' ORDER BY d.type) AS signature
           FROM nodes c INDEXED BY nodes_by_copy LEFT JOIN copy_degrees d ON d.node = c.nid
           WHERE c.template_source_id IN (SELECT value FROM json_each(@batch)) AND c.scale_operation_id = @op GROUP BY c.nid)
         SELECT coalesce(sum(p.id IS NULL OR coalesce(c.signature, '') <> coalesce(t.signature, '')), 0)
         FROM copy_signatures c LEFT JOIN template_signatures t ON t.template = c.template LEFT JOIN templates_present p ON p.id = c.template`,
    )
    .pluck()
    .get(params) as number;
}

const VALIDATION_COPIES_PER_QUERY = 100_000;
