import type { StoredNode, TenantGraphReads } from '../store/graph-store.js';
import { type GraphSlice, type SliceRelationship } from './graph-slice.js';
export interface TenantSliceOptions {
    /** Also the Original layer (every `:Original` node of the tenant, with its relationships). */
    readonly includeOriginal?: boolean;
    /** Read node properties (default); without, an owned node is its labels, key and tenant_id (enough to count and compare). */
    readonly withProperties?: boolean;
    /**
     * Only these of the tenant's nodes (read with their properties), with every relationship touching
     * them; the nodes at the other ends come along as context, whoever owns them.
     */
    readonly select?: (node: StoredNode) => boolean;
    /**
     * Read relationships entering the tenant's nodes from nodes it does not own (default). A caller
     * that knows there are none (an import whose graph has none) skips half the relationship reads.
     */
    readonly inbound?: boolean;
}
/** One page of a walked tenant: some of its nodes, and the relationships the walk assigns to them. */
export interface TenantPage {
    readonly nodes: readonly StoredNode[];
    readonly relationships: readonly SliceRelationship[];
}
/**
 * A whole tenant, a page at a time: every node carrying its tenant_id (both layers with
 * `includeOriginal`; Tenant, subscriptions, groups, identities, role assignments, …) with every
 * relationship leaving it, and every relationship entering it from a node the tenant does not own;
 * then the shared nodes (no tenant_id: regions, tags, role definitions) those relationships reach,
 * as context. Importing it into an empty store gives the tenant back, node for node and
 * relationship for relationship. Owned nodes come in key-label order (Tenant, subscriptions,
 * groups, resources, the rest by name) and key order within a label (keyset pages), so memory holds
 * one page plus the context keys and the inbound relationships (a handful: relationships start at a
 * tenant's own nodes).
 */
export declare function walkTenant(store: TenantGraphReads, tenantId: string, options?: TenantSliceOptions): AsyncGenerator<TenantPage>;
/** A whole tenant in memory (see walkTenant): for what is small or needs it whole. */
export declare function collectTenant(store: TenantGraphReads, tenantId: string, options?: TenantSliceOptions): Promise<GraphSlice>;
