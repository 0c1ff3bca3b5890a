import { UsageError } from './errors.js';
/**
 * Which resources belong to a tenant. ATG often leaves `tenant_id` null on resources, so a resource
 * is in tenant T when `tenant_id = T`, or when it is null and the database holds exactly one Tenant
 * (README "Tenant scope"). With several tenants, null-tenant resources are attributed only through
 * `--subscription-id`; never guessed.
 */
export interface TenantScope {
    readonly tenantId: string;
    /** Resources with a null tenant_id belong to this tenant too. */
    readonly includeNullTenant: boolean;
    /** When set, only resources of these subscriptions (matched on subscription_id). */
    readonly subscriptionIds?: readonly string[];
}
/** What a store knows about the tenants in it; the facts the scope rule needs. */
export interface TenantCensus {
    readonly tenantNodeIds: readonly string[];
    /** Abstracted resources whose tenant_id equals the requested tenant. */
    readonly resourcesWithTenant: number;
    /** Abstracted resources whose tenant_id is null. */
    readonly resourcesWithNullTenant: number;
}
export declare function decideTenantScope(tenantId: string | undefined, census: TenantCensus, subscriptionIds?: readonly string[]): TenantScope;
/** Refuses a tenant the store holds nothing of (no Tenant node, no resource with its tenant_id): a mistyped id is not "nothing to do". */
export declare function assertKnownTenant(tenantId: string, census: TenantCensus): void;
/**
 * When a subscription filter left nothing of the tenant, the error names the subscriptions: "the
 * tenant has no resources" would send the user looking at the tenant. Undefined without a filter.
 */
export declare function nothingInSubscriptions(scope: TenantScope): UsageError | undefined;
/**
 * The longest tenant id a new tenant may have. A Tenant's id is indexed and Neo4j refuses index
 * keys above about 8 kB, failing the write midway; one limit on both stores keeps them alike, and
 * refuses such an id before anything is written (Azure's are 36-character GUIDs).
 */
export declare const MAX_TENANT_ID_BYTES = 1024;
export declare function checkTenantIdLength(tenantId: string, fix: string): void;
