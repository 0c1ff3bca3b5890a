import type { GraphChunk, NodeBatch, RelationshipBatch } from '../domain/graph.js';
import type { OperationPatch, OperationRecord } from '../domain/operation-record.js';
import type { TenantCensus, TenantScope } from '../domain/tenant-scope.js';
import type { SliceRelationship, StoredNode } from '../domain/graph-slice.js';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../domain/template-replication.js';

export type StoreKind = 'neo4j' | 'sqlite';

/**
 * How long one database transaction may run before the server stops it (Neo4j): generous, so only
 * a runaway query (a plan gone wrong, a server in trouble) hits it; config performance.query_timeout_s.
 */
export const DEFAULT_QUERY_TIMEOUT_SECONDS = 600;

/** How often a transaction the server could not run is tried again, 1, 2, 4, … s apart: 5 ride out ~30 s (a restart, a leader election). */
export const DEFAULT_RETRY_ATTEMPTS = 5;

/** What an adapter can do, so the core asks for capabilities instead of testing `kind`. */
export interface StoreCapabilities {
  /** Several writers may run at once (Neo4j sessions); SQLite has one writer. */
  readonly concurrentWriters: boolean;
}

export interface CountByKey {
  readonly key: string;
  readonly count: number;
}

export interface TenantStats {
  readonly tenantId: string;
  readonly includesNullTenant: boolean;
  /** Abstracted and Original resources by ARM type. */
  readonly resourcesByLayer: { readonly abstracted: readonly CountByKey[]; readonly original: readonly CountByKey[] };
  /** Relationships leaving the tenant's resources (both layers), by type. */
  readonly relationshipsByType: readonly CountByKey[];
  readonly syntheticResources: number;
  readonly scannedResources: number;
}

/** A count of one scope's resources of one layer and type, with how many of them are synthetic. */
export interface ResourceTypeCount {
  readonly layer: 'abstracted' | 'original';
  readonly type: string;
  readonly count: number;
  readonly synthetic: number;
}

/** Operation nodes sharing the same marker values: what the synthetic-markers check judges. */
export interface MarkerGroup {
  /** `synthetic` is true. */
  readonly synthetic: boolean;
  readonly tenantId: string | null;
  readonly strategy: string | null;
  readonly timestamp: string | null;
  /** `template_source_id` is set. */
  readonly templateSource: boolean;
  /** `template_copy_index` is set. */
  readonly copyIndex: boolean;
  readonly count: number;
}

/** Some of an operation's nodes that share type and marker values: how many, how many are Original or tied to the scan, and their relationships out. */
export interface OperationNodeGroup {
  readonly type: string;
  readonly marker: Omit<MarkerGroup, 'count'>;
  readonly count: number;
  /** :Original (or not in the abstracted layer), or with a SCAN_SOURCE_NODE relationship either way. */
  readonly original: number;
  /** Relationships leaving these nodes, of every type. */
  readonly relationships: number;
}

/** Template copies whose typed degree differs from their template's (SCAN_SOURCE_NODE left out; a copy whose template is gone always counts). */
export interface DegreeMismatches {
  /** Typed out-degree. */
  readonly out: number;
  /** Typed in-degree from templates the operation copied. */
  readonly in: number;
}

/** What validation reads about an operation's nodes: counts only, the same on every store; the checks judge them. */
export interface OperationInspection {
  readonly nodes: number;
  readonly byType: readonly CountByKey[];
  /** Operation nodes that are :Original (or not in the abstracted layer), or have a SCAN_SOURCE_NODE relationship either way. */
  readonly originalContamination: number;
  /** The operation's nodes grouped by their marker values (one group when all is well). */
  readonly markers: readonly MarkerGroup[];
  /**
   * Copies whose typed out-degree differs from their template's, SCAN_SOURCE_NODE left out on both
   * sides; a copy whose template is gone always counts.
   */
  readonly parityMismatches: number;
  /** Copies whose typed in-degree differs from their template's in-degree from templates the operation copied (a copy whose template is gone always counts). */
  readonly inDegreeMismatches: number;
  /** Relationships leaving the operation's nodes, of every type. */
  readonly relationships: number;
}

