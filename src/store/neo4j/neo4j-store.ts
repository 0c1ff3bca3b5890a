import neo4j, { type Driver, type QueryResult, type Record as Neo4jRecord, type RecordShape, type Session, type SessionMode } from 'neo4j-driver';
import { LABEL, SHARED_LABELS } from '../../domain/atg-schema.js';
import { InternalError, QueryTimeoutError, StoreConnectionError } from '../../domain/errors.js';
import { passwordOf, redactUri, scrubSecrets, secretSpellings } from '../../domain/secrets.js';
import type { NodeBatch, Properties, RelationshipBatch } from '../../domain/graph.js';
import { refLabel, type SliceRelationship } from '../../domain/graph-slice.js';
import { operationFromProperties, operationToProperties, patchToProperties, type OperationPatch, type OperationRecord } from '../../domain/operation-record.js';
import type { TenantCensus, TenantScope } from '../../domain/tenant-scope.js';
import {
  DEFAULT_QUERY_TIMEOUT_SECONDS,
  DEFAULT_RETRY_ATTEMPTS,
  type CountByKey,
  type GraphCensus,
  type GraphStore,
  type KeyPage,
  type OperationGraph,
  type OperationNodeGroup,
  type DegreeMismatches,
  type RelationshipFilter,
  type RelationshipProfileRow,
  type NodeRelationship,
  type RelationshipRow,
  type ResourcePageFilter,
  type ResourceRow,
  type StoredNode,
  type StoreCapabilities,
  type TenantGraphSink,
  type TenantPage,
  type TenantScanSink,
  type ResourceTypeCount,
} from '../graph-store.js';
import { createNodesQuery, OBSOLETE_INDEXES, RESOURCE_ID_CONSTRAINT, RESOURCE_ID_INDEX, schemaStatements } from './cypher.js';
import * as Q from './hot-queries.js';
import { toNeo4jRows } from './integers.js';
import * as operationGraph from './neo4j-operation-graph.js';
import * as replication from './neo4j-template-replication.js';
import { publishQuery } from './query-channel.js';
import { attemptBatch, type BatchGuard, nodeBatchGuard, operationRecordGuard, relationshipBatchGuard, type WriteCounter } from './batch-replay.js';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';

export interface Neo4jConnectOptions {
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /** Every transaction is stopped by the server after this long (default DEFAULT_QUERY_TIMEOUT_SECONDS). */
  readonly queryTimeoutSeconds?: number;
  /**
   * How often a transaction the server could not run (gone, restarting, a deadlock, a leader change)
   * is tried again, 1, 2, 4, … s apart (default DEFAULT_RETRY_ATTEMPTS); 0: never.
   */
  readonly retryAttempts?: number;
}

/**
 * The driver retries a managed transaction with exponential backoff (1 s, ×2, ±20 % jitter) for a
 * time, not a number of attempts: N attempts are the time its schedule takes to make them.
 */
export function retryWindowMs(attempts: number): number {
  return attempts <= 0 ? 0 : (2 ** attempts - 1) * 1000 * 1.2;
}

/** A query as the adapter runs it: plain Cypher, or a hot query that carries its purpose (named in timeout errors). */
export type Query = string | Q.HotQuery;

