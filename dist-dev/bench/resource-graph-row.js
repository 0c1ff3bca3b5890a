import { BENCH_TENANT } from './workloads.js';
/** An Original-layer node as `az graph query -q Resources -o json` prints the resource (what I0 and the memory bench import). */
export function resourceGraphRow(p) {
    return {
        id: p.id,
        name: p.name,
        type: p.type,
        location: p.location,
        resourceGroup: p.resource_group,
        subscriptionId: p.subscription_id,
        tenantId: BENCH_TENANT,
        properties: JSON.parse(String(p.properties ?? '{}')),
        tags: JSON.parse(String(p.tags ?? '{}')),
        sku: null,
        kind: null,
        identity: null,
    };
}
//# sourceMappingURL=resource-graph-row.js.map