/** Relationships leaving an operation's nodes, by source type, type and target: a type for the operation's own nodes, `:Label` (sorted labels) for any other node. */
export interface RelationshipProfileRow {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly count: number;
}

/** An operation's nodes and the relationships among them, sorted: what topology checks and exports read. */
export interface OperationGraph {
  readonly nodes: readonly { readonly id: string; readonly type: string; readonly stamp: string | null; readonly role: string | null }[];
  readonly relationships: readonly { readonly src: string; readonly type: string; readonly dst: string }[];
}

/** One abstracted resource of a tenant, as the tenant-graph read returns it. */
export interface ResourceRow {
  readonly id: string;
  readonly type: string;
}

/** One relationship between resources, by their ids. */
export interface RelationshipRow {
  readonly src: string;
  readonly type: string;
  readonly dst: string;
}

/**
 * Which resources a page read returns: the abstracted layer (`:Resource`, not `:Original`, shared
 * nodes labelled `:Resource` included) with `tenant_id` = tenantId, or with a null tenant_id when
 * tenantId is null; optionally only those of some subscriptions.
 */
export interface ResourcePageFilter {
  readonly tenantId: string | null;
  readonly subscriptionIds?: readonly string[];
}

export type { StoredNode };

/** A relationship of a node asked for by key, with the other end's labels (sorted), key (`id`, or `code` for a Region) and tenant_id (null for a shared node). */
export interface NodeRelationship {
  readonly key: string;
  readonly type: string;
  readonly other: { readonly labels: readonly string[]; readonly key: string; readonly tenantId: string | null };
}

/** A keyset page: up to `limit` items with a key greater than `after`, in key order. */
export interface KeyPage {
  readonly after: string;
  readonly limit: number;
}

/** Where a pushed-down tenant-graph read puts what it reads (scale-down's compact-graph builder). */
export interface TenantGraphSink {
  /** Adds a resource; returns its index. Resources must come in the order readResourcePage gives them. */
  addNode(id: string, type: string): number;
  /** Adds a relationship between two added resources, by their indexes. */
  addEdgeByIndex(src: number, dst: number, type: string): void;
}

/** Streamed, keyset-paged reads of a tenant's graph in a stable order (scale-down, export). */
export interface TenantGraphReads {
  /** Up to `limit` resources matching the filter with id > `after`, in id order. */
  readResourcePage(filter: ResourcePageFilter, after: string, limit: number): Promise<ResourceRow[]>;
  /** Every relationship leaving these resources to another abstracted resource (SCAN_SOURCE_NODE and the Original layer excluded), in no particular order. */
  readOutRelationships(sourceIds: readonly string[]): Promise<RelationshipRow[]>;
  /** The nodes with this label and these keys (`id`, or `code` for Region); missing keys are left out. */
  readNodes(label: string, keys: readonly string[]): Promise<StoredNode[]>;
  /** The nodes with this label and tenant_id = tenantId: their key and labels (sorted); every one in no particular order, or one keyset page in key order. */
  listTenantNodes(tenantId: string, label: string, page?: KeyPage): Promise<{ key: string; labels: string[] }[]>;
  /** Which of these keys are nodes with this label and tenant_id = tenantId (presence only: no properties read). */
  readTenantNodeKeys(tenantId: string, label: string, keys: readonly string[]): Promise<string[]>;
  /** Every relationship of these nodes in one direction (SCAN_SOURCE_NODE included), with the other end; or only those the filter keeps. */
  readNodeRelationships(label: string, keys: readonly string[], direction: 'out' | 'in', filter?: RelationshipFilter): Promise<NodeRelationship[]>;
  /**
   * Optional push-down: the whole scope's resource graph into `sink` in one streamed pass for the
   * resources and one for their relationships, endpoints resolved inside the store (no id strings
   * for relationships). Must give the same graph as the paged reads; extraction falls back to those.
   */
  readTenantGraph?(scope: TenantScope, sink: TenantGraphSink): Promise<void>;
  /**
   * Optional push-down: the tenant's own nodes counted by key label, and every relationship leaving
   * one of them (plus, with `inbound`, every relationship entering one from a node it does not own),
   * in pages and in no particular order, ends by key label and key. Must give what the keyset walk
   * of the tenant gives (walkTenant with the Original layer, keys only); a store that can scan its
   * tables in order does it far faster. What an import reads back to validate; it falls back to the walk.
   */
  scanTenant?(tenantId: string, options: { readonly inbound: boolean }, sink: TenantScanSink): Promise<void>;
  /**
   * Optional push-down: the whole tenant for a copy (both layers, its relationships, the nodes they
   * reach outside it) in pages, read in the store's own order (no keyset walk per label and key):
   * every node before the relationships that start at it. Undefined where the walk serves better
   * (a tenant that is a small part of the store). What a copy reads; it falls back to walkTenant.
   */
  scanTenantPages?(tenantId: string): AsyncIterable<TenantPage> | undefined;
}