/**
 * Neo4j adapter over the official driver. Writes go through managed transactions
 * (`executeWrite`), so transient errors and cluster leader changes are retried by the driver; the
 * same code serves a single server (bolt://), Aura and clusters (neo4j://, neo4j+s://).
 */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly capabilities: StoreCapabilities = { concurrentWriters: true };
  private schemaReady: Promise<void> | undefined;
  private dynamicTypes: Promise<boolean> | undefined;

  private constructor(
    private readonly driver: Driver,
    readonly target: string,
    private readonly database: string | undefined,
    private readonly serverVersion: string,
    private readonly queryTimeoutSeconds: number,
    private readonly retryAttempts: number,
  ) {}

  static async connect(options: Neo4jConnectOptions): Promise<Neo4jStore> {
    const target = redactUri(options.uri);
    let driver: Driver;
    try {
      const auth = options.user !== undefined || options.password !== undefined ? neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? '') : undefined;
      driver = neo4j.driver(options.uri, auth, {
        disableLosslessIntegers: true,
        maxTransactionRetryTime: retryWindowMs(options.retryAttempts ?? DEFAULT_RETRY_ATTEMPTS),
        logging: { level: 'error', logger: () => {} },
      });
    } catch (err) {
      throw new StoreConnectionError(
        `invalid Neo4j URL ${target}: ${scrubSecrets((err as Error).message, secretsOf(options))}`,
        'use bolt://HOST:PORT, neo4j://HOST:PORT or neo4j+s://HOST; percent-encode @ / : # % in a password, or pass it in NEO4J_PASSWORD',
      );
    }
    try {
      await driver.verifyConnectivity(options.database ? { database: options.database } : {});
      const result = await driver.executeQuery(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
        {},
        { database: options.database, routing: neo4j.routing.READ },
      );
      const record = result.records[0];
      const version = record ? `Neo4j ${String(record.get('version'))} ${String(record.get('edition'))}` : 'Neo4j (unknown version)';
      return new Neo4jStore(
        driver,
        target,
        options.database,
        version,
        options.queryTimeoutSeconds ?? DEFAULT_QUERY_TIMEOUT_SECONDS,
        options.retryAttempts ?? DEFAULT_RETRY_ATTEMPTS,
      );
    } catch (err) {
      await driver.close().catch(() => {});
      throw connectionError(target, err, secretsOf(options));
    }
  }

  /** The raw driver, for adapters' push-down code in this folder and for tests. */
  get rawDriver(): Driver {
    return this.driver;
  }

  async version(): Promise<string> {
    return this.serverVersion;
  }

  /** The dynamic-type probe (see neo4j-template-replication.ts), run once per connection, in a transaction rolled back. */
  supportsDynamicTypes(): Promise<boolean> {
    this.dynamicTypes ??= this.withSession(neo4j.session.WRITE, {}, async (session) => {
      const tx = session.beginTransaction({ timeout: this.queryTimeoutSeconds * 1000 });
      try {
        publishQuery(replication.DYNAMIC_TYPES_PROBE);
        const result = await tx.run(replication.DYNAMIC_TYPES_PROBE);
        return replication.probeShowsDynamicTypes(result.records[0]?.get('types'));
      } catch {
        return false;
      } finally {
        await tx.rollback().catch(() => {});
      }
    });
    return this.dynamicTypes;
  }

  async ensureSchema(): Promise<void> {
    this.schemaReady ??= this.createSchema().catch((err: unknown) => {
      this.schemaReady = undefined;
      throw err;
    });
    return this.schemaReady;
  }

  /** Creates only what is missing (one SHOW INDEXES instead of ~40 schema round trips), then waits for it. */
  private async createSchema(): Promise<void> {
    const existing = new Set((await this.read('SHOW INDEXES YIELD name RETURN name')).records.map((r) => String(r.get('name'))));
    if (!existing.has('tenant_scale_resource_id') && !existing.has('tenant_scale_resource_id_index')) {
      try {
        await this.runSchema(RESOURCE_ID_CONSTRAINT);
      } catch {
        // ATG graphs may hold duplicate Resource ids (merged abstracted nodes): index instead of constraint.
        await this.runSchema(RESOURCE_ID_INDEX);
      }
    }
    for (const name of OBSOLETE_INDEXES) if (existing.has(name)) await this.runSchema(`DROP INDEX ${name} IF EXISTS`);
    const missing = schemaStatements().filter((statement) => !existing.has(/ (tenant_scale_\w+) IF NOT EXISTS/.exec(statement)?.[1] ?? ''));
    for (const statement of missing) await this.runSchema(statement);
    if (missing.length) await this.read('CALL db.awaitIndexes(300)');
  }

  async writeNodes(batch: NodeBatch): Promise<number> {
    if (batch.rows.length === 0) return 0;
    const query = batch.mode === 'merge' ? Q.mergeNodes(batch.labels) : createNodesQuery(batch.labels);
    return this.writeBatch(query, { rows: toNeo4jRows(batch.rows) }, 'nodesCreated', nodeBatchGuard(batch));
  }

  async writeRelationships(batch: RelationshipBatch): Promise<number> {
    if (batch.rows.length === 0) return 0;
    return this.writeBatch(
      Q.createRelationships(batch.type, batch.srcLabel, batch.dstLabel),
      { rows: batch.rows },
      'relationshipsCreated',
      relationshipBatchGuard(batch),
    );
  }

  async tenantCensus(tenantId: string | undefined): Promise<TenantCensus> {
    const tenants = await this.read(Q.tenantIds);
    const withTenant = tenantId ? await this.read(Q.tenantResourceCount, { tenantId }) : undefined;
    return {
      tenantNodeIds: tenants.records.map((r) => String(r.get('id'))),
      resourcesWithTenant: Number(withTenant?.records[0]?.get('n') ?? 0),
      resourcesWithNullTenant: await this.nullTenantResources(),
    };
  }

  /**
   * tenant_id IS NULL is in no index: the count store and the tenant_id index (no node read) say
   * first whether any Resource lacks one — none, in every graph tenant-scale writes — and only then
   * are nodes read.
   */
  private async nullTenantResources(): Promise<number> {
    const count = async (query: Q.HotQuery) => Number((await this.read(query)).records[0]?.get('n') ?? 0);
    if ((await count(Q.resourceNodeCount)) === (await count(Q.resourcesWithTenantIdCount))) return 0;
    return count(Q.nullTenantResourceCount);
  }

  async countResourcesByType(scope: TenantScope): Promise<ResourceTypeCount[]> {
    const rows: ResourceTypeCount[] = [];
    for (const nullTenant of scopeParts(scope)) {
      for (const r of (await this.read(Q.tenantStatsByType(nullTenant, bySubscription(scope)), scopeParams(scope))).records)
        rows.push({
          layer: r.get('layer') === 'original' ? 'original' : 'abstracted',
          type: String(r.get('key')),
          count: Number(r.get('count')),
          synthetic: Number(r.get('synthetic')),
        });
    }
    return rows;
  }

  async countRelationshipsByType(scope: TenantScope): Promise<CountByKey[]> {
    const rows: CountByKey[] = [];
    for (const nullTenant of scopeParts(scope)) {
      for (const r of (await this.read(Q.tenantRelationshipCounts(nullTenant, bySubscription(scope)), scopeParams(scope))).records)
        rows.push({ key: String(r.get('key')), count: Number(r.get('count')) });
    }
    return rows;
  }

  async isEmpty(): Promise<boolean> {
    // Two reads of the count store: every node, and the operation records.
    const count = async (query: Q.HotQuery) => Number((await this.read(query)).records[0]?.get('n') ?? 0);
    return (await count(Q.allNodeCount)) === (await count(Q.operationRecordCount));
  }

  async graphCensus(): Promise<GraphCensus> {
    // Operation records are not part of the graph (SQLite keeps them in a table): left out, so both stores count the same.
    const nodes = await this.read(`MATCH (n) WHERE NOT n:${LABEL.ScaleOperation} RETURN labels(n) AS labels, count(*) AS count`);
    const rels = await this.read('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key');
    const merged = new Map<string, number>();
    for (const r of nodes.records) {
      const key = (r.get('labels') as string[]).slice().sort().join(':');
      merged.set(key, (merged.get(key) ?? 0) + Number(r.get('count')));
    }
    return {
      nodesByLabels: [...merged].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key)),
      relationshipsByType: rels.records.map((r) => ({ key: String(r.get('key')), count: Number(r.get('count')) })),
    };
  }

  async deleteTenantNodes(tenantId: string, batchSize: number, onBatch?: (deleted: number) => void): Promise<number> {
    let deleted = 0;
    // One label at a time so every pass uses that label's tenant_id index.
    for (const label of [LABEL.Resource, ...SHARED_LABELS]) {
      for (;;) {
        const result = await this.write(Q.deleteTenantNodes(label), {
          tenantId,
          limit: neo4j.int(batchSize),
        });
        const count = result.summary.counters.updates().nodesDeleted;
        deleted += count;
        if (count === 0) break;
        onBatch?.(count);
      }
    }
    return deleted;
  }

  async deleteTenantNodesByKey(tenantId: string, label: string, keys: readonly string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const result = await this.write(Q.deleteTenantNodesByKey(label), { tenantId, keys });
    return result.summary.counters.updates().nodesDeleted;
  }

  async listTenantNodes(tenantId: string, label: string, page?: KeyPage): Promise<{ key: string; labels: string[] }[]> {
    const result = page
      ? await this.read(Q.tenantNodePage(label), { tenantId, after: page.after, limit: neo4j.int(page.limit) })
      : await this.read(Q.listTenantNodes(label), { tenantId });
    return result.records.map((r) => ({ key: String(r.get('key')), labels: [...(r.get('labels') as string[])].sort() }));
  }

  async readTenantNodeKeys(tenantId: string, label: string, keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const result = await this.read(Q.tenantNodeKeys(label), { tenantId, keys });
    return result.records.map((r) => String(r.get('k')));
  }

  async deleteUnusedSharedNodes(label: string, keys: readonly string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const result = await this.write(Q.deleteUnusedSharedNodes(label), { keys });
    return result.summary.counters.updates().nodesDeleted;
  }

  async readResourcePage(filter: ResourcePageFilter, after: string, limit: number): Promise<ResourceRow[]> {
    const bySubscription = Boolean(filter.subscriptionIds?.length);
    const result = await this.read(Q.resourcePage(filter.tenantId === null, bySubscription), {
      tenantId: filter.tenantId,
      after,
      limit: neo4j.int(limit),
      subscriptionIds: filter.subscriptionIds ?? [],
    });
    return result.records.map((r) => ({ id: String(r.get('id')), type: String(r.get('type')) }));
  }

  async readOutRelationships(sourceIds: readonly string[]): Promise<RelationshipRow[]> {
    const result = await this.read(Q.outRelationships, { ids: sourceIds });
    return result.records.map((r) => ({ src: String(r.get('src')), type: String(r.get('type')), dst: String(r.get('dst')) }));
  }

  /** One streamed query for the resources (in id order, from the index) and one for their relationships. */
  async readTenantGraph(scope: TenantScope, sink: TenantGraphSink): Promise<void> {
    const index = new Map<string, number>();
    const bySubscription = Boolean(scope.subscriptionIds?.length);
    const phases = [false, ...(scope.includeNullTenant ? [true] : [])];
    const params = { tenantId: scope.tenantId, subscriptionIds: scope.subscriptionIds ?? [] };
    for (const nullTenant of phases) {
      await this.stream(Q.tenantResources(nullTenant, bySubscription), params, (r) =>
        index.set(r.get(0) as string, sink.addNode(r.get(0) as string, r.get(1) as string)),
      );
    }
    for (const nullTenant of phases) {
      await this.stream(Q.tenantRelationships(nullTenant, bySubscription), params, (r) => {
        const a = index.get(r.get(0) as string);
        const b = index.get(r.get(2) as string);
        if (a !== undefined && b !== undefined) sink.addEdgeByIndex(a, b, r.get(1) as string);
      });
    }
  }

  /**
   * The tenant read back in one streamed query per key label and direction (see scanTenant): nodes
   * counted by label set, relationships handed on in pages. A node is taken under its key label
   * only (a Resource that is also a Subscription counts as the Subscription).
   */
  async scanTenant(tenantId: string, options: { readonly inbound: boolean }, sink: TenantScanSink): Promise<void> {
    for (const label of Q.KEYED_LABELS) {
      for (const r of (await this.read(Q.tenantNodeCounts(label), { tenantId })).records) {
        if (refLabel(r.get('labels') as string[]) === label) sink.nodes(label, Number(r.get('count')));
      }
      for (const direction of options.inbound ? (['out', 'in'] as const) : (['out'] as const)) {
        let page: SliceRelationship[] = [];
        await this.stream(Q.tenantScanRelationships(label, direction), { tenantId }, (r) => {
          if (refLabel(r.get(0) as string[]) !== label) return;
          const mine = { label, key: r.get(1) as string };
          const other = { label: refLabel(r.get(3) as string[]), key: r.get(4) as string };
          page.push(direction === 'out' ? { type: r.get(2) as string, src: mine, dst: other } : { type: r.get(2) as string, src: other, dst: mine });
          if (page.length === 10_000) {
            sink.relationships(page);
            page = [];
          }
        });
        if (page.length) sink.relationships(page);
      }
    }
  }

  /**
   * The tenant for a copy (see scanTenantPages), one streamed query per key label and part: its
   * nodes with their properties, then the relationships leaving them, the nodes those reach
   * outside the tenant (by key), and last the relationships entering it from such nodes.
   */
  scanTenantPages(tenantId: string): AsyncIterable<TenantPage> {
    return this.tenantPages(tenantId);
  }

  private async *tenantPages(tenantId: string): AsyncGenerator<TenantPage> {
    const PAGE = 5_000; // rows per page, as a walk reads them
    const reached = new Map<string, Set<string>>();
    const reach = (label: string, key: string) => {
      if (!reached.has(label)) reached.set(label, new Set());
      reached.get(label)!.add(key);
    };
    const inbound: SliceRelationship[] = [];
    for (const label of Q.KEYED_LABELS) {
      let nodes: StoredNode[] = [];
      for await (const r of this.records(Q.tenantNodesWhole(label), { tenantId })) {
        const labels = [...(r.get(0) as string[])].sort();
        if (refLabel(labels) !== label) continue;
        nodes.push({ labels, properties: r.get(1) as Properties });
        if (nodes.length === PAGE) {
          yield { nodes, relationships: [] };
          nodes = [];
        }
      }
      if (nodes.length) yield { nodes, relationships: [] };
    }
    for (const label of Q.KEYED_LABELS) {
      for (const direction of ['out', 'in'] as const) {
        let page: SliceRelationship[] = [];
        for await (const r of this.records(Q.tenantScanRelationships(label, direction), { tenantId })) {
          if (refLabel(r.get(0) as string[]) !== label) continue;
          const mine = { label, key: r.get(1) as string };
          const other = { label: refLabel(r.get(3) as string[]), key: r.get(4) as string };
          if (r.get(5) !== tenantId) reach(other.label, other.key);
          if (direction === 'in') {
            inbound.push({ type: r.get(2) as string, src: other, dst: mine });
            continue;
          }
          page.push({ type: r.get(2) as string, src: mine, dst: other });
          if (page.length === PAGE) {
            yield { nodes: [], relationships: page };
            page = [];
          }
        }
        if (page.length) yield { nodes: [], relationships: page };
      }
    }
    for (const [label, keys] of reached) {
      const list = [...keys];
      for (let i = 0; i < list.length; i += PAGE) yield { nodes: await this.readNodes(label, list.slice(i, i + PAGE)), relationships: [] };
    }
    if (inbound.length) yield { nodes: [], relationships: inbound };
  }

  /** A read's records as they arrive, pulled (the driver fetches the next batch as they are consumed), in a session of its own. */
  private async *records(query: Q.HotQuery, params: Record<string, unknown>): AsyncGenerator<Neo4jRecord> {
    publishQuery(query.cypher);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: 10_000 });
    try {
      yield* session.run(query.cypher, params, { timeout: this.queryTimeoutSeconds * 1000 });
    } finally {
      await session.close();
    }
  }

  async readNodes(label: string, keys: readonly string[]): Promise<StoredNode[]> {
    const result = await this.read(Q.nodesByKey(label), { keys });
    return result.records.map((r) => ({ labels: [...(r.get('labels') as string[])].sort(), properties: r.get('properties') as Properties }));
  }

  async readNodeRelationships(label: string, keys: readonly string[], direction: 'out' | 'in', options?: RelationshipFilter): Promise<NodeRelationship[]> {
    const outside = options?.otherOutside;
    const result = await this.read(Q.nodeRelationships(label, direction, outside !== undefined), { keys, tenantId: outside ?? null });
    return result.records.map((r) => ({
      key: String(r.get('key')),
      type: String(r.get('type')),
      other: { labels: [...(r.get('labels') as string[])].sort(), key: String(r.get('otherKey')), tenantId: (r.get('otherTenant') as string | null) ?? null },
    }));
  }

  async readTemplates(scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]> {
    return replication.readTemplates((q, p) => this.read(q, p), scope, types);
  }

  async replicateTemplateNodes(request: NodeReplicationRequest): Promise<number> {
    return replication.replicateNodes((q, p, counter, guard) => this.writeBatch(q, p, counter, guard), request);
  }

  async replicateTemplateRelationships(request: RelationshipReplicationRequest): Promise<number> {
    return replication.replicateRelationships(
      (q, p) => this.read(q, p),
      (q, p, counter, guard) => this.writeBatch(q, p, counter, guard),
      request,
      await this.supportsDynamicTypes(),
    );
  }

  async releaseReplication(): Promise<void> {
    // Nothing is kept between calls: copies are found by their template_source_id index.
  }

  async deleteOperationNodes(operationId: string, batchSize: number, tenantId?: string, onBatch?: (deleted: number) => void): Promise<number> {
    return replication.deleteOperationNodes((q, p) => this.write(q, p), operationId, batchSize, tenantId, onBatch);
  }

  async countOperationNodes(operationId: string, tenantId?: string): Promise<number> {
    const result = await this.read(Q.countOperationNodes, { op: operationId, tenantId: tenantId ?? null });
    return Number(result.records[0]?.get('n') ?? 0);
  }

  async syntheticOperationIds(tenantId: string): Promise<string[]> {
    const result = await this.read(Q.syntheticOperationIds, { tenantId });
    return result.records.map((r) => String(r.get('id')));
  }

  async countOperationNodeGroups(operationId: string): Promise<OperationNodeGroup[]> {
    return replication.countOperationNodeGroups((q, p) => this.read(q, p), operationId);
  }

  async countDegreeMismatches(operationId: string): Promise<DegreeMismatches> {
    return replication.countDegreeMismatches((q, p) => this.read(q, p), operationId);
  }

  async operationRelationshipProfile(operationId: string): Promise<RelationshipProfileRow[]> {
    return operationGraph.operationRelationshipProfile((q, p) => this.read(q, p), operationId);
  }

  async readOperationGraph(operationId: string): Promise<OperationGraph> {
    return operationGraph.readOperationGraph((q, p) => this.read(q, p), operationId);
  }

  async listOperations(tenantId?: string): Promise<OperationRecord[]> {
    const result = await this.read(
      `MATCH (o:${LABEL.ScaleOperation}) WHERE $tenantId IS NULL OR o.tenant_id = $tenantId RETURN o ORDER BY o.started_at, o.id`,
      { tenantId: tenantId ?? null },
    );
    return result.records.map((r) => operationFromProperties((r.get('o') as { properties: Properties }).properties));
  }

  async getOperation(id: string): Promise<OperationRecord | undefined> {
    const result = await this.read(Q.getOperation, { id });
    const node = result.records[0]?.get('o') as { properties: Properties } | undefined;
    return node ? operationFromProperties(node.properties) : undefined;
  }

  async recordOperation(record: OperationRecord): Promise<void> {
    const props = toNeo4jRows([operationToProperties(record)])[0];
    await this.writeBatch(Q.recordOperation, { props }, 'nodesCreated', operationRecordGuard(record.id));
  }

  async updateOperation(id: string, patch: OperationPatch): Promise<void> {
    const result = await this.write(Q.updateOperation, {
      id,
      props: toNeo4jRows([patchToProperties(patch)])[0],
    });
    if (Number(result.records[0]?.get('n') ?? 0) === 0) throw new InternalError(`operation ${id} is not recorded`);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * A managed write transaction: retried by the driver on transient errors and leader changes, and
   * stopped by the server after the query timeout.
   */
  async write(query: Query, params: Record<string, unknown> = {}): Promise<QueryResult<RecordShape>> {
    return this.run(neo4j.session.WRITE, query, params);
  }

  /**
   * A batch write in a managed transaction whose retries do not repeat it (see batch-replay.ts):
   * a retried attempt asks `guard` first whether the earlier attempt committed. Returns `counter`.
   */
  private async writeBatch(query: Query, params: Record<string, unknown>, counter: WriteCounter, guard: BatchGuard | undefined): Promise<number> {
    const write = { cypher: textOf(query), params, counter };
    let attempt = 0;
    return this.timed(query, () =>
      this.withSession(neo4j.session.WRITE, {}, (session) =>
        session.executeWrite((tx) => attemptBatch(tx, ++attempt, write, guard), { timeout: this.queryTimeoutSeconds * 1000 }),
      ),
    );
  }

  async read(query: Query, params: Record<string, unknown> = {}): Promise<QueryResult<RecordShape>> {
    return this.run(neo4j.session.READ, query, params);
  }

  private async run(mode: SessionMode, query: Query, params: Record<string, unknown>): Promise<QueryResult<RecordShape>> {
    const config = { timeout: this.queryTimeoutSeconds * 1000 };
    return this.timed(query, () =>
      this.withSession(mode, {}, (session) =>
        mode === neo4j.session.WRITE
          ? session.executeWrite((tx) => tx.run(textOf(query), params), config)
          : session.executeRead((tx) => tx.run(textOf(query), params), config),
      ),
    );
  }

  /**
   * A read streamed record by record to `onRecord` (nothing held): an auto-commit transaction, which
   * the driver does not retry — tried again here (same backoff) only while no record has been
   * handed on, so nothing is seen twice. Under the query timeout like every other. Records come in
   * batches of 10k (the driver's default 1,000 pays a round trip per thousand).
   */
  async stream(query: Query, params: Record<string, unknown>, onRecord: (record: Neo4jRecord) => void): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      let delivered = false;
      try {
        await this.timed(query, () =>
          this.withSession(neo4j.session.READ, { fetchSize: 10_000 }, async (session) => {
            for await (const record of session.run(textOf(query), params, { timeout: this.queryTimeoutSeconds * 1000 })) {
              delivered = true;
              onRecord(record);
            }
          }),
        );
        return;
      } catch (err) {
        if (delivered || attempt >= this.retryAttempts || !neo4j.isRetryableError(err as Error)) throw err;
        await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
      }
    }
  }

  /** Maps the server's transaction timeout to a QueryTimeoutError naming the query's purpose and the fix. */
  private async timed<T>(query: Query, work: () => Promise<T>): Promise<T> {
    publishQuery(textOf(query));
    try {
      return await work();
    } catch (err) {
      if (!/TransactionTimedOut/.test((err as { code?: string }).code ?? '')) throw err;
      const purpose = typeof query === 'string' ? query.split('\n')[0]!.slice(0, 80) : `for ${query.purpose}`;
      throw new QueryTimeoutError(
        `Neo4j stopped the query ${purpose} after the ${this.queryTimeoutSeconds} s query timeout`,
        'if the graph is large or the server busy, raise performance.query_timeout_s (or TENANT_SCALE_PERFORMANCE_QUERY_TIMEOUT_S); ' +
          'if it recurs on a quiet server, refresh its statistics with CALL db.prepareForReplanning() and report it',
      );
    }
  }

  /**
   * A schema statement, alone in a managed transaction (schema changes cannot share one with data).
   * Several processes creating the schema at once deadlock on the schema locks (transient: the
   * driver retries), or find that another made the rule first, even with `IF NOT EXISTS`: the rule
   * is there, which is all we need.
   */
  private async runSchema(statement: string): Promise<void> {
    publishQuery(statement);
    try {
      await this.withSession(neo4j.session.WRITE, {}, (session) => session.executeWrite((tx) => tx.run(statement)));
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!/EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists/.test(code)) throw err;
    }
  }

  private async withSession<T>(mode: SessionMode, options: { fetchSize?: number }, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, ...options });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
}

