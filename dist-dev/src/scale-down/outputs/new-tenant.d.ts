import { type GraphSlice } from '../../io/graph-slice.js';
import type { CreatedSharedNodes } from '../../operations/lifecycle/undo-operation.js';
import type { OperationMetrics } from '../../operations/metrics.js';
import type { ValidationCheck } from '../../operations/validate-operation.js';
import type { GraphStore } from '../../store/graph-store.js';
export interface NewTenantOutput {
    readonly mode: 'new-tenant';
    /** The tenant the sample becomes; it must not exist in the target store. */
    readonly newTenantId: string;
    /** The store to write it to (another store, already open); default: the source store. */
    readonly target?: GraphStore;
    /** Also the sampled resources' Original twins. */
    readonly includeOriginal?: boolean;
}
export interface NewTenantResult {
    readonly mode: 'new-tenant';
    readonly operationId: string;
    readonly newTenantId: string;
    readonly store: string;
    readonly nodes: number;
    readonly relationships: number;
    readonly resources: number;
    readonly validation: readonly ValidationCheck[];
}
/** Refuses, before anything is read or written, a new tenant id that is empty, the source's, or already in the target store. */
export declare function checkNewTenant(target: GraphStore, sourceTenantId: string | undefined, newTenantId: string, how?: string): Promise<void>;
/**
 * Writes the sample, its context nodes and (optionally) its Original twins as a new tenant, in the
 * same store or another: ids rewritten so none collides with the source tenant's, shared nodes
 * (regions, tags, role definitions) merged. One recorded operation of the new tenant: validated
 * by reading it back (every owned node present, relationships by type, typed degrees), rolled back (the new tenant deleted) on any failure, and removable
 * later with scale-cleanup --operation-id.
 */
export declare function writeSampleAsNewTenant(source: GraphStore, sourceTenantId: string, resourceIds: readonly string[], output: NewTenantOutput, context: {
    batchSize: number;
    concurrency: number;
    metrics: OperationMetrics;
    signal?: AbortSignal;
    params: Record<string, unknown>;
    onProgress?: (phase: string, done: number, total: number) => void;
}): Promise<NewTenantResult>;
/** The slice as the new tenant's: owned nodes under new ids, every reference to them rewritten, shared nodes as they are. */
export declare function rewriteSlice(slice: GraphSlice, newTenantId: string, sampled: ReadonlySet<string>): {
    copy: GraphSlice;
    newResourceIds: string[];
};
/** The copy's shared nodes the target does not hold yet: the new tenant creates them, so its undo may remove them again. */
export declare function sharedNodesMissingFrom(target: GraphStore, copy: GraphSlice): Promise<CreatedSharedNodes>;
