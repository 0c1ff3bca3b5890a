import { RESOURCE_KINDS as K } from '../../domain/atg-schema.js';
import { UsageError } from '../../domain/errors.js';
export const BUILTIN_SCENARIOS = ['hub-spoke', 'multi-region', 'dev-test-prod'];
export const BUILTIN_SCENARIO_DEFAULTS = { spokeCount: 3, resourcesPerSpoke: 10, regions: ['eastus', 'westus'], resourcesPerEnv: 12 };
/** Fixed resources of one spoke: VNet, two subnets, NSG. The rest are NIC+VM pairs (and one private endpoint when odd). */
const SPOKE_FIXED = 4;
const MIN_PER_SPOKE = SPOKE_FIXED + 2;
/** Fixed resources of one application stamp; the rest are web apps and SQL databases. */
const APP_FIXED = 8;
const MIN_PER_ENV = APP_FIXED + 2;
export function builtinScenario(name, params) {
    switch (name) {
        case 'hub-spoke':
            return hubSpoke(params);
        case 'multi-region':
            return multiRegion(params);
        case 'dev-test-prod':
            return devTestProd(params);
    }
}
/**
 * The mspnp hub-spoke reference (fixtures/mspnp-azure-hub-spoke/azuredeploy.json): a hub VNet with
 * GatewaySubnet, AzureFirewallSubnet and AzureBastionSubnet; firewall with its policy and three
 * public IPs, bastion, VPN gateway, DDoS plan, a route table to the firewall, one Log Analytics
 * workspace every diagnostic setting logs to; spokes with resource and private-link subnets, an
 * NSG, NICs and VMs, peered with the hub both ways (ATG records peerings as CONNECTED_TO).
 */
