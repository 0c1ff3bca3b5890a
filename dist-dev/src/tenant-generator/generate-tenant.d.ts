import type { GraphChunk } from '../domain/graph.js';
export interface GenerateTenantOptions {
    /** Abstracted resources to write (each also gets its Original twin). */
    readonly resources: number;
    readonly seed: number;
    readonly tenantId: string;
    /** Rows (nodes + relationships) per yielded chunk; memory stays bounded by this. */
    readonly chunkRows?: number;
    /** Timestamp written to `updated_at`; fixed for reproducible output. */
    readonly now?: Date;
}
export declare const GENERATE_TENANT_DEFAULTS: {
    readonly chunkRows: 40000;
};
/**
 * Streams an ATG-shaped tenant: Tenant, subscriptions, resource groups, identities, tags, regions,
 * both resource layers linked by SCAN_SOURCE_NODE, and typed relationships with real hubs (hub
 * VNets and their subnets, shared NSGs, Log Analytics workspaces, key vaults). Only the current
 * subscription's hub ids are held, so memory is flat in the tenant size. Same seed → same graph.
 */
export declare function generateTenant(options: GenerateTenantOptions): Generator<GraphChunk>;
