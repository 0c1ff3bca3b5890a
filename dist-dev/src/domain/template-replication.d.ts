import type { SyntheticMarkers } from './operation-record.js';
/** A template: a non-synthetic abstracted resource of the tenant, with what the plan needs of it. */
export interface TemplateInfo {
    readonly id: string;
    readonly type: string;
    /** Out-relationships, SCAN_SOURCE_NODE excluded: each copy gets them all. */
    readonly outDegree: number;
}
/** One template's copies in a write batch: copy j gets `copyIds[j]`. */
export interface TemplateCopies {
    readonly templateId: string;
    readonly copyIds: readonly string[];
}
/**
 * What a store needs to replicate templates inside the database: the copies to create (ids
 * computed here, so both stores produce identical ids) and the markers to put on them.
 */
export interface NodeReplicationRequest {
    readonly markers: SyntheticMarkers & {
        readonly generation_strategy: 'template';
    };
    readonly batch: readonly TemplateCopies[];
}
/**
 * Relationships of the copies of `templateIds`: copy j of s gets every out-edge of s (but
 * SCAN_SOURCE_NODE); an edge to a template t goes to copy (j mod copies(t)) of t, or to t itself
 * when t has no copies; an edge to any other node goes to that same node.
 */
export interface RelationshipReplicationRequest {
    readonly operationId: string;
    readonly templateIds: readonly string[];
}
/** Properties of a template that a copy must not carry: they point at the template's Original. */
export declare const PROPERTIES_NOT_COPIED: readonly string[];
