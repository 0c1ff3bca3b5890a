import type Database from 'better-sqlite3';
import { LABEL, REL, SHARED_LABELS } from '../../domain/atg-schema.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type {
  NodeRelationship,
  RelationshipRow,
  ResourcePageFilter,
  ResourceRow,
  StoredNode,
  TenantGraphSink,
  TenantPage,
  TenantScanSink,
} from '../graph-store.js';
import { refLabel, type SliceRelationship } from '../../domain/graph-slice.js';
import { decodeNodeRow } from './sqlite-rows.js';

/** ':Resource:Original:' → ['Original', 'Resource'] */
const labelList = (labels: string) => labels.slice(1, -1).split(':').sort();

/**
 * Abstracted layer as stored: labelled Resource, not Original (shared nodes labelled Resource
 * included). `layer` is 'abstracted' for most, NULL for shared nodes, so the labels (outside the
 * index) are read only for those few.
 */
const ABSTRACTED = `(layer = 'abstracted' OR (layer IS NULL AND labels LIKE '%:Resource:%'))`;

/**
 * Keyset-paged tenant reads: the (tenant_id, id) index gives both the filter and the order, so a
 * page costs its own rows. Statements are prepared on first use: a bulk load's side file has no
 * indexes while it loads.
 */
export class SqliteTenantGraph {
  private statements: ReturnType<typeof prepare> | undefined;

  constructor(private readonly db: Database.Database) {}

  resourcePage(filter: ResourcePageFilter, after: string, limit: number): ResourceRow[] {
    const params = { tenant: filter.tenantId, after, limit, subscriptions: filter.subscriptionIds?.length ? JSON.stringify(filter.subscriptionIds) : null };
    const s = (this.statements ??= prepare(this.db));
    return (filter.tenantId === null ? s.pageOfNullTenant : s.pageOfTenant).all(params) as ResourceRow[];
  }

  nodes(label: string, keys: readonly string[]): StoredNode[] {
    const rows = (this.statements ??= prepare(this.db)).nodesByKey.all(JSON.stringify(keys), `%:${label}:%`) as Record<string, unknown>[];
    return rows.map((row) => ({ labels: labelList(row.labels as string), properties: decodeNodeRow(row) }));
  }

  /**
   * In three set-based steps: the nodes' rowids, their relationships by rowid (small rows, from the
   * src/dst index), then each distinct other end's id and labels once. Joining the other end per
   * relationship read its whole row (properties included) once per relationship: a hub's row was
   * read thousands of times, 5 µs each.
   */
  nodeRelationships(label: string, keys: readonly string[], direction: 'out' | 'in', otherOutside?: string): NodeRelationship[] {
    const s = (this.statements ??= prepare(this.db));
    const near = s.nidsByKey.raw().all(JSON.stringify(keys), `%:${label}:%`) as [number, string][];
    if (near.length === 0) return [];
    const keyOf = new Map(near);
    const nids = JSON.stringify(near.map(([nid]) => nid));
    const rels = (
      direction === 'out'
        ? s.relsFrom.raw().all(nids)
        : otherOutside === undefined
          ? s.relsTo.raw().all(nids)
          : s.relsToFromOutside.raw().all(nids, otherOutside)
    ) as [number, string, number][];
    const ends = new Map<number, { labels: string[]; key: string; tenantId: string | null }>();
    const farNids = [...new Set(rels.map((r) => r[2]))];
    for (let i = 0; i < farNids.length; i += 10_000) {
      for (const [nid, id, labels, tenantId] of s.refsByNid.raw().all(JSON.stringify(farNids.slice(i, i + 10_000))) as [
        number,
        string,
        string,
        string | null,
      ][])
        ends.set(nid, { labels: labelList(labels), key: id, tenantId });
    }
    const out: NodeRelationship[] = [];
    for (const [nearNid, type, farNid] of rels) {
      const other = ends.get(farNid);
      if (other) out.push({ key: keyOf.get(nearNid)!, type, other: { labels: [...other.labels], key: other.key, tenantId: other.tenantId } });
    }
    return out;
  }

