import type { Properties } from '../../domain/graph.js';
import type { Layer } from '../../domain/layers.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
/** The `nodes` columns every insert writes, in the order encodeNode fills its parameters. */
export declare const NODE_COLUMNS: readonly ["id", "labels", "layer", "type", "tenant_id", "subscription_id", "synthetic", "scale_operation_id", "template_source_id", "properties", "tags", "props"];
/** Parameters per `nodes` row. */
export declare const NODE_PARAMS: 12;
/** The parameters of one `nodes` insert, in NODE_COLUMNS order. */
export declare function encodeNode(labels: string, layer: Layer | null, row: Properties & {
    id: string;
}): unknown[];
/**
 * Writes one row's parameters into `params` from `offset`: the hot path of every node write, so it
 * fills a reused array and builds the `props` JSON text directly. Same text as JSON.stringify of
 * the leftover properties (same key order, same value encoding) without a temporary object per row.
 */
export declare function encodeNodeInto(params: unknown[], offset: number, labels: string, layer: Layer | null, row: Properties & {
    id: string;
}): void;
/** A `nodes` row back to the property map that was written. */
export declare function decodeNodeRow(row: Record<string, unknown>): Properties;
/** SQL predicate (on alias `n`) selecting the resources of a tenant scope. */
export declare function scopeClause(scope: TenantScope, alias: string): {
    sql: string;
    params: unknown[];
};