/** Which relationships readNodeRelationships returns. */
export interface RelationshipFilter {
  /** Only those whose other end is not a node of this tenant (its tenant_id null or another): a walk's inbound relationships. */
  readonly otherOutside?: string;
}

/** A page of a tenant as a copy reads it: nodes with their properties, relationships with their ends' key labels and keys. */
export interface TenantPage {
  readonly nodes: readonly StoredNode[];
  readonly relationships: readonly SliceRelationship[];
}

/** What scanTenant hands out. */
export interface TenantScanSink {
  nodes(keyLabel: string, count: number): void;
  relationships(page: readonly SliceRelationship[]): void;
}

/** Whole-database counts by label set and relationship type, operation records left out: what the stores are compared by. */
export interface GraphCensus {
  readonly nodesByLabels: readonly CountByKey[];
  readonly relationshipsByType: readonly CountByKey[];
}

/** Writes of new data, and the deletes that undo them. */
export interface GraphWrites {
  /** Indexes, constraints and migrations; idempotent. */
  ensureSchema(): Promise<void>;
  /** Writes a batch of new nodes (or merges them when `batch.mode` is 'merge'); returns nodes created. */
  writeNodes(batch: NodeBatch): Promise<number>;
  /** Creates relationships whose endpoints exist; returns relationships created. */
  writeRelationships(batch: RelationshipBatch): Promise<number>;
  /**
   * Optional: writes a whole chunk (nodes, then relationships) atomically. Stores with a single
   * writer implement it to batch commits across chunks; the writer prefers it when present.
   */
  writeChunk?(chunk: GraphChunk): Promise<{ nodes: number; relationships: number }>;
  /** With writeChunk: makes every chunk written so far durable (the writer calls it when the stream ends or fails). */
  finishWrites?(): Promise<void>;
  /**
   * Optional: runs `work`, a load of new data, as one bulk load. An adapter may stage it outside
   * the store and put it in place only when `work` succeeds (SQLite does so for an empty file);
   * either way a failed `work` leaves the store as it was before, apart from what the caller's own
   * rollback removes. `work` hears whether it is staged: then the store was empty, nobody else
   * writes until it ends, and a failure or a crash leaves nothing of it behind.
   */
  bulkLoad?<T>(work: (staged: boolean) => Promise<T>): Promise<T>;
  /** Deletes, in batches, every node (and its relationships) whose tenant_id is `tenantId`; `onBatch` hears each batch's count once committed. */
  deleteTenantNodes(tenantId: string, batchSize: number, onBatch?: (deleted: number) => void): Promise<number>;
  /**
   * Deletes these nodes (label and key) with their relationships, but only those whose tenant_id is
   * `tenantId`: a key of another tenant is never touched. One transaction; returns nodes deleted.
   */
  deleteTenantNodesByKey(tenantId: string, label: string, keys: readonly string[]): Promise<number>;
  /** Deletes these shared nodes (no tenant_id) where nothing points at them any more; returns nodes deleted. */
  deleteUnusedSharedNodes(label: string, keys: readonly string[]): Promise<number>;
  /** Deletes, in batches, every node carrying `scale_operation_id` (with its relationships); only the tenant's with `tenantId`; `onBatch` as above. */
  deleteOperationNodes(operationId: string, batchSize: number, tenantId?: string, onBatch?: (deleted: number) => void): Promise<number>;
}