  /**
   * scanTenant: the tenant's nodes counted by label set, then its relationships. When the tenant
   * holds most of the file (an import into an empty store) the relationship table is scanned in
   * rowid order with both ends looked up by rowid, which reads pages in order; otherwise the
   * tenant's nodes are found by its index and their relationships by the src and dst indexes.
   */
  scan(tenantId: string, inbound: boolean, sink: TenantScanSink): void {
    const keyLabels = new Set<string>([LABEL.Resource, ...SHARED_LABELS]);
    let owned = 0;
    for (const [labels, count] of this.db.prepare('SELECT labels, count(*) FROM nodes WHERE tenant_id = ? GROUP BY labels').raw().iterate(tenantId) as Iterable<
      [string, number]
    >) {
      const label = refLabel(labelList(labels));
      if (keyLabels.has(label)) sink.nodes(label, count);
      owned += count;
    }
    const columns = 'r.type, s.labels, s.id, d.labels, d.id';
    const statements = this.mostOfFile(owned)
      ? [
          // CROSS JOIN keeps the rels table outermost: a scan in rowid order.
          this.db.prepare(
            `SELECT ${columns} FROM rels r CROSS JOIN nodes s ON s.nid = r.src CROSS JOIN nodes d ON d.nid = r.dst
               WHERE s.tenant_id = @t ${inbound ? 'OR (d.tenant_id = @t AND s.tenant_id IS NOT @t)' : ''}`,
          ),
        ]
      : [
          this.db.prepare(`SELECT ${columns} FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst WHERE s.tenant_id = @t`),
          ...(inbound
            ? [
                this.db.prepare(
                  `SELECT ${columns} FROM nodes d JOIN rels r ON r.dst = d.nid JOIN nodes s ON s.nid = r.src WHERE d.tenant_id = @t AND s.tenant_id IS NOT @t`,
                ),
              ]
            : []),
        ];
    const refOfColumns = (labels: string, key: string) => ({ label: refLabel(labelList(labels)), key });
    for (const statement of statements) {
      let page: SliceRelationship[] = [];
      for (const [type, srcLabels, src, dstLabels, dst] of statement.raw().iterate({ t: tenantId }) as Iterable<[string, string, string, string, string]>) {
        page.push({ type, src: refOfColumns(srcLabels, src), dst: refOfColumns(dstLabels, dst) });
        if (page.length === 10_000) {
          sink.relationships(page);
          page = [];
        }
      }
      if (page.length) sink.relationships(page);
    }
  }

  /**
   * scanTenantPages: when the tenant holds most of the file, its nodes in (tenant_id, id) keyset
   * pages, then the relationships leaving them (or entering them from a node it does not own) in
   * rowid keyset pages of the rels table with both ends joined by rowid, then the nodes those
   * reach outside the tenant, by key, and last the inbound relationships (a handful), after the
   * nodes they start at. A page's query ends before the page is handed out. Null when the tenant
   * is a small part of the file: its indexes serve a walk better.
   */
  pages(tenantId: string, pageRows: number): Iterable<TenantPage> | null {
    const owned = this.db.prepare('SELECT count(*) FROM nodes WHERE tenant_id = ?').pluck().get(tenantId) as number;
    return owned > 0 && this.mostOfFile(owned) ? this.scanPages(tenantId, pageRows) : null;
  }

  /** A tenant of `owned` nodes is at least half the file: reading the tables in rowid order beats its indexes. */
  private mostOfFile(owned: number): boolean {
    return owned * 2 >= (this.db.prepare('SELECT count(*) FROM nodes').pluck().get() as number);
  }