function hubSpoke(p) {
    if (p.resourcesPerSpoke < MIN_PER_SPOKE) {
        throw new UsageError(`{{option:resourcesPerSpoke}} ${p.resourcesPerSpoke} is too small for a spoke`, `use at least ${MIN_PER_SPOKE}: a VNet, two subnets, an NSG, a NIC and a VM`);
    }
    const pairs = Math.floor((p.resourcesPerSpoke - SPOKE_FIXED) / 2);
    const privateEndpoints = p.resourcesPerSpoke - SPOKE_FIXED - 2 * pairs;
    const region = p.regions[0];
    return {
        name: 'hub-spoke',
        description: `hub and ${p.spokeCount} spokes of ${p.resourcesPerSpoke} resources in ${region}`,
        region,
        groups: [
            {
                name: 'hub',
                resources: [
                    { role: 'vnet', type: K.vnet.type, name: `vnet-${region}-hub` },
                    { role: 'gateway-subnet', type: K.subnet.type, name: 'GatewaySubnet', properties: { addressPrefix: '10.0.2.0/27' } },
                    { role: 'firewall-subnet', type: K.subnet.type, name: 'AzureFirewallSubnet', properties: { addressPrefix: '10.0.3.0/26' } },
                    { role: 'bastion-subnet', type: K.subnet.type, name: 'AzureBastionSubnet', properties: { addressPrefix: '10.0.1.0/26' } },
                    { role: 'bastion-nsg', type: K.nsg.type, name: `nsg-${region}-bastion` },
                    { role: 'ddos-plan', type: K.ddosPlan.type, name: `vnet-${region}-ddos` },
                    { role: 'workspace', type: K.workspace.type, name: `la-hub-${region}` },
                    { role: 'firewall-policy', type: K.firewallPolicy.type, name: `fw-policies-${region}` },
                    { role: 'firewall', type: K.firewall.type, name: `fw-${region}` },
                    { role: 'firewall-ip', type: K.publicIp.type, name: `pip-fw-${region}`, count: 3 },
                    { role: 'bastion', type: K.bastion.type, name: `ab-${region}` },
                    { role: 'bastion-ip', type: K.publicIp.type, name: `pip-ab-${region}` },
                    { role: 'vpn-gateway', type: K.vpnGateway.type, name: `vgw-${region}-hub` },
                    { role: 'vpn-gateway-ip', type: K.publicIp.type, name: `pip-vgw-${region}` },
                    { role: 'route-table', type: K.routeTable.type, name: `route-to-${region}-hub-fw` },
                ],
            },
            {
                name: 'spoke',
                count: p.spokeCount,
                resources: [
                    { role: 'vnet', type: K.vnet.type },
                    { role: 'resource-subnet', type: K.subnet.type, name: 'snet-resources' },
                    { role: 'endpoint-subnet', type: K.subnet.type, name: 'snet-privatelinkendpoints' },
                    { role: 'nsg', type: K.nsg.type },
                    { role: 'nic', type: K.nic.type, count: pairs },
                    { role: 'vm', type: K.vm.type, count: pairs },
                    ...(privateEndpoints ? [{ role: 'private-endpoint', type: K.privateEndpoint.type, count: privateEndpoints }] : []),
                ],
            },
        ],
        links: [
            { from: 'hub.vnet', type: 'CONTAINS', to: 'hub.gateway-subnet' },
            { from: 'hub.vnet', type: 'CONTAINS', to: 'hub.firewall-subnet' },
            { from: 'hub.vnet', type: 'CONTAINS', to: 'hub.bastion-subnet' },
            { from: 'hub.bastion-subnet', type: 'SECURED_BY', to: 'hub.bastion-nsg' },
            { from: 'hub.vnet', type: 'DEPENDS_ON', to: 'hub.ddos-plan' },
            { from: 'hub.firewall', type: 'CONNECTED_TO', to: 'hub.firewall-subnet' },
            { from: 'hub.firewall', type: 'DEPENDS_ON', to: 'hub.firewall-policy' },
            { from: 'hub.firewall', type: 'USES', to: 'hub.firewall-ip', pattern: 'all' },
            { from: 'hub.bastion', type: 'CONNECTED_TO', to: 'hub.bastion-subnet' },
            { from: 'hub.bastion', type: 'USES', to: 'hub.bastion-ip' },
            { from: 'hub.vpn-gateway', type: 'CONNECTED_TO', to: 'hub.gateway-subnet' },
            { from: 'hub.vpn-gateway', type: 'USES', to: 'hub.vpn-gateway-ip' },
            { from: 'hub.route-table', type: 'DEPENDS_ON', to: 'hub.firewall' },
            ...['vnet', 'bastion-nsg', 'firewall', 'firewall-ip', 'bastion', 'bastion-ip', 'vpn-gateway', 'vpn-gateway-ip', 'firewall-policy'].map((role) => ({
                from: `hub.${role}`,
                type: 'LOGS_TO',
                to: 'hub.workspace',
            })),
            { from: 'spoke.vnet', type: 'CONTAINS', to: 'spoke.resource-subnet' },
            { from: 'spoke.vnet', type: 'CONTAINS', to: 'spoke.endpoint-subnet' },
            { from: 'spoke.vnet', type: 'DEPENDS_ON', to: 'hub.ddos-plan' },
            { from: 'spoke.resource-subnet', type: 'SECURED_BY', to: 'spoke.nsg' },
            { from: 'spoke.endpoint-subnet', type: 'SECURED_BY', to: 'spoke.nsg' },
            { from: 'spoke.resource-subnet', type: 'DEPENDS_ON', to: 'hub.route-table' },
            { from: 'spoke.nic', type: 'CONNECTED_TO', to: 'spoke.resource-subnet' },
            { from: 'spoke.vm', type: 'USES', to: 'spoke.nic' },
            ...(privateEndpoints ? [{ from: 'spoke.private-endpoint', type: 'CONNECTED_TO', to: 'spoke.endpoint-subnet' }] : []),
            // Peering, both ways: the hub to every spoke, every spoke to the hub.
            { from: 'hub.vnet', type: 'CONNECTED_TO', to: 'spoke.vnet', pattern: 'all' },
            { from: 'spoke.vnet', type: 'CONNECTED_TO', to: 'hub.vnet' },
            ...['vnet', 'nsg', 'nic'].map((role) => ({ from: `spoke.${role}`, type: 'LOGS_TO', to: 'hub.workspace' })),
        ],
    };
}
function appStamp(group, extra, webApps, databases, more = []) {
    return {
        name: group,
        ...extra,
        resources: [
            { role: 'vnet', type: K.vnet.type },
            { role: 'app-subnet', type: K.subnet.type, name: 'snet-app' },
            { role: 'data-subnet', type: K.subnet.type, name: 'snet-data' },
            { role: 'nsg', type: K.nsg.type },
            { role: 'plan', type: K.appPlan.type },
            { role: 'web', type: K.webApp.type, count: webApps },
            { role: 'sql-server', type: K.sqlServer.type },
            { role: 'database', type: K.sqlDatabase.type, count: databases },
            { role: 'key-vault', type: K.keyVault.type },
            { role: 'workspace', type: K.workspace.type },
            ...more,
        ],
    };
}
function appLinks(group) {
    const g = (role) => `${group}.${role}`;
    return [
        { from: g('vnet'), type: 'CONTAINS', to: g('app-subnet') },
        { from: g('vnet'), type: 'CONTAINS', to: g('data-subnet') },
        { from: g('app-subnet'), type: 'SECURED_BY', to: g('nsg') },
        { from: g('data-subnet'), type: 'SECURED_BY', to: g('nsg') },
        { from: g('web'), type: 'DEPENDS_ON', to: g('plan') },
        { from: g('web'), type: 'CONNECTED_TO', to: g('app-subnet') },
        { from: g('web'), type: 'DEPENDS_ON', to: g('key-vault') },
        { from: g('web'), type: 'DEPENDS_ON', to: g('database') },
        { from: g('database'), type: 'DEPENDS_ON', to: g('sql-server') },
        { from: g('sql-server'), type: 'CONNECTED_TO', to: g('data-subnet') },
        ...['vnet', 'web', 'sql-server', 'database', 'key-vault'].map((role) => ({ from: g(role), type: 'LOGS_TO', to: g('workspace') })),
    ];
}
/**
 * One stamp per named region plus the global pieces that tie them together: a Front Door whose
 * origins are every region's web apps, and a geo-replicated Cosmos DB account they all use.
 */