const textOf = (query: Query) => (typeof query === 'string' ? query : query.cypher);

/** The scope's parts, each read over an index: its tenant_id, and (when the scope takes them) the resources without one (`true`). */
const scopeParts = (scope: TenantScope) => (scope.includeNullTenant ? [false, true] : [false]);
const scopeParams = (scope: TenantScope) => ({ tenantId: scope.tenantId, subscriptionIds: scope.subscriptionIds ?? [] });
const bySubscription = (scope: TenantScope) => Boolean(scope.subscriptionIds?.length);

/** Every spelling of the password the options carry (in the URL and given apart), to scrub from messages. */
function secretsOf(options: Neo4jConnectOptions): string[] {
  return secretSpellings([options.password, passwordOf(options.uri)]);
}

function connectionError(target: string, err: unknown, secrets: readonly string[]): StoreConnectionError {
  const code = (err as { code?: string }).code ?? '';
  if (code.includes('Security.Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new StoreConnectionError(`Neo4j at ${target} rejected the credentials`, 'check NEO4J_USER and NEO4J_PASSWORD');
  }
  if (code.includes('DatabaseNotFound')) {
    return new StoreConnectionError(`Neo4j at ${target} has no such database`, 'check {{option:database|neo4j-database}}');
  }
  const message = scrubSecrets((err as Error).message?.split('\n')[0] ?? String(err), secrets);
  return new StoreConnectionError(
    `cannot reach Neo4j at ${target}: ${message}`,
    'start the server or fix {{option:store|db}} / NEO4J_URI (npm run neo4j:start starts a local one)',
  );
}
