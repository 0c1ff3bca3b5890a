import type { Properties } from '../domain/graph.js';
import type { SyntheticMarkers } from '../domain/operation-record.js';
import type { Rng } from '../domain/rng.js';
/** What every generated chunk stream gets: the operation, its markers, where resources go. */
export interface GeneratedChunkContext {
    readonly operationId: string;
    readonly tenantId: string;
    readonly markers: SyntheticMarkers;
    readonly subscriptionId?: string;
}
/** One resource a scenario or random scale-up creates, before it becomes a node row. */
export interface SyntheticResource {
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly location: string;
    readonly resourceGroup: string;
    readonly tags: Readonly<Record<string, string>>;
    /** Strategy-specific properties (scenario_name, scenario_stamp, scenario_role, environment …). */
    readonly extra: Properties;
    /** ARM properties given by a scenario file; merged over the kind's generated shape. */
    readonly properties?: Readonly<Record<string, unknown>>;
}
export interface SyntheticRowContext {
    readonly rng: Rng;
    readonly tenantId: string;
    readonly markers: SyntheticMarkers;
    /** The subscription the resource is placed in, when the user chose one. */
    readonly subscriptionId?: string;
}
/**
 * An abstracted-layer node row shaped like ATG's (JSON-string `properties` and `tags`, description,
 * processing status) carrying the operation's markers. Synthetic resources have no Original twin.
 */
export declare function syntheticResourceRow(resource: SyntheticResource, context: SyntheticRowContext): Properties & {
    id: string;
};