  private *scanPages(tenantId: string, pageRows: number): Generator<TenantPage> {
    const nodePage = this.db.prepare('SELECT * FROM nodes INDEXED BY nodes_by_tenant_id WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?');
    for (let after = ''; ; ) {
      const rows = nodePage.all(tenantId, after, pageRows) as Record<string, unknown>[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id as string;
      yield { nodes: rows.map((row) => ({ labels: labelList(row.labels as string), properties: decodeNodeRow(row) })), relationships: [] };
      if (rows.length < pageRows) break;
    }
    const relationshipPage = this.db.prepare(
      `SELECT r.rid, r.type, s.labels, s.id, s.tenant_id, d.labels, d.id, d.tenant_id
       FROM rels r CROSS JOIN nodes s ON s.nid = r.src CROSS JOIN nodes d ON d.nid = r.dst
       WHERE r.rid > @after AND (s.tenant_id = @t OR (d.tenant_id = @t AND s.tenant_id IS NOT @t)) ORDER BY r.rid LIMIT @limit`,
    );
    const reached = new Map<string, Set<string>>();
    const reach = (label: string, key: string) => {
      if (!reached.has(label)) reached.set(label, new Set());
      reached.get(label)!.add(key);
    };
    const inbound: SliceRelationship[] = [];
    for (let after = 0; ; ) {
      const rows = relationshipPage.raw().all({ after, t: tenantId, limit: pageRows }) as [
        number,
        string,
        string,
        string,
        string | null,
        string,
        string,
        string | null,
      ][];
      if (rows.length === 0) break;
      after = rows[rows.length - 1]![0];
      const relationships: SliceRelationship[] = [];
      for (const [, type, srcLabels, src, srcTenant, dstLabels, dst, dstTenant] of rows) {
        const r = { type, src: { label: refLabel(labelList(srcLabels)), key: src }, dst: { label: refLabel(labelList(dstLabels)), key: dst } };
        if (srcTenant !== tenantId) {
          reach(r.src.label, src);
          inbound.push(r);
          continue;
        }
        if (dstTenant !== tenantId) reach(r.dst.label, dst);
        relationships.push(r);
      }
      if (relationships.length) yield { nodes: [], relationships };
      if (rows.length < pageRows) break;
    }
    for (const [label, keys] of reached) {
      const list = [...keys];
      for (let i = 0; i < list.length; i += pageRows) yield { nodes: this.nodes(label, list.slice(i, i + pageRows)), relationships: [] };
    }
    if (inbound.length) yield { nodes: [], relationships: inbound };
  }

  /** Resources of the scope in id order (tenant, then null tenant), then their relationships by rowid. */
  readAll(scope: TenantScope, sink: TenantGraphSink): void {
    const s = (this.statements ??= prepare(this.db));
    const maxNid = (this.db.prepare('SELECT max(nid) AS m FROM nodes').get() as { m: number | null }).m ?? 0;
    // rowid → node index: a typed array, not a Map (10^6 resources: 2·10^6+ rowids, 4 bytes each).
    const indexOf = new Int32Array(maxNid + 1).fill(-1);
    const subscriptions = scope.subscriptionIds?.length ? JSON.stringify(scope.subscriptionIds) : null;
    const phases = [
      { tenant: scope.tenantId, statements: [s.allOfTenant, s.relsOfTenant] },
      ...(scope.includeNullTenant ? [{ tenant: null, statements: [s.allOfNullTenant, s.relsOfNullTenant] }] : []),
    ];
    for (const { tenant, statements } of phases) {
      for (const [nid, id, type] of statements[0]!.raw().iterate({ tenant, subscriptions }) as IterableIterator<[number, string, string]>)
        indexOf[nid] = sink.addNode(id, type);
    }
    for (const { tenant, statements } of phases) {
      for (const [src, dst, type] of statements[1]!.raw().iterate({ tenant, subscriptions }) as IterableIterator<[number, number, string]>) {
        const a = indexOf[src]!;
        const b = dst <= maxNid ? indexOf[dst]! : -1;
        if (a >= 0 && b >= 0) sink.addEdgeByIndex(a, b, type);
      }
    }
  }

  outRelationshipsOf(sourceIds: readonly string[]): RelationshipRow[] {
    return (this.statements ??= prepare(this.db)).outRelationships.all(JSON.stringify(sourceIds)) as RelationshipRow[];
  }
}

function prepare(db: Database.Database) {
  const subscriptions = `(@subscriptions IS NULL OR subscription_id IN (SELECT value FROM json_each(@subscriptions)))`;
  const all = (tenant: string) =>
    db.prepare(`SELECT nid, id, type FROM nodes INDEXED BY nodes_by_tenant_id WHERE ${tenant} AND ${ABSTRACTED} AND ${subscriptions} ORDER BY id`);
  const rels = (tenant: string) =>
    db.prepare(
      // Sources from the (tenant_id, layer, type) index, not the Original layer; targets outside the graph are dropped by the caller.
      `SELECT r.src, r.dst, r.type FROM nodes s INDEXED BY nodes_by_tenant JOIN rels r ON r.src = s.nid
       WHERE ${tenant.replace(/tenant_id/g, 's.tenant_id')} AND (s.layer = 'abstracted' OR s.layer IS NULL) AND r.type <> '${REL.SCAN_SOURCE_NODE}'`,
    );
  const page = (tenant: string) =>
    db.prepare(
      `SELECT id, type FROM nodes INDEXED BY nodes_by_tenant_id
       WHERE ${tenant} AND id > @after AND ${ABSTRACTED} AND ${subscriptions} ORDER BY id LIMIT @limit`,
    );
  const relationshipsBy = (near: 'src' | 'dst', far: 'src' | 'dst') =>
    db.prepare(`SELECT ${near}, type, ${far} FROM rels WHERE ${near} IN (SELECT value FROM json_each(?))`);
  return {
    nodesByKey: db.prepare('SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND labels LIKE ? ORDER BY id'),
    nidsByKey: db.prepare('SELECT nid, id FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND labels LIKE ?'),
    relsFrom: relationshipsBy('src', 'dst'),
    relsTo: relationshipsBy('dst', 'src'),
    // A walk's inbound relationships: only those from a node of another tenant (or none), filtered here and not in JS — the tenant's own are most of them.
    relsToFromOutside: db.prepare(
      'SELECT r.dst, r.type, r.src FROM rels r JOIN nodes f ON f.nid = r.src WHERE r.dst IN (SELECT value FROM json_each(?)) AND f.tenant_id IS NOT ?',
    ),
    // Every node's key is in `id` (a Region's code too).
    refsByNid: db.prepare('SELECT nid, id, labels, tenant_id FROM nodes WHERE nid IN (SELECT value FROM json_each(?))'),
    allOfTenant: all('tenant_id = @tenant'),
    allOfNullTenant: all('tenant_id IS NULL'),
    relsOfTenant: rels('tenant_id = @tenant'),
    relsOfNullTenant: rels('tenant_id IS NULL'),
    pageOfTenant: page('tenant_id = @tenant'),
    pageOfNullTenant: page('tenant_id IS NULL'),
    outRelationships: db.prepare(
      `SELECT s.id AS src, r.type AS type, d.id AS dst
       FROM nodes s JOIN rels r ON r.src = s.nid JOIN nodes d ON d.nid = r.dst
       WHERE s.id IN (SELECT value FROM json_each(?)) AND r.type <> '${REL.SCAN_SOURCE_NODE}'
         AND d.labels LIKE '%:Resource:%' AND d.labels NOT LIKE '%:Original:%'`,
    ),
  };
}
