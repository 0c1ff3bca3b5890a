import type { OperationRecord } from '../domain/operation-record.js';
import { decideTenantScope, type TenantScope } from '../domain/tenant-scope.js';
import type { CountByKey, GraphStore, GraphSummaries, OperationRecords, TenantStats } from '../store/graph-store.js';

/** The counts the stats are made of: the store answers them by index (resources) or by reading each (relationships). */
export type StatsCounts = Pick<GraphSummaries, 'countResourcesByType' | 'countRelationshipsByType'>;

/** What the stats read: counts the store answers, the operation records, and the store's name. */
type StatsReads = Pick<GraphSummaries, 'tenantCensus'> & StatsCounts & Pick<OperationRecords, 'listOperations'> & Pick<GraphStore, 'target'>;

/**
 * The scope's resources by layer and type (most first, then by type), synthetic and scanned, and
 * its relationships by type — unless `relationships` is false (then `relationshipsByType` is empty):
 * the part every index answers, without the relationship count that reads every relationship.
 */
export async function readTenantStats(store: StatsCounts, scope: TenantScope, options: { readonly relationships?: boolean } = {}): Promise<TenantStats> {
  const rows = await store.countResourcesByType(scope);
  const abstracted = rows.filter((r) => r.layer === 'abstracted');
  const synthetic = abstracted.reduce((s, r) => s + r.synthetic, 0);
  const layer = (name: string) => summedByKey(rows.filter((r) => r.layer === name).map((r) => ({ key: r.type, count: r.count })));
  return {
    tenantId: scope.tenantId,
    includesNullTenant: scope.includeNullTenant,
    resourcesByLayer: { abstracted: layer('abstracted'), original: layer('original') },
    relationshipsByType: options.relationships === false ? [] : summedByKey(await store.countRelationshipsByType(scope)),
    syntheticResources: synthetic,
    scannedResources: abstracted.reduce((s, r) => s + r.count, 0) - synthetic,
  };
}

/** Counts summed by key, most first, ties by key (code-unit order, as both stores compare strings). */
export function summedByKey(rows: readonly CountByKey[]): CountByKey[] {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.key, (sums.get(r.key) ?? 0) + r.count);
  return [...sums].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

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
  const stats = await readTenantStats(store, scope);
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
  const { relationshipsByType: _, ...stats } = await readTenantStats(store, scope, { relationships: false });
  return { store: store.target, ...stats, totals: resourceTotals(stats), operations: await store.listOperations(scope.tenantId) };
}

const sum = (xs: readonly CountByKey[]) => xs.reduce((s, x) => s + x.count, 0);
const resourceTotals = (stats: Pick<TenantStats, 'resourcesByLayer'>) => ({
  abstracted: sum(stats.resourcesByLayer.abstracted),
  original: sum(stats.resourcesByLayer.original),
});
