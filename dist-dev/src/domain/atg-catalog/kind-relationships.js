import { REL, RESOURCE_KINDS } from '../atg-schema.js';
const rule = (from, type, to, weight, skew = 1) => ({ from, type, to, weight, skew });
export const RELATIONSHIP_RULES = [
    rule('vnet', REL.CONTAINS, 'subnet', 3),
    rule('vnet', REL.CONNECTED_TO, 'vnet', 0.5, 2),
    rule('vnet', REL.DEPENDS_ON, 'ddosPlan', 0.3, 2),
    rule('vnet', REL.LOGS_TO, 'workspace', 0.3, 2),
    rule('subnet', REL.SECURED_BY, 'nsg', 1, 2),
    rule('subnet', REL.DEPENDS_ON, 'routeTable', 0.5, 2),
    rule('nsg', REL.LOGS_TO, 'workspace', 0.5, 2),
    rule('nic', REL.CONNECTED_TO, 'subnet', 2, 1.5),
    rule('nic', REL.SECURED_BY, 'nsg', 0.4, 2),
    rule('nic', REL.USES, 'publicIp', 0.3),
    rule('nic', REL.DEPENDS_ON, 'loadBalancer', 0.3, 1.5),
    rule('vm', REL.USES, 'nic', 2),
    rule('vm', REL.DEPENDS_ON, 'disk', 2),
    rule('vm', REL.LOGS_TO, 'workspace', 0.6, 2),
    rule('loadBalancer', REL.USES, 'publicIp', 0.5),
    rule('loadBalancer', REL.CONNECTED_TO, 'subnet', 0.5, 1.5),
    rule('privateEndpoint', REL.CONNECTED_TO, 'subnet', 1, 1.5),
    rule('storage', REL.CONNECTED_TO_PE, 'privateEndpoint', 0.5),
    rule('storage', REL.LOGS_TO, 'workspace', 0.4, 2),
    rule('keyVault', REL.CONNECTED_TO_PE, 'privateEndpoint', 0.3),
    rule('keyVault', REL.LOGS_TO, 'workspace', 0.8, 2),
    rule('sqlServer', REL.CONNECTED_TO_PE, 'privateEndpoint', 0.5),
    rule('sqlServer', REL.LOGS_TO, 'workspace', 0.3, 2),
    rule('sqlDatabase', REL.DEPENDS_ON, 'sqlServer', 2, 1.5),
    rule('sqlDatabase', REL.LOGS_TO, 'workspace', 0.3, 2),
    rule('cosmos', REL.CONNECTED_TO_PE, 'privateEndpoint', 0.5),
    rule('cosmos', REL.LOGS_TO, 'workspace', 0.5, 2),
    rule('webApp', REL.DEPENDS_ON, 'appPlan', 2, 2),
    rule('webApp', REL.DEPENDS_ON, 'keyVault', 0.8, 2),
    rule('webApp', REL.DEPENDS_ON, 'sqlDatabase', 0.4),
    rule('webApp', REL.DEPENDS_ON, 'storage', 0.3),
    rule('webApp', REL.LOGS_TO, 'workspace', 0.7, 2),
    rule('aks', REL.CONNECTED_TO, 'subnet', 1, 1.5),
    rule('aks', REL.LOGS_TO, 'workspace', 1, 2),
    rule('aks', REL.DEPENDS_ON, 'keyVault', 0.5, 2),
    rule('firewall', REL.CONNECTED_TO, 'subnet', 1),
    rule('firewall', REL.DEPENDS_ON, 'firewallPolicy', 1, 2),
    rule('firewall', REL.USES, 'publicIp', 1),
    rule('bastion', REL.CONNECTED_TO, 'subnet', 1),
    rule('bastion', REL.USES, 'publicIp', 1),
    rule('vpnGateway', REL.CONNECTED_TO, 'subnet', 1),
    rule('vpnGateway', REL.USES, 'publicIp', 1),
    rule('routeTable', REL.DEPENDS_ON, 'firewall', 1, 2),
    rule('frontDoor', REL.DEPENDS_ON, 'webApp', 1),
];
/** Rules by source kind, in registry order. */
export function rulesFrom(kind) {
    return RELATIONSHIP_RULES.filter((r) => r.from === kind);
}
/** The key of a (source type, relationship type, target) group, as profiles and validation compare them. */
export function pairKey(from, type, to) {
    return `${from}|${type}|${to}`;
}
/** Keys of every allowed pair, for validation. */
export const ALLOWED_RESOURCE_PAIRS = new Set(RELATIONSHIP_RULES.map((r) => pairKey(RESOURCE_KINDS[r.from].type, r.type, RESOURCE_KINDS[r.to].type)));
//# sourceMappingURL=kind-relationships.js.map