import type { GraphStore } from '../store/graph-store.js';
import { type WriteTotals } from '../store/write-chunks.js';
export interface LoadTenantOptions {
    readonly resources: number;
    readonly seed: number;
    readonly tenantId: string;
    readonly batchSize: number;
    readonly concurrency: number;
    /** Fixed clock and operation id for reproducible runs; defaults to now and a new id. */
    readonly now?: Date;
    readonly operationId?: string;
}
export interface LoadTenantResult {
    readonly tenantId: string;
    /** The recorded operation (scale-cleanup --operation-id removes the tenant again). */
    readonly operationId: string;
    readonly seed: number;
    readonly store: string;
    readonly resources: number;
    readonly nodesCreated: number;
    readonly relationshipsCreated: number;
    readonly seconds: number;
    readonly resourcesPerSecond: number;
}
export interface ProgressHooks {
    readonly onProgress?: (totals: Readonly<WriteTotals>, target: number) => void;
    readonly signal?: AbortSignal;
}
export declare const MAX_GENERATED_RESOURCES = 10000000;
/**
 * generate-tenant: writes a new base tenant. The tenant must not exist yet; if writing fails or is
 * interrupted, everything carrying its tenant_id is deleted again, so no half-written tenant stays.
 */
/** The options generate-tenant can check without a store: checked before one is opened (or created). */
export declare function checkGenerateOptions(options: Pick<LoadTenantOptions, 'resources' | 'seed' | 'tenantId'>): void;
export declare function loadGeneratedTenant(store: GraphStore, options: LoadTenantOptions, hooks?: ProgressHooks): Promise<LoadTenantResult>;
