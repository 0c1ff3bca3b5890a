import type Database from 'better-sqlite3';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { OperationInspection } from '../graph-store.js';
/** Templates of a scope, sorted by type then id, with their out-degree (SCAN_SOURCE_NODE excluded). */
export declare function readTemplates(db: Database.Database, scope: TenantScope, types?: readonly string[]): TemplateInfo[];
/**
 * In-process replication: SQLite runs inside this process, so "pushing down" means reading each
 * template row once and writing its copies with multi-row prepared INSERTs, knowing every copy's
 * rowid. That beat INSERT … SELECT with JSON functions and index joins, measured at B3 (see
 * README, "Benchmark"). Keeps, per operation, the rowid
 * range of each template's copies (O(templates) memory) until releaseReplication.
 */
export declare class SqliteReplicator {
    private readonly db;
    private readonly ranges;
    private readonly templateNid;
    private readonly insertCopies;
    private readonly insertCopy;
    private readonly rels;
    private readonly outEdges;
    constructor(db: Database.Database);
    replicateNodes(request: NodeReplicationRequest): number;
    replicateRelationships(request: RelationshipReplicationRequest): number;
    release(operationId: string): void;
}
export declare function inspectOperation(db: Database.Database, operationId: string): OperationInspection;
