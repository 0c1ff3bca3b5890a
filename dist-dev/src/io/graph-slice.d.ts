import type { StoredNode, TenantGraphReads } from '../store/graph-store.js';
/** A node as a relationship names it: the label it is keyed under and its key (`id`, or `code` for Region). */
export interface NodeRef {
    readonly label: string;
    readonly key: string;
}
export interface SliceRelationship {
    readonly type: string;
    readonly src: NodeRef;
    readonly dst: NodeRef;
}
/**
 * A part of a tenant that stands on its own as an ATG tenant: resources with their context nodes
 * and every relationship among them, in a stable order (nodes by label then key, relationships by
 * source, type, target) so the same slice gives the same bytes from every store.
 */
export interface GraphSlice {
    readonly tenantId: string;
    readonly nodes: readonly StoredNode[];
    readonly relationships: readonly SliceRelationship[];
}
/** The label a node is keyed under: Region by its code, a resource (even a shared one) by its id under Resource. */
export declare function refLabel(labels: readonly string[]): string;
export declare const refOf: (node: StoredNode) => NodeRef;
/**
 * Collects the slice of a tenant around `resourceIds` (abstracted resources): the resources, the
 * relationships among them, the shared nodes they point at (tags, regions, identities, role
 * assignments, diagnostic settings, secrets, …) with those relationships, the Tenant, their
 * subscriptions and resource groups with the subscription → group CONTAINS, and with
 * `includeOriginal` their Original twins with SCAN_SOURCE_NODE and the group → Original CONTAINS.
 * Relationships to resources outside the slice are left out.
 */
export declare function collectSlice(store: TenantGraphReads, tenantId: string, resourceIds: readonly string[], options?: {
    includeOriginal?: boolean;
}): Promise<GraphSlice>;
export declare function sortNodes(nodes: StoredNode[]): StoredNode[];
export declare function sortRelationships(rels: SliceRelationship[]): SliceRelationship[];
