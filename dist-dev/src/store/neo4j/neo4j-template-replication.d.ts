import { type QueryResult, type RecordShape } from 'neo4j-driver';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { OperationInspection } from '../graph-store.js';
import { type BatchGuard, type WriteCounter } from './batch-replay.js';
import * as Q from './hot-queries.js';
export type Run = (query: Q.HotQuery, params?: Record<string, unknown>) => Promise<QueryResult<RecordShape>>;
/** A batch write whose retry does not repeat it (batch-replay.ts), returning `counter`. */
export type WriteBatch = (query: Q.HotQuery, params: Record<string, unknown>, counter: WriteCounter, guard: BatchGuard) => Promise<number>;
/**
 * Template replication pushed down into Neo4j: the server copies each template's properties
 * (`SET c = properties(s)`) and relationships; only copy ids (computed in the domain so both
 * stores agree) travel over Bolt. Needs COLLECT subqueries (Neo4j 5.6+). The queries, and why
 * their plans are pinned, are in hot-queries.ts.
 */
export declare function readTemplates(read: Run, scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]>;
export declare function replicateNodes(write: WriteBatch, request: NodeReplicationRequest): Promise<number>;
export declare function replicateRelationships(read: Run, write: WriteBatch, request: RelationshipReplicationRequest, dynamicTypes: boolean): Promise<number>;
/**
 * Whether the server writes dynamic relationship types correctly — a capability probe, not a version
 * test: one UNWIND batch creates two relationships of two dynamic types inside a transaction that
 * is rolled back, and the types are read back. Older servers reject the syntax; 5.26.0 accepts it
 * and gives both relationships the first type. Any error (syntax, a read-only user) → false: the
 * per-type path works everywhere.
 */
export declare const DYNAMIC_TYPES_PROBE = "UNWIND ['TENANT_SCALE_PROBE_A', 'TENANT_SCALE_PROBE_B'] AS t\n  CREATE (x:TenantScaleProbe)-[r:$(t)]->(x) RETURN collect(type(r)) AS types";
export declare function probeShowsDynamicTypes(types: unknown): boolean;
export declare function deleteOperationNodes(write: Run, operationId: string, batchSize: number, tenantId?: string, onBatch?: (deleted: number) => void): Promise<number>;
/** Templates per parity transaction: bounds each transaction's work (hub templates have thousands of edges). */
export declare const PARITY_PAGE = 500;
export declare function inspectOperation(read: Run, operationId: string): Promise<OperationInspection>;
