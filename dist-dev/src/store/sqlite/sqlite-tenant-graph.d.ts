import type Database from 'better-sqlite3';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { NodeRelationship, RelationshipRow, ResourcePageFilter, ResourceRow, StoredNode, TenantGraphSink } from '../graph-store.js';
/**
 * Keyset-paged tenant reads: the (tenant_id, id) index gives both the filter and the order, so a
 * page costs its own rows. Statements are prepared on first use: a bulk load's side file has no
 * indexes while it loads.
 */
export declare class SqliteTenantGraph {
    private readonly db;
    private statements;
    constructor(db: Database.Database);
    resourcePage(filter: ResourcePageFilter, after: string, limit: number): ResourceRow[];
    nodes(label: string, keys: readonly string[]): StoredNode[];
    /**
     * In three set-based steps: the nodes' rowids, their relationships by rowid (small rows, from the
     * src/dst index), then each distinct other end's id and labels once. Joining the other end per
     * relationship read its whole row (properties included) once per relationship: a hub's row was
     * read thousands of times, 5 µs each.
     */
    nodeRelationships(label: string, keys: readonly string[], direction: 'out' | 'in'): NodeRelationship[];
    /** Resources of the scope in id order (tenant, then null tenant), then their relationships by rowid. */
    readAll(scope: TenantScope, sink: TenantGraphSink): void;
    outRelationshipsOf(sourceIds: readonly string[]): RelationshipRow[];
}
