import type { OperationRecord } from '../domain/operation-record.js';
import { decideTenantScope } from '../domain/tenant-scope.js';
import type { GraphStore, TenantStats } from '../store/graph-store.js';

export interface TenantStatsReport extends TenantStats {
  readonly store: string;
  readonly totals: { readonly abstracted: number; readonly original: number; readonly relationships: number };
  readonly operations: readonly OperationRecord[];
}

/** scale-stats: the tenant's resources by layer and type, relationships by type, synthetic share, operations. */
export async function tenantStatsReport(store: GraphStore, tenantId: string | undefined, subscriptionIds?: readonly string[]): Promise<TenantStatsReport> {
  const scope = decideTenantScope(tenantId, await store.tenantCensus(tenantId), subscriptionIds);
  const stats = await store.tenantStats(scope);
  const sum = (xs: readonly { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
  return {
    store: store.target,
    ...stats,
    totals: {
      abstracted: sum(stats.resourcesByLayer.abstracted),
      original: sum(stats.resourcesByLayer.original),
      relationships: sum(stats.relationshipsByType),
    },
    operations: await store.listOperations(scope.tenantId),
  };
}
