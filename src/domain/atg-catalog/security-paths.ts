import { REL, RESOURCE_KINDS, type ResourceKindKey } from '../atg-schema.js';

/**
 * The kinds of path a security review looks for in a tenant graph, as typed path templates over
 * the relationships ATG writes between resources (reference-rules.ts). A sample that keeps one
 * instance of each kind the tenant has still exercises a tool that hunts for it
 * (`scale-down --preserve-paths security`). Types are ARM types, matched case-insensitively.
 *
 * Managed identities are resources of the graph (ATG labels them Resource too); role assignments
 * and diagnostic-setting nodes are not — ATG writes them as shared nodes outside the resource graph
 * a sampler reads — so an identity's reach is read through what its workload depends on, and a
 * missing diagnostic setting as logs that reach no workspace (LOGS_TO, which a resource's diagnostic
 * settings become).
 */
export interface PathStep {
  readonly relationship: string;
  /** 'out': from the previous node to the next; 'in': the next node points at the previous one. */
  readonly direction: 'out' | 'in';
  /** The next node's ARM types (any of them). */
  readonly types: readonly string[];
}

export interface SecurityPath {
  readonly name: string;
  /** One line: why a reviewer looks for it. */
  readonly reason: string;
  /** The first node's ARM types. */
  readonly start: readonly string[];
  readonly steps: readonly PathStep[];
  /**
   * A control the first node lacks in the tenant: no relationship of this type in this direction
   * (a subnet no NSG secures). Judged on the whole tenant, never on a sample — a sampled subnet
   * whose NSG was left out is still secured.
   */
  readonly lacking?: { readonly relationship: string; readonly direction: 'out' | 'in' };
}

const types = (...kinds: ResourceKindKey[]) => kinds.map((k) => RESOURCE_KINDS[k].type);
const out = (relationship: string, ...kinds: ResourceKindKey[]): PathStep => ({ relationship, direction: 'out', types: types(...kinds) });
const into = (relationship: string, ...kinds: ResourceKindKey[]): PathStep => ({ relationship, direction: 'in', types: types(...kinds) });

const DATA = ['storage', 'sqlServer', 'keyVault', 'cosmos'] as const;
const MANAGED_IDENTITIES = ['Microsoft.ManagedIdentity/userAssignedIdentities', 'Microsoft.ManagedIdentity/managedIdentities'];

export const SECURITY_PATHS: readonly SecurityPath[] = [
  {
    name: 'internet-to-data',
    reason: 'a public IP reaches a subnet whose private endpoint serves storage, SQL, Key Vault or Cosmos DB',
    start: types('publicIp'),
    steps: [
      into(REL.USES, 'nic', 'loadBalancer', 'firewall', 'bastion', 'vpnGateway'),
      out(REL.CONNECTED_TO, 'subnet'),
      into(REL.CONNECTED_TO, 'privateEndpoint'),
      into(REL.CONNECTED_TO_PE, ...DATA),
    ],
  },
  {
    name: 'public-vm',
    reason: 'a virtual machine with a public IP on its network interface',
    start: types('vm'),
    steps: [out(REL.USES, 'nic'), out(REL.USES, 'publicIp')],
  },
  {
    name: 'web-front-to-data',
    reason: 'an internet-facing front door reaches a web app that depends on a Key Vault, a SQL database or a storage account',
    start: types('frontDoor'),
    steps: [out(REL.DEPENDS_ON, 'webApp'), out(REL.DEPENDS_ON, 'keyVault', 'sqlDatabase', 'storage')],
  },
  {
    name: 'workload-to-secrets',
    reason: 'a web app or AKS cluster depends on a Key Vault: what it runs can read those secrets',
    start: types('webApp', 'aks'),
    steps: [out(REL.DEPENDS_ON, 'keyVault')],
  },
  {
    name: 'identity-to-secrets',
    reason: "a managed identity used by a web app, AKS cluster or VM that depends on a Key Vault: the identity's access reaches those secrets",
    start: MANAGED_IDENTITIES,
    steps: [into(REL.USES_IDENTITY, 'webApp', 'aks', 'vm'), out(REL.DEPENDS_ON, 'keyVault')],
  },
  {
    name: 'lateral-peering',
    reason: 'a subnet reaches a subnet of another network through a VNet peering',
    start: types('subnet'),
    steps: [into(REL.CONTAINS, 'vnet'), out(REL.CONNECTED_TO, 'vnet'), out(REL.CONTAINS, 'subnet')],
  },
  {
    name: 'lateral-shared-nsg',
    reason: 'two subnets secured by one NSG: a rule opened for one opens the other',
    start: types('subnet'),
    steps: [out(REL.SECURED_BY, 'nsg'), into(REL.SECURED_BY, 'subnet')],
  },
  {
    name: 'subnet-without-nsg',
    reason: 'a subnet no network security group secures',
    start: types('subnet'),
    steps: [],
    lacking: { relationship: REL.SECURED_BY, direction: 'out' },
  },
  {
    name: 'data-without-logs',
    reason: 'a Key Vault, SQL server or storage account whose diagnostic logs reach no Log Analytics workspace',
    start: types('keyVault', 'sqlServer', 'storage'),
    steps: [],
    lacking: { relationship: REL.LOGS_TO, direction: 'out' },
  },
  {
    name: 'public-nic-without-nsg',
    reason: 'a network interface with a public IP and no NSG of its own',
    start: types('nic'),
    steps: [out(REL.USES, 'publicIp')],
    lacking: { relationship: REL.SECURED_BY, direction: 'out' },
  },
];
