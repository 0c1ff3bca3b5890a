import { type ResourceKindKey } from '../atg-schema.js';
/**
 * Which relationships ATG records between two resource kinds, and how often relative to the
 * source's other relationships. Each is one the reference rules (reference-rules.ts) derive from a
 * real resource — a property path of the source's type or of every type (`dependsOn[]`, diagnostic
 * settings, private endpoint connections), or a parent's CONTAINS of its child; a unit test holds
 * the two tables together. Random scale-up draws edges only from these rules, so a random
 * graph never holds a pair that a scan could not produce (a VM is never CONTAINED by a disk).
 */
export interface RelationshipRule {
    readonly from: ResourceKindKey;
    readonly type: string;
    readonly to: ResourceKindKey;
    /** Relative frequency among the source kind's rules. */
    readonly weight: number;
    /** Target skew: 1 is uniform; higher makes a few targets hubs (shared NSGs, workspaces, plans). */
    readonly skew: number;
}
export declare const RELATIONSHIP_RULES: readonly RelationshipRule[];
/** Rules by source kind, in registry order. */
export declare function rulesFrom(kind: ResourceKindKey): readonly RelationshipRule[];
/** The key of a (source type, relationship type, target) group, as profiles and validation compare them. */
export declare function pairKey(from: string, type: string, to: string): string;
/** Keys of every allowed pair, for validation. */
export declare const ALLOWED_RESOURCE_PAIRS: ReadonlySet<string>;
