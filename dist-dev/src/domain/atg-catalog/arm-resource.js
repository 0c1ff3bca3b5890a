const SUBSCRIPTION = /^\/subscriptions\/([^/]+)/i;
const GROUP = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)/i;
/** The subscription GUID and resource group an ARM id names (null where it names none). */
export function armIdParts(id) {
    return { subscriptionId: SUBSCRIPTION.exec(id)?.[1] ?? null, resourceGroup: GROUP.exec(id)?.[1] ?? null };
}
/**
 * The id of the resource an id points into: a sub-resource id (`…/loadBalancers/lb/backendAddressPools/p`,
 * `…/networkInterfaces/nic/ipConfigurations/c`) names a part of its parent; `undefined` at the provider root.
 */
export function parentArmId(id) {
    const parts = id.split('/');
    const providers = parts.findIndex((p) => p.toLowerCase() === 'providers');
    // …/providers/Namespace/type/name is a top-level resource: its parent is its group, not a resource.
    if (providers < 0 || parts.length - providers <= 4)
        return undefined;
    return parts.slice(0, -2).join('/');
}
/** An embedded child's type: the parent's type and the collection's name (`…/virtualNetworks` + `subnets`). */
export function childType(parentType, collection) {
    return `${parentType}/${collection}`;
}
/** The ARM type an id spells (`…/providers/Microsoft.Sql/servers/s/databases/d` → `Microsoft.Sql/servers/databases`), if it spells one. */
export function typeFromArmId(id) {
    const parts = id.split('/');
    const providers = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
    if (providers < 0 || parts.length - providers < 4)
        return undefined;
    const [namespace, ...rest] = parts.slice(providers + 1);
    const types = rest.filter((_, i) => i % 2 === 0);
    return [namespace, ...types].join('/');
}
//# sourceMappingURL=arm-resource.js.map