import type { OperationRecord } from '../domain/operation-record.js';
import type { GraphStore, TenantStats } from '../store/graph-store.js';
export interface TenantStatsReport extends TenantStats {
    readonly store: string;
    readonly totals: {
        readonly abstracted: number;
        readonly original: number;
        readonly relationships: number;
    };
    readonly operations: readonly OperationRecord[];
}
/** scale-stats: the tenant's resources by layer and type, relationships by type, synthetic share, operations. */
export declare function tenantStatsReport(store: GraphStore, tenantId: string | undefined, subscriptionIds?: readonly string[]): Promise<TenantStatsReport>;
