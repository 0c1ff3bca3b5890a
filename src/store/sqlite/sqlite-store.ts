import type Database from 'better-sqlite3';
import type { GraphChunk, NodeBatch, RelationshipBatch } from '../../domain/graph.js';
import { layerOf, type Layer } from '../../domain/layers.js';
import { LABEL } from '../../domain/atg-schema.js';
import { operationFromProperties, operationToProperties, patchToProperties, type OperationPatch, type OperationRecord } from '../../domain/operation-record.js';
import type { TenantCensus, TenantScope } from '../../domain/tenant-scope.js';
import { existsSync } from 'node:fs';
import { InternalError, UsageError } from '../../domain/errors.js';
import type {
  CountByKey,
  GraphCensus,
  GraphStore,
  KeyPage,
  OperationGraph,
  OperationNodeGroup,
  DegreeMismatches,
  NodeRelationship,
  RelationshipFilter,
  RelationshipProfileRow,
  RelationshipRow,
  ResourcePageFilter,
  ResourceRow,
  StoredNode,
  TenantGraphSink,
  TenantPage,
  TenantScanSink,
  StoreCapabilities,
  ResourceTypeCount,
} from '../graph-store.js';
import { SqliteTenantGraph } from './sqlite-tenant-graph.js';
import { BulkLoadFile, copyDatabase } from './bulk-load-file.js';
import { openSqlite } from './sqlite-connection.js';
import { RecentNodeIds } from './recent-node-ids.js';
import { RelationshipInserter } from './relationship-inserter.js';
import { countDegreeMismatches, countOperationNodeGroups, readTemplates, SqliteReplicator } from './sqlite-template-replication.js';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
import { encodeNode, encodeNodeInto, NODE_COLUMNS, NODE_PARAMS, scopeClause } from './sqlite-rows.js';
import { operationRelationshipProfile, readOperationGraph } from './sqlite-operation-graph.js';

