import type { ArmResource } from './arm-resource.js';
/**
 * Where an Azure resource names another one, and the ATG relationship that reference becomes: the
 * one table of this knowledge (importers read it; the generator's shapes follow it). A path is
 * dot-separated keys matched case-insensitively (ARM exports vary: `logAnalyticsWorkspaceResourceID`,
 * `loganalyticsworkspaceresourceid`); `[]` walks an array, `{}` takes an object's keys. References
 * to nodes that are not resources (identities, diagnostic settings) are written by the emitter as
 * written-as.ts says. `reverse` makes the referenced resource the source (a private
 * endpoint names the resource it serves, which ATG records as resource -CONNECTED_TO_PE-> endpoint).
 */
export interface ReferenceRule {
    /** Lower-case ARM type, or `*` for every type. */
    readonly type: string;
    readonly path: string;
    readonly relationship: string;
    readonly reverse?: boolean;
}
export declare const REFERENCE_RULES: readonly ReferenceRule[];
/** One reference found in a resource: the relationship and the id it names (an ARM id, maybe of a sub-resource). */
export interface FoundReference {
    readonly relationship: string;
    readonly target: string;
    readonly reverse: boolean;
    readonly path: string;
}
/**
 * Every reference the rules find in a resource. The path walk is written here rather than taken from
 * a JSONPath library: the rules need three operators and case-insensitive keys, which JSONPath
 * libraries do not offer.
 */
export declare function referencesOf(resource: ArmResource): FoundReference[];
/** A field of an object, its key matched case-insensitively (exports spell `principalId` and `PrincipalId`). */
export declare function field(value: unknown, name: string): unknown;
