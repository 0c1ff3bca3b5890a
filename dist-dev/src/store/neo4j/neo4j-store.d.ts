import { type Driver, type QueryResult, type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';
import type { NodeBatch, Properties, RelationshipBatch } from '../../domain/graph.js';
import { type OperationPatch, type OperationRecord } from '../../domain/operation-record.js';
import type { TenantCensus, TenantScope } from '../../domain/tenant-scope.js';
import { type GraphCensus, type GraphStore, type KeyPage, type OperationGraph, type OperationInspection, type RelationshipProfileRow, type NodeRelationship, type RelationshipRow, type ResourcePageFilter, type ResourceRow, type StoredNode, type StoreCapabilities, type TenantGraphSink, type TenantStats } from '../graph-store.js';
import * as Q from './hot-queries.js';
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
export declare function retryWindowMs(attempts: number): number;
/** A query as the adapter runs it: plain Cypher, or a hot query that carries its purpose (named in timeout errors). */
export type Query = string | Q.HotQuery;
/**
 * Neo4j adapter over the official driver. Writes go through managed transactions
 * (`executeWrite`), so transient errors and cluster leader changes are retried by the driver; the
 * same code serves a single server (bolt://), Aura and clusters (neo4j://, neo4j+s://).
 */
export declare class Neo4jStore implements GraphStore {
    private readonly driver;
    readonly target: string;
    private readonly database;
    private readonly serverVersion;
    private readonly queryTimeoutSeconds;
    private readonly retryAttempts;
    readonly kind: "neo4j";
    readonly capabilities: StoreCapabilities;
    private schemaReady;
    private dynamicTypes;
    private constructor();
    static connect(options: Neo4jConnectOptions): Promise<Neo4jStore>;
    /** The raw driver, for adapters' push-down code in this folder and for tests. */
    get rawDriver(): Driver;
    version(): Promise<string>;
    /** The dynamic-type probe (see neo4j-template-replication.ts), run once per connection, in a transaction rolled back. */
    supportsDynamicTypes(): Promise<boolean>;
    ensureSchema(): Promise<void>;
    /** Creates only what is missing (one SHOW INDEXES instead of ~40 schema round trips), then waits for it. */
    private createSchema;
    writeNodes(batch: NodeBatch): Promise<number>;
    writeRelationships(batch: RelationshipBatch): Promise<number>;
    getNode(label: string, key: string): Promise<{
        labels: string[];
        properties: Properties;
    } | undefined>;
    tenantCensus(tenantId: string | undefined): Promise<TenantCensus>;
    /**
     * tenant_id IS NULL is in no index: the count store and the tenant_id index (no node read) say
     * first whether any Resource lacks one — none, in every graph tenant-scale writes — and only then
     * are nodes read.
     */
    private nullTenantResources;
    tenantStats(scope: TenantScope): Promise<TenantStats>;
    isEmpty(): Promise<boolean>;
    graphCensus(): Promise<GraphCensus>;
    deleteTenantNodes(tenantId: string, batchSize: number, onBatch?: (deleted: number) => void): Promise<number>;
    deleteTenantNodesByKey(tenantId: string, label: string, keys: readonly string[]): Promise<number>;
    listTenantNodes(tenantId: string, label: string, page?: KeyPage): Promise<{
        key: string;
        labels: string[];
    }[]>;
    readTenantNodeKeys(tenantId: string, label: string, keys: readonly string[]): Promise<string[]>;
    deleteUnusedSharedNodes(label: string, keys: readonly string[]): Promise<number>;
    readResourcePage(filter: ResourcePageFilter, after: string, limit: number): Promise<ResourceRow[]>;
    readOutRelationships(sourceIds: readonly string[]): Promise<RelationshipRow[]>;
    /** One streamed query for the resources (in id order, from the index) and one for their relationships. */
    readTenantGraph(scope: TenantScope, sink: TenantGraphSink): Promise<void>;
    readNodes(label: string, keys: readonly string[]): Promise<StoredNode[]>;
    readNodeRelationships(label: string, keys: readonly string[], direction: 'out' | 'in'): Promise<NodeRelationship[]>;
    readTemplates(scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]>;
    replicateTemplateNodes(request: NodeReplicationRequest): Promise<number>;
    replicateTemplateRelationships(request: RelationshipReplicationRequest): Promise<number>;
    releaseReplication(): Promise<void>;
    deleteOperationNodes(operationId: string, batchSize: number, tenantId?: string, onBatch?: (deleted: number) => void): Promise<number>;
    countOperationNodes(operationId: string, tenantId?: string): Promise<number>;
    syntheticOperationIds(tenantId: string): Promise<string[]>;
    inspectOperation(operationId: string): Promise<OperationInspection>;
    operationRelationshipProfile(operationId: string): Promise<RelationshipProfileRow[]>;
    readOperationGraph(operationId: string): Promise<OperationGraph>;
    listOperations(tenantId?: string): Promise<OperationRecord[]>;
    getOperation(id: string): Promise<OperationRecord | undefined>;
    recordOperation(record: OperationRecord): Promise<void>;
    updateOperation(id: string, patch: OperationPatch): Promise<void>;
    close(): Promise<void>;
    /**
     * A managed write transaction: retried by the driver on transient errors and leader changes, and
     * stopped by the server after the query timeout.
     */
    write(query: Query, params?: Record<string, unknown>): Promise<QueryResult<RecordShape>>;
    /**
     * A batch write in a managed transaction whose retries do not repeat it (see batch-replay.ts):
     * a retried attempt asks `guard` first whether the earlier attempt committed. Returns `counter`.
     */
    private writeBatch;
    read(query: Query, params?: Record<string, unknown>): Promise<QueryResult<RecordShape>>;
    private run;
    /**
     * A read streamed record by record to `onRecord` (nothing held): an auto-commit transaction, which
     * the driver does not retry — tried again here (same backoff) only while no record has been
     * handed on, so nothing is seen twice. Under the query timeout like every other. Records come in
     * batches of 10k (the driver's default 1,000 pays a round trip per thousand).
     */
    stream(query: Query, params: Record<string, unknown>, onRecord: (record: Neo4jRecord) => void): Promise<void>;
    /** Maps the server's transaction timeout to a QueryTimeoutError naming the query's purpose and the fix. */
    private timed;
    /**
     * A schema statement, alone in a managed transaction (schema changes cannot share one with data).
     * Several processes creating the schema at once deadlock on the schema locks (transient: the
     * driver retries), or find that another made the rule first, even with `IF NOT EXISTS`: the rule
     * is there, which is all we need.
     */
    private runSchema;
    private withSession;
}
