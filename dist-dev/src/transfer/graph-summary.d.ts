import { MultisetFingerprint } from '../domain/multiset-fingerprint.js';
import { type SliceRelationship } from '../io/graph-slice.js';
import type { ValidationCheck } from '../operations/validate-operation.js';
import type { StoredNode } from '../store/graph-store.js';
/**
 * What a tenant copy is checked by, gathered a page at a time on both sides (the source as it is
 * written, the target as it is read back): the tenant's own nodes by key label, relationships by
 * type, and a fingerprint of the relationship multiset (type and both ends), which tells two
 * multisets apart whatever the order they were read in.
 */
export declare class GraphSummary {
    private readonly tenantId;
    readonly ownedByLabel: Map<string, number>;
    readonly relationshipsByType: Map<string, number>;
    readonly fingerprint: MultisetFingerprint;
    constructor(tenantId: string);
    addNodes(nodes: readonly StoredNode[]): void;
    addRelationships(relationships: readonly SliceRelationship[]): void;
}
/** The checks of a copy: every node of the tenant present (by key label), relationships by type, and the very same relationships. */
export declare function compareSummaries(expected: GraphSummary, actual: GraphSummary): ValidationCheck[];
