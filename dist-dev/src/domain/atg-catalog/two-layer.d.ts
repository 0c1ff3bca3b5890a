import type { Properties } from '../graph.js';
/** A resource as a scan records it, before it becomes ATG's two nodes. */
export interface ScannedResource {
    /** The ARM id: the Original node's id. */
    readonly armId: string;
    /** The abstracted id (`<prefix>-<16 hex>`): the abstracted node's id, and what resource-to-resource relationships use. */
    readonly abstractedId: string;
    readonly name: string;
    readonly type: string;
    /** Region code (null when unknown: no LOCATED_IN). */
    readonly location: string | null;
    readonly resourceGroup: string | null;
    readonly subscriptionId: string | null;
    readonly tenantId: string;
    /** ATG keeps `properties` and `tags` as JSON strings. */
    readonly properties: string;
    readonly tags: Readonly<Record<string, string>>;
    readonly updatedAt: string;
    /** More properties on both nodes (an LLM description, a SKU, a kind). */
    readonly extra?: Properties;
}
/** Where the two-layer emitter puts what it emits (the generator's chunk builder, the importer's slice). */
export interface TwoLayerSink {
    /** Writes a node; false when the sink already had it (a merged node met again), so what would hang off it is left out too. */
    node(labels: string[], properties: Properties & {
        id: string;
    }, mode: 'create' | 'merge'): boolean;
    relationship(type: string, src: {
        label: string;
        key: string;
    }, dst: {
        label: string;
        key: string;
    }): void;
}
/**
 * ATG's two layers of one resource: the abstracted node (its `<prefix>-<16 hex>` id, `original_id`)
 * and its `:Original` twin (the ARM id), joined by SCAN_SOURCE_NODE; the resource group CONTAINS the
 * Original; the abstracted node is LOCATED_IN its Region and TAGGED_WITH each tag (regions and tags
 * are shared nodes, merged). The tenant generator and the importers both emit resources through here.
 */
export declare function emitTwoLayerResource(r: ScannedResource, sink: TwoLayerSink): void;
