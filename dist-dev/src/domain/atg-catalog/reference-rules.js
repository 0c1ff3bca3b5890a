import { REL } from '../atg-schema.js';
const r = (type, path, relationship, reverse = false) => ({
    type: type.toLowerCase(),
    path,
    relationship,
    ...(reverse ? { reverse } : {}),
});
const NIC = 'Microsoft.Network/networkInterfaces';
const VM = 'Microsoft.Compute/virtualMachines';
const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';
const IP_CONFIGURED = [
    'Microsoft.Network/azureFirewalls',
    'Microsoft.Network/virtualNetworkGateways',
    'Microsoft.Network/bastionHosts',
    'Microsoft.Network/applicationGateways',
];
export const REFERENCE_RULES = [
    // Networks. (A VNet's properties.subnets[] become child resources: CONTAINS comes from the parent rule.)
    r('Microsoft.Network/virtualNetworks', 'properties.virtualNetworkPeerings[].properties.remoteVirtualNetwork.id', REL.CONNECTED_TO),
    r('Microsoft.Network/virtualNetworks/virtualNetworkPeerings', 'properties.remoteVirtualNetwork.id', REL.CONNECTED_TO),
    r('Microsoft.Network/virtualNetworks', 'properties.ddosProtectionPlan.id', REL.DEPENDS_ON),
    r(SUBNET, 'properties.networkSecurityGroup.id', REL.SECURED_BY),
    r(SUBNET, 'properties.routeTable.id', REL.DEPENDS_ON),
    r(NIC, 'properties.ipConfigurations[].properties.subnet.id', REL.CONNECTED_TO),
    r(NIC, 'properties.ipConfigurations[].properties.publicIPAddress.id', REL.USES),
    r(NIC, 'properties.ipConfigurations[].properties.loadBalancerBackendAddressPools[].id', REL.DEPENDS_ON),
    r(NIC, 'properties.networkSecurityGroup.id', REL.SECURED_BY),
    ...IP_CONFIGURED.flatMap((type) => [
        r(type, 'properties.ipConfigurations[].properties.subnet.id', REL.CONNECTED_TO),
        r(type, 'properties.ipConfigurations[].properties.publicIPAddress.id', REL.USES),
    ]),
    r('Microsoft.Network/azureFirewalls', 'properties.firewallPolicy.id', REL.DEPENDS_ON),
    r('Microsoft.Network/firewallPolicies', 'properties.basePolicy.id', REL.DEPENDS_ON),
    r('Microsoft.Network/loadBalancers', 'properties.frontendIPConfigurations[].properties.publicIPAddress.id', REL.USES),
    r('Microsoft.Network/loadBalancers', 'properties.frontendIPConfigurations[].properties.subnet.id', REL.CONNECTED_TO),
    r('Microsoft.Network/privateEndpoints', 'properties.subnet.id', REL.CONNECTED_TO),
    r('Microsoft.Network/privateEndpoints', 'properties.privateLinkServiceConnections[].properties.privateLinkServiceId', REL.CONNECTED_TO_PE, true),
    r('*', 'properties.privateEndpointConnections[].properties.privateEndpoint.id', REL.CONNECTED_TO_PE),
    // Compute.
    r(VM, 'properties.networkProfile.networkInterfaces[].id', REL.USES),
    r(VM, 'properties.storageProfile.osDisk.managedDisk.id', REL.DEPENDS_ON),
    r(VM, 'properties.storageProfile.dataDisks[].managedDisk.id', REL.DEPENDS_ON),
    r(VM, 'properties.availabilitySet.id', REL.DEPENDS_ON),
    r('Microsoft.ContainerService/managedClusters', 'properties.agentPoolProfiles[].vnetSubnetID', REL.CONNECTED_TO),
    r('Microsoft.ContainerService/managedClusters/agentPools', 'properties.vnetSubnetID', REL.CONNECTED_TO),
    r('Microsoft.ContainerService/managedClusters', 'properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID', REL.LOGS_TO),
    r('Microsoft.Web/sites', 'properties.serverFarmId', REL.DEPENDS_ON),
    r('Microsoft.Web/sites/slots', 'properties.serverFarmId', REL.DEPENDS_ON),
    // Every type.
    r('*', 'properties.workspaceId', REL.LOGS_TO),
    r('*', 'properties.diagnosticSettings[].properties.workspaceId', REL.LOGS_TO),
    r('*', 'dependsOn[]', REL.DEPENDS_ON),
];
/**
 * Every reference the rules find in a resource. The path walk is written here rather than taken from
 * a JSONPath library: the rules need three operators and case-insensitive keys, which JSONPath
 * libraries do not offer.
 */
export function referencesOf(resource) {
    const type = resource.type.toLowerCase();
    const root = { properties: resource.properties, identity: resource.identity, dependsOn: resource.dependsOn };
    const found = [];
    for (const rule of REFERENCE_RULES) {
        if (rule.type !== '*' && rule.type !== type)
            continue;
        for (const value of walk(root, rule.path.split('.'))) {
            if (typeof value === 'string' && value.startsWith('/'))
                found.push({ relationship: rule.relationship, target: value, reverse: Boolean(rule.reverse), path: rule.path });
        }
    }
    return found;
}
function* walk(value, steps) {
    if (steps.length === 0) {
        yield value;
        return;
    }
    const [step, ...rest] = steps;
    const keys = step.endsWith('{}');
    const array = step.endsWith('[]');
    const name = keys || array ? step.slice(0, -2) : step;
    const next = field(value, name);
    if (keys) {
        if (next && typeof next === 'object' && !Array.isArray(next))
            for (const k of Object.keys(next))
                yield* walk(k, rest);
    }
    else if (array) {
        if (Array.isArray(next))
            for (const item of next)
                yield* walk(item, rest);
    }
    else if (next !== undefined && next !== null) {
        yield* walk(next, rest);
    }
}
/** A field of an object, its key matched case-insensitively (exports spell `principalId` and `PrincipalId`). */
export function field(value, name) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const record = value;
    if (name in record)
        return record[name];
    const lower = name.toLowerCase();
    const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : record[key];
}
//# sourceMappingURL=reference-rules.js.map