import type { TenantScope } from '../../domain/tenant-scope.js';
/**
 * Every Cypher query that runs per row over a large set, in one place, written so that its plan
 * cannot degrade with the server's statistics.
 *
 * Why: Neo4j plans a query from index samples and label counts and caches the plan. On a
 * long-lived server those statistics lag behind bulk writes and deletes (an index sampled while
 * empty estimates 0 rows), and a plan made from them can put a whole-index scan on the per-row
 * side of a join: we saw template validation scan every node of the operation once per
 * relationship and run for 19 minutes instead of 1.5 s. So every query here:
 *   1. starts from parameters (UNWIND $ids, an equality on $op or $tenantId) or a unique lookup;
 *   2. pins the index of every lookup with `USING INDEX`, so there is no plan choice left that a
 *      statistic could flip — in particular copies are found through the composite index
 *      (scale_operation_id, template_source_id): exactly one operation's copies of one template;
 *   3. bounds its work per row: validation walks an operation's templates in pages
 *      (`UNWIND $templateIds`), computes each template's expected degree profile once (not once
 *      per copy) and compares per-type counts (a few types) instead of lists of every edge.
 * test/contract/neo4j-plans.test.ts EXPLAINs every entry of HOT_QUERY_CASES on an empty server, on
 * one with adversarial statistics and on a loaded one, and fails if a scan sits on the per-row side
 * of an Apply. A new query joins that test by being added to the table at the end of this file.
 *
 * MERGE takes no index hint; the shared-node MERGE (regions, tags: a handful of rows) is in the
 * table too, so a plan change there would be seen.
 */
export interface HotQuery {
    /** What the query is for, in words a user can act on (used in timeout errors). */
    readonly purpose: string;
    readonly cypher: string;
}
export declare function createRelationships(type: string, srcLabel: string, dstLabel: string): HotQuery;
export declare function mergeNodes(labels: readonly string[]): HotQuery;
export declare function getNode(label: string): HotQuery;
export declare function deleteTenantNodes(label: string): HotQuery;
/**
 * Templates for scale-up. A tenant-only scope starts from the tenant_id index; a scope that takes
 * null-tenant resources too cannot (nulls are not indexed) and reads the label once, at the top of
 * the plan, never per row.
 */
export declare function readTemplates(scope: TenantScope, byType: boolean): HotQuery;
export declare const copyTemplateNodes: HotQuery;
/**
 * The copies' relationships of a batch of templates: copy j of t gets each out-edge t→x, to copy
 * (j mod copies(x)) of x when x was copied, else to x itself. `type` keeps one relationship type
 * literal (servers without dynamic types); without it the type is dynamic (`:$(type(r))`, 5.26.1+).
 */
export declare function copyTemplateRelationships(type?: string): HotQuery;
export declare const templateRelationshipTypes: HotQuery;
/** Per-node facts of an operation in one pass, grouped by type and marker values (layers, SCAN_SOURCE_NODE, relationships leaving the nodes). */
export declare const operationFacts: HotQuery;
/** One page of an operation's template ids, in order, from the composite index. */
export declare const operationTemplatePage: HotQuery;
/**
 * Degree parity for a page of templates: each template's typed out-profile and its typed
 * in-profile from templates copied by the operation are computed once, then compared with each of
 * its copies' profiles, SCAN_SOURCE_NODE left out on both sides. A copy whose template is gone
 * counts as a mismatch.
 */
