import { RESOURCE_KINDS } from '../domain/atg-schema.js';
import { UsageError } from '../domain/errors.js';

export const PATTERNS = ['security', 'network', 'compute', 'storage', 'resource-type'] as const;
export type PatternName = (typeof PATTERNS)[number];

const K = RESOURCE_KINDS;

/** The resource types each named pattern starts from (case-insensitive ARM types); resource-type takes them from the caller. */
export const PATTERN_TYPES: Readonly<Record<Exclude<PatternName, 'resource-type'>, readonly string[]>> = {
  security: [
    K.nsg.type,
    K.keyVault.type,
    K.firewall.type,
    K.firewallPolicy.type,
    K.bastion.type,
    K.ddosPlan.type,
    'Microsoft.ManagedIdentity/userAssignedIdentities',
    'Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies',
  ],
  network: [
    K.vnet.type,
    K.subnet.type,
    K.nic.type,
    K.publicIp.type,
    K.loadBalancer.type,
    K.privateEndpoint.type,
    K.routeTable.type,
    K.vpnGateway.type,
    K.frontDoor.type,
    K.nsg.type,
    'Microsoft.Network/applicationGateways',
    'Microsoft.Network/privateDnsZones',
  ],
  compute: [K.vm.type, K.disk.type, K.aks.type, K.appPlan.type, K.webApp.type, 'Microsoft.Compute/virtualMachineScaleSets', 'Microsoft.Web/sites/slots'],
  storage: [
    K.storage.type,
    K.sqlServer.type,
    K.sqlDatabase.type,
    K.cosmos.type,
    'Microsoft.DBforPostgreSQL/flexibleServers',
    'Microsoft.DBforMySQL/flexibleServers',
    'Microsoft.Cache/Redis',
  ],
};

/**
 * Tags as ATG stores them: a JSON object in a string, possibly cut at 5,000 characters (then it
 * does not parse, and the resource has no tags we can trust). Keys compare case-insensitively, as
 * Azure's do; values exactly.
 */
export function parseTags(tags: unknown): Map<string, string> {
  if (typeof tags !== 'string' || !tags) return new Map();
  try {
    const parsed = JSON.parse(tags) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), String(v)]));
  } catch {
    return new Map();
  }
}

/** Every k=v of the filter is among the resource's tags. */
export function tagsMatch(tags: unknown, filter: ReadonlyMap<string, string>): boolean {
  const have = parseTags(tags);
  for (const [k, v] of filter) if (have.get(k.toLowerCase()) !== v) return false;
  return true;
}

/** `k=v` pairs as a tag filter; a pair without `=` (or without a key) is refused with the form it needs. */
export function parseTagFilter(pairs: readonly string[] | undefined): Map<string, string> {
  const filter = new Map<string, string>();
  for (const pair of pairs ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`{{option:tags}} ${pair} is not key=value`, 'pass {{option:tags}} env=prod,team=web');
    filter.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return filter;
}
