import type Database from 'better-sqlite3';
import type { GraphChunk, NodeBatch, Properties, RelationshipBatch } from '../../domain/graph.js';
import { type OperationPatch, type OperationRecord } from '../../domain/operation-record.js';
import type { TenantCensus, TenantScope } from '../../domain/tenant-scope.js';
import type { GraphCensus, GraphStore, KeyPage, OperationGraph, OperationInspection, NodeRelationship, RelationshipProfileRow, RelationshipRow, ResourcePageFilter, ResourceRow, StoredNode, TenantGraphSink, StoreCapabilities, TenantStats } from '../graph-store.js';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
/** Embedded store on better-sqlite3: WAL, prepared statements, one transaction per batch. */
export declare class SqliteStore implements GraphStore {
    readonly path: string;
    readonly kind: "sqlite";
    readonly capabilities: StoreCapabilities;
    private db;
    private insertNode;
    private insertNodeIfAbsent;
    private insertNodeRows;
    private rels;
    private nidsOfIds;
    private replicator;
    private tenantGraph;
    private uncommittedRows;
    private readonly recent;
    /** The side file of a bulk load in progress: no id index, so no look-ups by id. */
    private bulk;
    constructor(path: string, options?: {
        mustExist?: boolean;
    });
    /** Points the store, and every prepared statement, at `db` (the store file, or a bulk load's side file). */
    private use;
    get target(): string;
    /** The raw database, for adapters' push-down code in this folder and for tests. */
    get database(): Database.Database;
    version(): Promise<string>;
    readResourcePage(filter: ResourcePageFilter, after: string, limit: number): Promise<ResourceRow[]>;
    readOutRelationships(sourceIds: readonly string[]): Promise<RelationshipRow[]>;
    readTenantGraph(scope: TenantScope, sink: TenantGraphSink): Promise<void>;
    readNodes(label: string, keys: readonly string[]): Promise<StoredNode[]>;
    listTenantNodes(tenantId: string, label: string, page?: KeyPage): Promise<{
        key: string;
        labels: string[];
    }[]>;
    readTenantNodeKeys(tenantId: string, label: string, keys: readonly string[]): Promise<string[]>;
    readNodeRelationships(label: string, keys: readonly string[], direction: 'out' | 'in'): Promise<NodeRelationship[]>;
    ensureSchema(): Promise<void>;
    /**
     * Streamed chunks share one transaction that commits every BULK_COMMIT_ROWS rows (and at
     * finishWrites): chunks stay small for memory while index pages are written once per 100k rows,
     * not once per chunk (at 10^6 random resources, 5k-row commits cost 30 % more time). A failing
     * chunk rolls back only the rows since the last commit; the caller's rollback removes the rest.
     */
    writeChunk(chunk: GraphChunk): Promise<{
        nodes: number;
        relationships: number;
    }>;
    /** Commits what writeChunk left open. */
    finishWrites(): Promise<void>;
    /**
     * Into an empty store file, the load goes to a side file without WAL or syncs, and with
     * secondary indexes built once at the end, which is swapped in when `work` succeeds (see
     * BulkLoadFile). The store file stays write-locked meanwhile, so no other writer can add data
     * that the swap would drop; a connection still open on it at the end gets the rows copied in
     * instead of the swap. Anything else (a store holding data, an in-memory store) is written in
     * place as usual.
     */
    bulkLoad<T>(work: () => Promise<T>): Promise<T>;
    /** No node and no operation record: a bulk load may go to a side file. */
    private holdsNothing;
    writeNodes(batch: NodeBatch): Promise<number>;
    writeRelationships(batch: RelationshipBatch): Promise<number>;
    private insertNodes;
    /**
     * New nodes, NODE_ROWS_PER_STATEMENT per statement call. SQLite gives the rows of one INSERT
     * consecutive rowids (max + 1 each), so every row's nid follows from the last one.
     */
    private createNodes;
    private insertRelationships;
    private nidsOf;
    tenantCensus(tenantId: string | undefined): Promise<TenantCensus>;
    tenantStats(scope: TenantScope): Promise<TenantStats>;
    isEmpty(): Promise<boolean>;
    graphCensus(): Promise<GraphCensus>;
    readTemplates(scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]>;
    replicateTemplateNodes(request: NodeReplicationRequest): Promise<number>;
    replicateTemplateRelationships(request: RelationshipReplicationRequest): Promise<number>;
    releaseReplication(operationId: string): Promise<void>;
    countOperationNodes(operationId: string, tenantId?: string): Promise<number>;
    syntheticOperationIds(tenantId: string): Promise<string[]>;
    inspectOperation(operationId: string): Promise<OperationInspection>;
    operationRelationshipProfile(operationId: string): Promise<RelationshipProfileRow[]>;
    readOperationGraph(operationId: string): Promise<OperationGraph>;
    deleteOperationNodes(operationId: string, batchSize: number, tenantId?: string, onBatch?: (deleted: number) => void): Promise<number>;
    deleteTenantNodes(tenantId: string, batchSize: number, onBatch?: (deleted: number) => void): Promise<number>;
    deleteTenantNodesByKey(tenantId: string, label: string, keys: readonly string[]): Promise<number>;
    deleteUnusedSharedNodes(label: string, keys: readonly string[]): Promise<number>;
    /** DETACH DELETE in batches of `batchSize` nodes, one transaction each. */
    private deleteNodesWhere;
    listOperations(tenantId?: string): Promise<OperationRecord[]>;
    getOperation(id: string): Promise<OperationRecord | undefined>;
    recordOperation(record: OperationRecord): Promise<void>;
    updateOperation(id: string, patch: OperationPatch): Promise<void>;
    getNode(label: string, key: string): Promise<{
        labels: string[];
        properties: Properties;
    } | undefined>;
    close(): Promise<void>;
}