export declare const templateParity: HotQuery;
export declare const countOperationNodes: HotQuery;
export declare const deleteOperationNodes: HotQuery;
export declare const syntheticOperationIds: HotQuery;
export declare const operationRelationshipProfile: HotQuery;
export declare const operationGraphNodes: HotQuery;
export declare const operationGraphRelationships: HotQuery;
/** Every node, and the operation records: two reads of the count store (no node read). */
export declare const allNodeCount: HotQuery;
export declare const operationRecordCount: HotQuery;
/** One operation record by its id (unique constraint), written, read and updated. */
export declare const recordOperation: HotQuery;
export declare const getOperation: HotQuery;
export declare const updateOperation: HotQuery;
/** New nodes of one label set (no MATCH: nothing to plan but the writes). */
export declare function createNodes(labels: readonly string[]): HotQuery;
/** The database's Tenant nodes (one per tenant: a handful of rows). */
export declare const tenantIds: HotQuery;
/** A tenant's abstracted resources, counted over its tenant_id index. */
export declare const tenantResourceCount: HotQuery;
/** Every Resource node, from the count store (no node read). */
export declare const resourceNodeCount: HotQuery;
/** Resource nodes carrying a tenant_id: the tenant_id index read without a node (compared with the count above, it says whether any lacks one). */
export declare const resourcesWithTenantIdCount: HotQuery;
/** Abstracted resources without a tenant_id (not indexed: over the id index, read only when such nodes exist). */
export declare const nullTenantResourceCount: HotQuery;
/**
 * Resources of one part of a scope (its tenant_id, or no tenant_id) by layer and type, and their
 * relationships by type: the tenant's stats, each part over an index.
 */
export declare function tenantStatsByType(nullTenant: boolean, bySubscription: boolean): HotQuery;
export declare function tenantRelationshipCounts(nullTenant: boolean, bySubscription: boolean): HotQuery;
/**
 * A page of a tenant's abstracted resources in id order (keyset: id > $after). The (tenant_id, id)
 * composite index serves the filter and the order, so each page reads only its own rows; null-tenant
 * resources are paged over the id index (nulls are not indexed).
 */
export declare function resourcePage(nullTenant: boolean, bySubscription: boolean): HotQuery;
/** Every resource of the scope in id order, streamed (the push-down read: one query, not pages). */
export declare function tenantResources(nullTenant: boolean, bySubscription: boolean): HotQuery;
/** Every relationship from a resource of the scope to an abstracted resource, streamed (targets outside the scope are dropped by the caller). */
export declare function tenantRelationships(nullTenant: boolean, bySubscription: boolean): HotQuery;
export declare const outRelationships: HotQuery;
export declare function deleteTenantNodesByKey(label: string): HotQuery;
export declare function listTenantNodes(label: string): HotQuery;
/**
 * A keyset page of the tenant's nodes of a label in key order. Resources (the many) are read over
 * the (tenant_id, id) index in its order, so a page costs its own rows; the other labels have a
 * tenant_id index and a few thousand nodes per tenant at most, sorted per page.
 */
export declare function tenantNodePage(label: string): HotQuery;
export declare function tenantNodeKeys(label: string): HotQuery;
export declare function deleteUnusedSharedNodes(label: string): HotQuery;
export declare function nodesByKey(label: string): HotQuery;
export declare function nodeRelationships(label: string, direction: 'out' | 'in'): HotQuery;
/**
 * How much of a batch is already in the store — what a retried write asks first (batch-replay.ts):
 * the driver retries a transaction whose answer it lost, which the server may have committed.
 */
export declare function nodesWritten(label: string): HotQuery;
export declare const templateCopiesWritten: HotQuery;
/** The out-relationships of a template batch's copies: only that batch writes them (copyTemplateRelationships). */
export declare function templateCopyRelationshipsWritten(type?: string): HotQuery;
export declare function relationshipsWritten(type: string, srcLabel: string, dstLabel: string): HotQuery;
export declare const operationRecordWritten: HotQuery;
/** Values the plan-shape test fills parameters from: a realistic operation of a loaded tenant. */
export interface PlanSample {
    readonly tenantId: string;
    readonly operationId: string;
    readonly templateIds: readonly string[];
    readonly copyIds: readonly string[];
}
export interface HotQueryCase {
    readonly name: string;
    readonly query: HotQuery;
    readonly params: (s: PlanSample) => Record<string, unknown>;
    /** A keyset page: the index must serve ORDER BY (a Sort or Top would read every remaining row per page). */
    readonly ordered?: boolean;
}
/** Labels whose key property is indexed (schemaStatements): the only ones a query may seek by key. */
export declare const KEYED_LABELS: readonly string[];
/** The table of hot queries, with realistic parameters: every entry is EXPLAINed by the plan-shape test. */
export declare const HOT_QUERY_CASES: readonly HotQueryCase[];