/**
 * One turn of the event loop. better-sqlite3 is synchronous, so an operation's batches would run back
 * to back without ever letting the event loop run: Ctrl-C (a signal is an event), the console's Stop
 * and its progress stream would all wait for the end. Each batch takes one turn first (microseconds).
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const NODE_ROWS_PER_STATEMENT = 16;
const ID_LOOKUPS_PER_QUERY = 500;
const BULK_COMMIT_ROWS = 100_000;

/** Embedded store on better-sqlite3: WAL, prepared statements, one transaction per batch. */
export class SqliteStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  readonly capabilities: StoreCapabilities = { concurrentWriters: false };
  private db!: Database.Database;
  private insertNode!: Database.Statement;
  private insertNodeIfAbsent!: Database.Statement;
  private insertNodeRows!: Database.Statement;
  private rels!: RelationshipInserter;
  private nidsOfIds!: Database.Statement;
  private replicator!: SqliteReplicator;
  private tenantGraph!: SqliteTenantGraph;
  private uncommittedRows = 0;
  private readonly recent = new RecentNodeIds();
  /** The side file of a bulk load in progress. */
  private bulk: BulkLoadFile | undefined;

  /** A bulk load whose side file has no indexes yet: no look-ups by id, and no reads until they are built. */
  private get unindexed(): BulkLoadFile | undefined {
    return this.bulk && !this.bulk.indexed ? this.bulk : undefined;
  }

  /**
   * Every read of nodes or relationships starts here: during a bulk load that has not built its
   * indexes, it builds them now (the load's writes are committed; later writes go into an indexed
   * file, as in place). An import reads its tenant back to validate it.
   */
  private readable(): void {
    const bulk = this.unindexed;
    if (!bulk) return;
    bulk.buildIndexes();
    this.uncommittedRows = 0;
  }

  constructor(
    readonly path: string,
    options: { mustExist?: boolean } = {},
  ) {
    if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
      throw new UsageError(`no SQLite store at ${path}`, 'check {{option:store|db}}, or create one first with tenant-scale generate-tenant');
    }
    this.use(openSqlite(path));
  }

  /** Points the store, and every prepared statement, at `db` (the store file, or a bulk load's side file). */
  private use(db: Database.Database): void {
    this.db = db;
    const columns = NODE_COLUMNS.join(', ');
    const row = `(${Array(NODE_PARAMS).fill('?').join(', ')})`;
    this.insertNode = db.prepare(`INSERT INTO nodes (${columns}) VALUES ${row}`);
    this.insertNodeRows = db.prepare(`INSERT INTO nodes (${columns}) VALUES ${Array(NODE_ROWS_PER_STATEMENT).fill(row).join(', ')}`);
    this.insertNodeIfAbsent = db.prepare(`INSERT OR IGNORE INTO nodes (${columns}) VALUES ${row}`);
    this.rels = new RelationshipInserter(db);
    this.nidsOfIds = db.prepare('SELECT id, nid FROM nodes WHERE id IN (SELECT value FROM json_each(?))');
    this.replicator = new SqliteReplicator(db);
    this.tenantGraph = new SqliteTenantGraph(db);
    this.uncommittedRows = 0;
    this.recent.clear();
  }

  get target(): string {
    return `sqlite:${this.path}`;
  }

  /** The raw database, for adapters' push-down code in this folder and for tests. */
  get database(): Database.Database {
    return this.db;
  }

  async version(): Promise<string> {
    const row = this.db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
    return `SQLite ${row.v}`;
  }

  async readResourcePage(filter: ResourcePageFilter, after: string, limit: number): Promise<ResourceRow[]> {
    this.readable();
    return this.tenantGraph.resourcePage(filter, after, limit);
  }

  async readOutRelationships(sourceIds: readonly string[]): Promise<RelationshipRow[]> {
    this.readable();
    return this.tenantGraph.outRelationshipsOf(sourceIds);
  }

  async readTenantGraph(scope: TenantScope, sink: TenantGraphSink): Promise<void> {
    this.readable();
    this.tenantGraph.readAll(scope, sink);
  }

  async scanTenant(tenantId: string, options: { readonly inbound: boolean }, sink: TenantScanSink): Promise<void> {
    this.readable();
    this.tenantGraph.scan(tenantId, options.inbound, sink);
  }

  scanTenantPages(tenantId: string): AsyncIterable<TenantPage> | undefined {
    this.readable();
    const pages = this.tenantGraph.pages(tenantId, 5_000); // rows per page, as a walk reads them
    if (!pages) return undefined;
    return (async function* () {
      for (const page of pages) {
        yield page;
        await nextTurn(); // each page's query is done: let the consumer's writes and timers run
      }
    })();
  }

  async readNodes(label: string, keys: readonly string[]): Promise<StoredNode[]> {
    this.readable();
    return this.tenantGraph.nodes(label, keys);
  }

  async listTenantNodes(tenantId: string, label: string, page?: KeyPage): Promise<{ key: string; labels: string[] }[]> {
    this.readable();
    // A label other than Resource is on nodes without a layer (layerOf): the (tenant_id, layer, type) index finds those few,
    // where scanning the tenant in id order would read every resource once per label.
    const paged =
      label === LABEL.Resource
        ? 'SELECT id, labels FROM nodes INDEXED BY nodes_by_tenant_id WHERE tenant_id = ? AND id > ? AND labels LIKE ? ORDER BY id LIMIT ?'
        : 'SELECT id, labels FROM nodes INDEXED BY nodes_by_tenant WHERE tenant_id = ? AND layer IS NULL AND id > ? AND labels LIKE ? ORDER BY id LIMIT ?';
    const rows = (
      page
        ? this.db.prepare(paged).raw().all(tenantId, page.after, `%:${label}:%`, page.limit)
        : this.db.prepare('SELECT id, labels FROM nodes WHERE tenant_id = ? AND labels LIKE ?').raw().all(tenantId, `%:${label}:%`)
    ) as [string, string][];
    return rows.map(([key, labels]) => ({ key, labels: labels.slice(1, -1).split(':').sort() }));
  }

  async readTenantNodeKeys(tenantId: string, label: string, keys: readonly string[]): Promise<string[]> {
    this.readable();
    return this.db
      .prepare('SELECT id FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND tenant_id = ? AND labels LIKE ?')
      .pluck()
      .all(JSON.stringify(keys), tenantId, `%:${label}:%`) as string[];
  }

  async readNodeRelationships(label: string, keys: readonly string[], direction: 'out' | 'in', options?: RelationshipFilter): Promise<NodeRelationship[]> {
    this.readable();
    const outside = options?.otherOutside;
    const rels = this.tenantGraph.nodeRelationships(label, keys, direction, outside);
    return outside === undefined || direction === 'in' ? rels : rels.filter((r) => r.other.tenantId !== outside);
  }

  async ensureSchema(): Promise<void> {
    // Tables and indexes come with the migrations, applied when the store opens.
  }

  /**
   * Streamed chunks share one transaction that commits every BULK_COMMIT_ROWS rows (and at
   * finishWrites): chunks stay small for memory while index pages are written once per 100k rows,
   * not once per chunk (at 10^6 random resources, 5k-row commits cost 30 % more time). A failing
   * chunk rolls back only the rows since the last commit; the caller's rollback removes the rest.
   */
  async writeChunk(chunk: GraphChunk): Promise<{ nodes: number; relationships: number }> {
    await nextTurn();
    let nodes = 0;
    let relationships = 0;
    if (!this.db.inTransaction) this.db.exec('BEGIN');
    try {
      for (const batch of chunk.nodes) nodes += this.insertNodes(batch);
      for (const batch of chunk.relationships) relationships += this.insertRelationships(batch);
    } catch (err) {
      this.db.exec('ROLLBACK');
      this.uncommittedRows = 0;
      this.recent.clear();
      throw err;
    }
    this.uncommittedRows += nodes + relationships;
    if (this.uncommittedRows >= BULK_COMMIT_ROWS) await this.finishWrites();
    return { nodes, relationships };
  }

  /** Commits what writeChunk left open. */
  async finishWrites(): Promise<void> {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.uncommittedRows = 0;
  }

  /**
   * Into an empty store file, the load goes to a side file without WAL or syncs, and with
   * secondary indexes built once at the end, which is swapped in when `work` succeeds (see
   * BulkLoadFile). The store file stays write-locked meanwhile, so no other writer can add data
   * that the swap would drop; a connection still open on it at the end gets the rows copied in
   * instead of the swap. Anything else (a store holding data, an in-memory store) is written in
   * place as usual.
   */
  async bulkLoad<T>(work: (staged: boolean) => Promise<T>): Promise<T> {
    if (this.path === ':memory:' || this.db.inTransaction || !this.holdsNothing()) return work(false);
    const target = this.db;
    target.exec('BEGIN IMMEDIATE');
    if (!this.holdsNothing()) {
      target.exec('ROLLBACK'); // another process wrote between the check and the lock
      return work(false);
    }
    let side: BulkLoadFile;
    try {
      side = new BulkLoadFile(this.path); // a side file found here is stale: a live load would hold the lock we hold
    } catch (err) {
      target.exec('ROLLBACK');
      throw err;
    }
    this.use(side.db);
    this.bulk = side;
    let result: T;
    try {
      result = await work(true);
      await this.finishWrites();
      this.bulk = undefined;
      side.complete();
    } catch (err) {
      this.bulk = undefined;
      side.discard();
      this.use(target);
      target.exec('ROLLBACK');
      throw err;
    }
    target.exec('ROLLBACK');
    target.close();
    if (existsSync(`${this.path}-wal`)) {
      // Another connection still has the store file open (its last closer removes the WAL file):
      // it would go on reading the replaced file, so the load is copied in place instead.
      this.use(openSqlite(this.path));
      try {
        copyDatabase(this.db, side.path);
      } finally {
        side.discard();
      }
    } else {
      side.swapIn();
      this.use(openSqlite(this.path));
    }
    return result;
  }

  /** No node and no operation record: a bulk load may go to a side file. */
  private holdsNothing(): boolean {
    return this.db.prepare('SELECT NOT EXISTS (SELECT 1 FROM nodes) AND NOT EXISTS (SELECT 1 FROM operations)').pluck().get() === 1;
  }

  async writeNodes(batch: NodeBatch): Promise<number> {
    await nextTurn();
    return this.db.transaction(() => this.insertNodes(batch))();
  }

  async writeRelationships(batch: RelationshipBatch): Promise<number> {
    await nextTurn();
    return this.db.transaction(() => this.insertRelationships(batch))();
  }

  private insertNodes(batch: NodeBatch): number {
    const labels = `:${batch.labels.join(':')}:`;
    const layer = layerOf(batch.labels);
    if (batch.mode === 'create') return this.createNodes(labels, layer, batch.rows);
    const statement = this.insertNodeIfAbsent;
    let created = 0;
    for (const row of batch.rows) {
      if (this.unindexed?.mergedNodes.has(row.id)) continue;
      const info = statement.run(...encodeNode(labels, layer, row));
      if (info.changes === 0) continue;
      created++;
      this.recent.remember(row.id, Number(info.lastInsertRowid));
      this.unindexed?.mergedNodes.set(row.id, Number(info.lastInsertRowid));
    }
    return created;
  }

  /**
   * New nodes, NODE_ROWS_PER_STATEMENT per statement call. SQLite gives the rows of one INSERT
   * consecutive rowids (max + 1 each), so every row's nid follows from the last one.
   */
  private createNodes(labels: string, layer: Layer | null, rows: NodeBatch['rows']): number {
    let i = 0;
    const params = new Array<unknown>(NODE_ROWS_PER_STATEMENT * NODE_PARAMS);
    for (; i + NODE_ROWS_PER_STATEMENT <= rows.length; i += NODE_ROWS_PER_STATEMENT) {
      for (let k = 0; k < NODE_ROWS_PER_STATEMENT; k++) encodeNodeInto(params, k * NODE_PARAMS, labels, layer, rows[i + k]!);
      const last = Number(this.insertNodeRows.run(params).lastInsertRowid);
      for (let k = 0; k < NODE_ROWS_PER_STATEMENT; k++) this.recent.remember(rows[i + k]!.id, last - NODE_ROWS_PER_STATEMENT + 1 + k);
    }
    for (; i < rows.length; i++) {
      const row = rows[i]!;
      this.recent.remember(row.id, Number(this.insertNode.run(...encodeNode(labels, layer, row)).lastInsertRowid));
    }
    return rows.length;
  }

  private insertRelationships(batch: RelationshipBatch): number {
    // Endpoints missing from the id cache are resolved together, ID_LOOKUPS_PER_QUERY per query:
    // one statement call per id cost more than the insert itself once most targets were old nodes
    // (random scale-up at 10^6 resources).
    const rows = batch.rows;
    const src = new Array<number | undefined>(rows.length);
    const dst = new Array<number | undefined>(rows.length);
    const missing = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if ((src[i] = this.recent.get(row.src)) === undefined) missing.add(row.src);
      if ((dst[i] = this.recent.get(row.dst)) === undefined) missing.add(row.dst);
    }
    const bulk = this.unindexed;
    const found = missing.size ? (bulk ? bulk.mergedNodes : this.nidsOf([...missing])) : undefined;
    let created = 0;
    for (let i = 0; i < rows.length; i++) {
      // Like Cypher's MATCH … MATCH … CREATE: created only when both endpoints exist.
      const s = src[i] ?? found?.get(rows[i]!.src);
      const d = dst[i] ?? found?.get(rows[i]!.dst);
      if (bulk && (s === undefined || d === undefined)) {
        bulk.defer(batch.type, s, rows[i]!.src, d, rows[i]!.dst);
        created++;
        continue;
      }
      if (s === undefined || d === undefined) continue;
      this.rels.add(batch.type, s, d);
      created++;
    }
    this.rels.finish();
    return created;
  }

  private nidsOf(ids: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    for (let i = 0; i < ids.length; i += ID_LOOKUPS_PER_QUERY) {
      const rows = this.nidsOfIds.raw().all(JSON.stringify(ids.slice(i, i + ID_LOOKUPS_PER_QUERY))) as [string, number][];
      for (const [id, nid] of rows) {
        found.set(id, nid);
        this.recent.remember(id, nid); // hubs and shared nodes recur: one look-up per cache generation, not per chunk
      }
    }
    return found;
  }

  async tenantCensus(tenantId: string | undefined): Promise<TenantCensus> {
    this.readable();
    const tenants = this.db.prepare(`SELECT id FROM nodes WHERE labels LIKE '%:Tenant:%' ORDER BY id`).pluck().all() as string[];
    const withTenant = tenantId
      ? (this.db.prepare(`SELECT count(*) FROM nodes WHERE tenant_id = ? AND layer = 'abstracted'`).pluck().get(tenantId) as number)
      : 0;
    const nullTenant = this.db.prepare(`SELECT count(*) FROM nodes WHERE tenant_id IS NULL AND layer = 'abstracted'`).pluck().get() as number;
    return { tenantNodeIds: tenants, resourcesWithTenant: withTenant, resourcesWithNullTenant: nullTenant };
  }

  async countResourcesByType(scope: TenantScope): Promise<ResourceTypeCount[]> {
    this.readable();
    const { sql: where, params } = scopeClause(scope, 'n');
    // One pass over the (tenant_id, layer, type, synthetic) index per layer: counts and the synthetic share together.
    const byType = (layer: 'abstracted' | 'original') =>
      (
        this.db
          .prepare(`SELECT n.type AS type, count(*) AS count, total(n.synthetic) AS synthetic FROM nodes n WHERE n.layer = ? AND ${where} GROUP BY n.type`)
          .all(layer, ...params) as Omit<ResourceTypeCount, 'layer'>[]
      ).map((r) => ({ layer, ...r }));
    return [...byType('abstracted'), ...byType('original')];
  }

  async countRelationshipsByType(scope: TenantScope): Promise<CountByKey[]> {
    this.readable();
    const { sql: where, params } = scopeClause(scope, 'n');
    return this.db
      .prepare(`SELECT r.type AS key, count(*) AS count FROM nodes n JOIN rels r ON r.src = n.nid WHERE n.layer IS NOT NULL AND ${where} GROUP BY r.type`)
      .all(...params) as CountByKey[];
  }

  async isEmpty(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM nodes LIMIT 1').get() === undefined;
  }

  async graphCensus(): Promise<GraphCensus> {
    this.readable();
    const nodes = this.db.prepare('SELECT labels AS key, count(*) AS count FROM nodes GROUP BY labels').all() as CountByKey[];
    const rels = this.db.prepare('SELECT type AS key, count(*) AS count FROM rels GROUP BY type ORDER BY type').all() as CountByKey[];
    // Label sets are stored delimited (':A:B:'); report them as 'A:B', sorted like the Neo4j adapter.
    const nodesByLabels = nodes
      .map((r) => ({ key: r.key.slice(1, -1).split(':').sort().join(':'), count: r.count }))
      .sort((a, b) => a.key.localeCompare(b.key));
    return { nodesByLabels, relationshipsByType: rels };
  }

  async readTemplates(scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]> {
    this.readable();
    return readTemplates(this.db, scope, types);
  }

  async replicateTemplateNodes(request: NodeReplicationRequest): Promise<number> {
    this.readable();
    await nextTurn();
    return this.replicator.replicateNodes(request);
  }

  async replicateTemplateRelationships(request: RelationshipReplicationRequest): Promise<number> {
    this.readable();
    await nextTurn();
    return this.replicator.replicateRelationships(request);
  }

  async releaseReplication(operationId: string): Promise<void> {
    this.replicator.release(operationId);
  }

  async countOperationNodes(operationId: string, tenantId?: string): Promise<number> {
    this.readable();
    if (tenantId === undefined) return this.db.prepare('SELECT count(*) FROM nodes WHERE scale_operation_id = ?').pluck().get(operationId) as number;
    return this.db.prepare('SELECT count(*) FROM nodes WHERE scale_operation_id = ? AND tenant_id = ?').pluck().get(operationId, tenantId) as number;
  }

  async syntheticOperationIds(tenantId: string): Promise<string[]> {
    this.readable();
    return this.db
      .prepare('SELECT DISTINCT scale_operation_id FROM nodes WHERE tenant_id = ? AND synthetic = 1 AND scale_operation_id IS NOT NULL ORDER BY 1')
      .pluck()
      .all(tenantId) as string[];
  }

  async countOperationNodeGroups(operationId: string): Promise<OperationNodeGroup[]> {
    this.readable();
    return countOperationNodeGroups(this.db, operationId);
  }

  async countDegreeMismatches(operationId: string): Promise<DegreeMismatches> {
    this.readable();
    return countDegreeMismatches(this.db, operationId);
  }

  async operationRelationshipProfile(operationId: string): Promise<RelationshipProfileRow[]> {
    this.readable();
    return operationRelationshipProfile(this.db, operationId);
  }

  async readOperationGraph(operationId: string): Promise<OperationGraph> {
    this.readable();
    return readOperationGraph(this.db, operationId);
  }

  async deleteOperationNodes(operationId: string, batchSize: number, tenantId?: string, onBatch?: (deleted: number) => void): Promise<number> {
    this.readable();
    this.replicator.release(operationId);
    this.recent.clear();
    if (tenantId === undefined) return this.deleteNodesWhere('scale_operation_id = ?', [operationId], batchSize, onBatch);
    return this.deleteNodesWhere('scale_operation_id = ? AND tenant_id = ?', [operationId, tenantId], batchSize, onBatch);
  }

  async deleteTenantNodes(tenantId: string, batchSize: number, onBatch?: (deleted: number) => void): Promise<number> {
    this.readable();
    return this.deleteNodesWhere('tenant_id = ?', [tenantId], batchSize, onBatch);
  }

  async deleteTenantNodesByKey(tenantId: string, label: string, keys: readonly string[]): Promise<number> {
    this.readable();
    // Every node's key is in `id` (a Region's code too); the labels test keeps the label's meaning.
    // Set-based, three statements per call: per-node statements cost 3× as much at 10^5 nodes.
    const nids = JSON.stringify(
      this.db
        .prepare('SELECT nid FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND tenant_id = ? AND labels LIKE ?')
        .pluck()
        .all(JSON.stringify(keys), tenantId, `%:${label}:%`),
    );
    this.recent.clear();
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM rels WHERE src IN (SELECT value FROM json_each(?))').run(nids);
      this.db.prepare('DELETE FROM rels WHERE dst IN (SELECT value FROM json_each(?))').run(nids);
      return this.db.prepare('DELETE FROM nodes WHERE nid IN (SELECT value FROM json_each(?))').run(nids).changes;
    })();
  }

  async deleteUnusedSharedNodes(label: string, keys: readonly string[]): Promise<number> {
    this.readable();
    const nids = this.db
      .prepare(
        'SELECT nid FROM nodes n WHERE id IN (SELECT value FROM json_each(?)) AND tenant_id IS NULL AND labels LIKE ? AND NOT EXISTS (SELECT 1 FROM rels WHERE src = n.nid) AND NOT EXISTS (SELECT 1 FROM rels WHERE dst = n.nid)',
      )
      .pluck()
      .all(JSON.stringify(keys), `%:${label}:%`);
    this.recent.clear();
    return this.db.prepare('DELETE FROM nodes WHERE nid IN (SELECT value FROM json_each(?))').run(JSON.stringify(nids)).changes;
  }

  /** DETACH DELETE in batches of `batchSize` nodes, one transaction each. */
  private async deleteNodesWhere(predicate: string, values: readonly string[], batchSize: number, onBatch?: (deleted: number) => void): Promise<number> {
    const pick = this.db.prepare(`SELECT nid FROM nodes WHERE ${predicate} LIMIT ?`).pluck();
    const deleteRelsFrom = this.db.prepare('DELETE FROM rels WHERE src = ?');
    const deleteRelsTo = this.db.prepare('DELETE FROM rels WHERE dst = ?');
    const deleteNode = this.db.prepare('DELETE FROM nodes WHERE nid = ?');
    let deleted = 0;
    this.recent.clear();
    for (;;) {
      await nextTurn();
      const ids = pick.all(...values, batchSize) as number[];
      if (ids.length === 0) return deleted;
      const batch = this.db.transaction(() => {
        let n = 0;
        for (const id of ids) {
          deleteRelsFrom.run(id);
          deleteRelsTo.run(id);
          n += deleteNode.run(id).changes;
        }
        return n;
      })();
      deleted += batch;
      onBatch?.(batch);
    }
  }

  async listOperations(tenantId?: string): Promise<OperationRecord[]> {
    const rows = (
      tenantId
        ? this.db.prepare('SELECT * FROM operations WHERE tenant_id = ? ORDER BY started_at, id').all(tenantId)
        : this.db.prepare('SELECT * FROM operations ORDER BY started_at, id').all()
    ) as Record<string, unknown>[];
    return rows.map(operationFromProperties);
  }

  async getOperation(id: string): Promise<OperationRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM operations WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? operationFromProperties(row) : undefined;
  }

  async recordOperation(record: OperationRecord): Promise<void> {
    const props = operationToProperties(record);
    const columns = Object.keys(props);
    this.db.prepare(`INSERT INTO operations (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(props);
  }

  async updateOperation(id: string, patch: OperationPatch): Promise<void> {
    const props = patchToProperties(patch);
    const columns = Object.keys(props);
    if (columns.length === 0) return;
    const info = this.db.prepare(`UPDATE operations SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...props, id });
    if (info.changes === 0) throw new InternalError(`operation ${id} is not recorded`);
  }

  async close(): Promise<void> {
    if (this.db.open && this.db.inTransaction) this.db.exec('COMMIT');
    if (this.db.open) this.db.close();
  }
}
