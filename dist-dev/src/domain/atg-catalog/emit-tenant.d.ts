import { type GraphSlice, type SliceRelationship } from '../../io/graph-slice.js';
import type { StoredNode } from '../../store/graph-store.js';
import { type ArmResource } from './arm-resource.js';
export interface EmittedTenant {
    readonly slice: GraphSlice;
    /** Abstracted resources (each also has its Original twin). */
    readonly resources: number;
    /** What was left out and why (references to resources not in the input, duplicates): the data is still usable. */
    readonly warnings: readonly string[];
}
/** What one input item (a resource with the children nested in it) became. */
export interface EmittedPart {
    readonly nodes: StoredNode[];
    readonly relationships: SliceRelationship[];
}
/**
 * The two-layer ATG graph of a set of Azure resources, as a scan would have written it: the Tenant,
 * its subscriptions and resource groups (subscription -CONTAINS-> group), every resource through
 * the two-layer emitter (abstracted node and Original twin, SCAN_SOURCE_NODE, its group's CONTAINS,
 * LOCATED_IN, TAGGED_WITH); a child resource is CONTAINED by its parent; and every reference the
 * rules find becomes a relationship between abstracted nodes (a reference into a sub-resource —
 * a load balancer's backend pool — is one to the resource holding it).
 *
 * Two passes over the input, so a file of any size streams through: `index` every item (ids only:
 * one compact entry per resource, keyed by the 64-bit hash its abstracted id carries anyway, so no
 * ARM id string is held), then `emit` every item again in the same order. The first of two resources with
 * one id (compared case-insensitively) is kept; a VNet's embedded subnet is a resource unless the
 * input lists it itself.
 */
export declare class TenantEmitter {
    private readonly tenantId;
    private readonly updatedAt;
    /** hash of the lower-case id → the ordinal of the item that emits it, and a tag: embedded (bit 15) and the type's prefix (index into `prefixes`). */
    private readonly index;
    private readonly prefixes;
    private readonly prefixIndex;
    private embeddedCandidates;
    private readonly warningList;
    private indexed;
    private emitted;
    private dangling;
    private indexClosed;
    private readonly seenNodes;
    private readonly seenEitherEnd;
    private readonly spelling;
    /** Ids (hashed) of every ancestor of a folded item: a resource among them records its relationships, so a folded child's same reference is not written twice. */
    private readonly foldOwners;
    private readonly foldedEdges;
    /** Folded items by type, for the warning that counts them. */
    private readonly folded;
    constructor(tenantId: string, updatedAt: string);
    /** Abstracted resources: every kept item's resources, embedded subnets included. */
    get resources(): number;
    get warnings(): string[];
    /** Pass 1: one input item (a resource and the children nested in it, in order). */
    indexItem(resources: readonly ArmResource[]): void;
    /** Pass 2: what one item becomes, in the order they were indexed. The Tenant comes with the first. */
    emitItem(resources: readonly ArmResource[]): EmittedPart;
    private tag;
    /** Embedded subnets the input does not list itself become resources once every item is indexed. */
    private closeIndex;
    private emitsHere;
    /** The abstracted id of the input resource an id names, or of the nearest one holding it (a sub-resource's id). */
    private resolve;
    /** Subscriptions and groups: one node per name whatever its case (Azure compares them case-insensitively); the first spelling met names it. */
    private canonical;
    /**
     * Resource nodes are created once (the index decides where); every other node (context, and the
     * nodes of identities, settings and assignments) is emitted the first time it is met. True when
     * this call emitted it.
     */
    private node;
    /** The spelling of an id other items may name differently (a workspace, a user-assigned identity): the first one met (ARM compares ids case-insensitively). */
    private spelled;
    /**
     * An input item that is not a resource in ATG's graph (see written-as.ts): a diagnostic setting,
     * a role assignment or definition, a user-assigned identity as the node it is, or a child folded
     * into its parent. `nestedIn`: the resource the item came nested in (an export's `resources`).
     */
    private emitOther;
    /** A role assignment's principal: the node the rule's label names, keyed by its object id. */
    private principal;
    /** A managed identity's node (`:ManagedIdentity:Resource`), keyed by the user-assigned identity's ARM id or a system-assigned one's principal id. */
    private managedIdentity;
    private danglingReference;
    private emitResource;
    /**
     * Every reference the rules find in `res`, as relationships of `from` (the resource itself, or
     * the parent a folded child belongs to; a folded child's deployment order, `dependsOn`, is not a
     * relationship of its parent).
     */
    private emitReferences;
}
/** The whole tenant of a list of resources in memory (ARM templates; tests): both passes over the list, one item per resource. */
export declare function emitTenant(input: readonly ArmResource[], tenantId: string, updatedAt: string): EmittedTenant;