function multiRegion(p) {
    return {
        name: 'multi-region',
        description: `one application stamp in each of ${p.regions.join(', ')}, joined by Front Door and geo-replicated Cosmos DB`,
        region: p.regions[0],
        groups: [
            appStamp('region', { regions: [...p.regions] }, 2, 2, [{ role: 'storage', type: K.storage.type }]),
            {
                name: 'global',
                resources: [
                    { role: 'front-door', type: K.frontDoor.type },
                    {
                        role: 'cosmos',
                        type: K.cosmos.type,
                        properties: { locations: p.regions.map((r, i) => ({ locationName: r, failoverPriority: i })), enableMultipleWriteLocations: true },
                    },
                ],
            },
        ],
        links: [
            ...appLinks('region'),
            { from: 'region.storage', type: 'CONNECTED_TO', to: 'region.data-subnet' },
            { from: 'region.storage', type: 'LOGS_TO', to: 'region.workspace' },
            { from: 'global.front-door', type: 'DEPENDS_ON', to: 'region.web', pattern: 'all' },
            { from: 'region.web', type: 'DEPENDS_ON', to: 'global.cosmos' },
        ],
    };
}
/** The same application three times, tagged by environment, prod twice the size of dev and test. */
function devTestProd(p) {
    if (p.resourcesPerEnv < MIN_PER_ENV) {
        throw new UsageError(`{{option:resourcesPerEnv}} ${p.resourcesPerEnv} is too small for an application stamp`, `use at least ${MIN_PER_ENV}: network, app tier, data tier, key vault and workspace`);
    }
    const envs = [
        ['dev', p.resourcesPerEnv],
        ['test', p.resourcesPerEnv],
        ['prod', 2 * p.resourcesPerEnv],
    ];
    return {
        name: 'dev-test-prod',
        description: `one application in dev and test (${p.resourcesPerEnv} resources each) and prod (${2 * p.resourcesPerEnv})`,
        region: p.regions[0],
        groups: envs.map(([env, size]) => appStamp(env, { environment: env }, Math.ceil((size - APP_FIXED) / 2), Math.floor((size - APP_FIXED) / 2))),
        links: envs.flatMap(([env]) => appLinks(env)),
    };
}
//# sourceMappingURL=builtin-scenarios.js.map