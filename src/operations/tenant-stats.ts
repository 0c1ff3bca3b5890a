import type { OperationRecord } from '../domain/operation-record.js';
import { decideTenantScope } from '../domain/tenant-scope.js';
import type { CountByKey, GraphStore, GraphSummaries, OperationRecords, TenantStats } from '../store/graph-store.js';

/** What the stats read: counts the store answers, the operation records, and the store's name. */
type StatsReads = Pick<GraphSummaries, 'tenantCensus' | 'tenantStats'> & Pick<OperationRecords, 'listOperations'> & Pick<GraphStore, 'target'>;

export interface TenantStatsReport extends TenantStats {
  readonly store: string;
  readonly totals: { readonly abstracted: number; readonly original: number; readonly relationships: number };
  readonly operations: readonly OperationRecord[];
}

/** The stats without the relationship counts: what indexes answer at once, whatever the tenant's size. */
export type TenantResourceStats = Omit<TenantStatsReport, 'relationshipsByType' | 'totals'> & {
  readonly totals: { readonly abstracted: number; readonly original: number };
};

/** scale-stats: the tenant's resources by layer and type, relationships by type, synthetic share, operations. */
export async function tenantStatsReport(store: StatsReads, tenantId: string | undefined, subscriptionIds?: readonly string[]): Promise<TenantStatsReport> {
  const scope = decideTenantScope(tenantId, await store.tenantCensus(tenantId), subscriptionIds);
  const stats = await store.tenantStats(scope);
  return {
    store: store.target,
    ...stats,
    totals: { ...resourceTotals(stats), relationships: sum(stats.relationshipsByType) },
    operations: await store.listOperations(scope.tenantId),
  };
}

/**
 * The tenant's resources by layer and type, synthetic share and operations, without counting its
 * relationships (which reads each of them): a 10^6-resource tenant's first figures in a fraction of
 * a second, for a page that shows them while the full stats follow.
 */
export async function tenantResourceStats(store: StatsReads, tenantId: string | undefined, subscriptionIds?: readonly string[]): Promise<TenantResourceStats> {
  const scope = decideTenantScope(tenantId, await store.tenantCensus(tenantId), subscriptionIds);
  const { relationshipsByType: _, ...stats } = await store.tenantStats(scope, { relationships: false });
  return { store: store.target, ...stats, totals: resourceTotals(stats), operations: await store.listOperations(scope.tenantId) };
}

const sum = (xs: readonly CountByKey[]) => xs.reduce((s, x) => s + x.count, 0);
const resourceTotals = (stats: Pick<TenantStats, 'resourcesByLayer'>) => ({
  abstracted: sum(stats.resourcesByLayer.abstracted),
  original: sum(stats.resourcesByLayer.original),
});
