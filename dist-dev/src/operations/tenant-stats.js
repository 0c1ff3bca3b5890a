import { decideTenantScope } from '../domain/tenant-scope.js';
/** scale-stats: the tenant's resources by layer and type, relationships by type, synthetic share, operations. */
export async function tenantStatsReport(store, tenantId, subscriptionIds) {
    const scope = decideTenantScope(tenantId, await store.tenantCensus(tenantId), subscriptionIds);
    const stats = await store.tenantStats(scope);
    const sum = (xs) => xs.reduce((s, x) => s + x.count, 0);
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
//# sourceMappingURL=tenant-stats.js.map