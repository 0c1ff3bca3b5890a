import { UsageError } from './errors.js';

/**
 * Which resources belong to a tenant. ATG often leaves `tenant_id` null on resources, so a resource
 * is in tenant T when `tenant_id = T`, or when it is null and the database holds exactly one Tenant
 * (docs/stores.md, "Tenant scope"). With several tenants, null-tenant resources are attributed only through
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

export function decideTenantScope(tenantId: string | undefined, census: TenantCensus, subscriptionIds?: readonly string[]): TenantScope {
  if (!tenantId) {
    if (census.tenantNodeIds.length === 1) return decideTenantScope(census.tenantNodeIds[0], census, subscriptionIds);
    throw new UsageError(
      census.tenantNodeIds.length === 0
        ? 'no tenant given and the database holds no Tenant'
        : `no tenant given and the database holds ${census.tenantNodeIds.length} tenants`,
      `pass {{option:tenantId}} (or set AZURE_TENANT_ID)${census.tenantNodeIds.length ? `; known tenants: ${census.tenantNodeIds.slice(0, 10).join(', ')}` : ''}`,
    );
  }
  assertKnownTenant(tenantId, census);
  const hasSubscriptions = subscriptionIds !== undefined && subscriptionIds.length > 0;
  const singleTenant = census.tenantNodeIds.length === 1 && census.tenantNodeIds[0] === tenantId;
  if (census.resourcesWithNullTenant > 0 && !singleTenant && !hasSubscriptions && census.resourcesWithTenant === 0) {
    throw new UsageError(
      `tenant ${tenantId}: its resources have no tenant_id and the database holds ${census.tenantNodeIds.length} tenants, so they cannot be attributed`,
      'pass {{option:subscriptionIds|subscription-id}} with the subscriptions of this tenant',
    );
  }
  return {
    tenantId,
    includeNullTenant: singleTenant || hasSubscriptions,
    ...(hasSubscriptions ? { subscriptionIds } : {}),
  };
}

/** Refuses a tenant the store holds nothing of (no Tenant node, no resource with its tenant_id): a mistyped id is not "nothing to do". */
export function assertKnownTenant(tenantId: string, census: TenantCensus): void {
  if (census.tenantNodeIds.includes(tenantId) || census.resourcesWithTenant > 0) return;
  throw new UsageError(
    `unknown tenant ${tenantId}: no Tenant node and no resource carries that tenant_id`,
    census.tenantNodeIds.length
      ? `use one of the known tenants: ${census.tenantNodeIds.slice(0, 10).join(', ')}`
      : 'generate or import a tenant first (tenant-scale generate-tenant {{option:tenantId}} …)',
  );
}

/**
 * When a subscription filter left nothing of the tenant, the error names the subscriptions: "the
 * tenant has no resources" would send the user looking at the tenant. Undefined without a filter.
 */
export function nothingInSubscriptions(scope: TenantScope): UsageError | undefined {
  if (!scope.subscriptionIds?.length) return undefined;
  return new UsageError(
    `tenant ${scope.tenantId} has no abstracted resources in subscription ${scope.subscriptionIds.join(', ')}`,
    "pass GUIDs of the tenant's subscriptions (as its resources carry them in subscription_id) to {{option:subscriptionIds|subscription-id}}, or drop it",
  );
}

/**
 * The longest tenant id a new tenant may have. A Tenant's id is indexed and Neo4j refuses index
 * keys above about 8 kB, failing the write midway; one limit on both stores keeps them alike, and
 * refuses such an id before anything is written (Azure's are 36-character GUIDs).
 */
export const MAX_TENANT_ID_BYTES = 1024;

export function checkTenantIdLength(tenantId: string, fix: string): void {
  const bytes = Buffer.byteLength(tenantId);
  if (bytes > MAX_TENANT_ID_BYTES)
    throw new UsageError(`the tenant id ${tenantId.slice(0, 40)}… is ${bytes} bytes long, above ${MAX_TENANT_ID_BYTES}`, `${fix} (Azure tenant ids are GUIDs)`);
}