/** Counts and lookups over the whole store or one tenant. */
export interface GraphSummaries {
  tenantCensus(tenantId: string | undefined): Promise<TenantCensus>;
  /**
   * The scope's resources of both layers (abstracted: not Original, not a shared node) counted by
   * layer and type, with the synthetic share of each: what indexes answer. Rows may repeat a
   * (layer, type) pair (one per part of the scope); the caller sums them.
   */
  countResourcesByType(scope: TenantScope): Promise<ResourceTypeCount[]>;
  /** Relationships leaving the scope's resources (both layers), counted by type: reads every one. Rows may repeat a type. */
  countRelationshipsByType(scope: TenantScope): Promise<CountByKey[]>;
  graphCensus(): Promise<GraphCensus>;
  /** Whether the store holds no node apart from operation records (cheap: no scan). */
  isEmpty(): Promise<boolean>;
}

/**
 * Template replication pushed down into the database (both adapters implement it: Cypher copies
 * server-side, SQLite copies rows in one statement per batch).
 */
export interface TemplatePushdown {
  /** Templates for scale-up: non-synthetic abstracted resources in scope, sorted by type then id. */
  readTemplates(scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]>;
  /** Creates the copies of a batch of templates inside the database; returns nodes created. */
  replicateTemplateNodes(request: NodeReplicationRequest): Promise<number>;
  /** Creates the copies' relationships (after every copy exists); returns relationships created. */
  replicateTemplateRelationships(request: RelationshipReplicationRequest): Promise<number>;
  /** Drops state an adapter kept in memory for an operation's replication (idempotent). */
  releaseReplication(operationId: string): Promise<void>;
}

/** What validation, cleanup and stats read about the nodes operations wrote. */
export interface OperationReads {
  /** Nodes carrying `scale_operation_id`. */
  countOperationNodes(operationId: string, tenantId?: string): Promise<number>;
  /** Distinct scale_operation_id values on the tenant's synthetic nodes (recorded or not). */
  syntheticOperationIds(tenantId: string): Promise<string[]>;
  /** The operation's nodes grouped by type and marker values (rows may repeat a group: the caller sums). */
  countOperationNodeGroups(operationId: string): Promise<OperationNodeGroup[]>;
  /** Copies of templates whose typed degrees differ from their template's (degree parity), compared inside the store. */
  countDegreeMismatches(operationId: string): Promise<DegreeMismatches>;
  /** Counts of the relationships leaving the operation's nodes (scenario and random validation). */
  operationRelationshipProfile(operationId: string): Promise<RelationshipProfileRow[]>;
  /** The operation's nodes (with `scenario_stamp`, `scenario_role`) and the relationships among them. Holds them in memory: for scenario-sized operations. */
  readOperationGraph(operationId: string): Promise<OperationGraph>;
}

/** The operation records (`:ScaleOperation` nodes, the `operations` table). */
export interface OperationRecords {
  listOperations(tenantId?: string): Promise<OperationRecord[]>;
  getOperation(id: string): Promise<OperationRecord | undefined>;
  /** Records an operation before its first write; the id must be new. */
  recordOperation(record: OperationRecord): Promise<void>;
  /** Updates status, counts, timings, metrics or error of a recorded operation. */
  updateOperation(id: string, patch: OperationPatch): Promise<void>;
}

/**
 * The one port every algorithm talks to, split by concern. Adapters (neo4j/, sqlite/) are thin and
 * may push work down into the database; the contract suite (test/contract) proves they give the
 * same graph. A feature that needs only some concerns takes only those interfaces.
 */
/** What writing a stream of chunks needs: the writes, and whether writers may run at once. */
export type ChunkWriter = GraphWrites & Pick<GraphStore, 'capabilities'>;

export interface GraphStore extends GraphWrites, GraphSummaries, TenantGraphReads, TemplatePushdown, OperationReads, OperationRecords {
  readonly kind: StoreKind;
  /** Where the store is, safe to print (never a password). */
  readonly target: string;
  readonly capabilities: StoreCapabilities;
  /** Server or library version, read once. */
  version(): Promise<string>;
  close(): Promise<void>;
}
