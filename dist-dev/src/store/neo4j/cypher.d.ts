import type { TenantScope } from '../../domain/tenant-scope.js';
/** Backtick-quotes a label or relationship type for literal use in Cypher. */
export declare function quoteName(name: string): string;
export declare function createNodesQuery(labels: readonly string[]): string;
/** Cypher predicate on `n` for an abstracted resource (not Original, not a shared node). */
export declare const ABSTRACTED_PREDICATE: string;
/** Cypher predicate on `n` selecting a tenant scope; parameters $tenantId and $subscriptionIds. */
export declare function scopePredicate(scope: TenantScope, alias?: string): string;
/**
 * Indexes and constraints, created once with IF NOT EXISTS. Resource.id is unique when the data
 * allows it; ATG graphs with duplicate ids fall back to a plain index (see Neo4jStore.ensureSchema).
 */
export declare const RESOURCE_ID_CONSTRAINT = "CREATE CONSTRAINT tenant_scale_resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE";
export declare const RESOURCE_ID_INDEX = "CREATE INDEX tenant_scale_resource_id_index IF NOT EXISTS FOR (n:Resource) ON (n.id)";
/** Indexes earlier versions created that no query uses any more: dropped, so writes stop maintaining them. */
export declare const OBSOLETE_INDEXES: readonly string[];
export declare function schemaStatements(): string[];
