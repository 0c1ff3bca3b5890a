/**
 * The Azure Tenant Grapher (ATG) schema as ATG writes it: one declarative registry that the
 * generator, stores (indexes), stats and validation all read.
 */

export const LABEL = {
  Resource: 'Resource',
  Original: 'Original',
  Tenant: 'Tenant',
  Subscription: 'Subscription',
  ResourceGroup: 'ResourceGroup',
  Tag: 'Tag',
  Region: 'Region',
  User: 'User',
  ServicePrincipal: 'ServicePrincipal',
  ManagedIdentity: 'ManagedIdentity',
  IdentityGroup: 'IdentityGroup',
  RoleDefinition: 'RoleDefinition',
  RoleAssignment: 'RoleAssignment',
  PrivateEndpoint: 'PrivateEndpoint',
  DNSZone: 'DNSZone',
  DiagnosticSetting: 'DiagnosticSetting',
  LogAnalyticsWorkspace: 'LogAnalyticsWorkspace',
  KeyVaultSecret: 'KeyVaultSecret',
  ScaleOperation: 'ScaleOperation',
} as const;

/** Labels of nodes shared by many resources and never replicated, even when also labelled :Resource. */
export const SHARED_LABELS: readonly string[] = [
  LABEL.Tenant,
  LABEL.Subscription,
  LABEL.ResourceGroup,
  LABEL.Tag,
  LABEL.Region,
  LABEL.User,
  LABEL.ServicePrincipal,
  LABEL.ManagedIdentity,
  LABEL.IdentityGroup,
  LABEL.RoleDefinition,
  LABEL.RoleAssignment,
  LABEL.PrivateEndpoint,
  LABEL.DNSZone,
  LABEL.DiagnosticSetting,
  LABEL.LogAnalyticsWorkspace,
  LABEL.KeyVaultSecret,
];

export const REL = {
  SCAN_SOURCE_NODE: 'SCAN_SOURCE_NODE',
  CONTAINS: 'CONTAINS',
  USES: 'USES',
  CONNECTED_TO: 'CONNECTED_TO',
  SECURED_BY: 'SECURED_BY',
  CONNECTED_TO_PE: 'CONNECTED_TO_PE',
  DEPENDS_ON: 'DEPENDS_ON',
  LOGS_TO: 'LOGS_TO',
  USES_IDENTITY: 'USES_IDENTITY',
  TAGGED_WITH: 'TAGGED_WITH',
  LOCATED_IN: 'LOCATED_IN',
  CREATED_BY: 'CREATED_BY',
  SENDS_DIAG_TO: 'SENDS_DIAG_TO',
  STORES_SECRET: 'STORES_SECRET',
  HAS_ROLE: 'HAS_ROLE',
  ASSIGNED_TO: 'ASSIGNED_TO',
} as const;

/** Relationship types between two abstracted resources. */
export const RESOURCE_REL_TYPES: readonly string[] = [
  REL.CONTAINS,
  REL.USES,
  REL.CONNECTED_TO,
  REL.SECURED_BY,
  REL.CONNECTED_TO_PE,
  REL.DEPENDS_ON,
  REL.LOGS_TO,
];

/** The node property each label is looked up by (ATG keys Region by code; everything else by id). */
export function keyPropertyOf(label: string): string {
  return label === LABEL.Region ? 'code' : 'id';
}

export interface ResourceKind {
  /** ARM type, as ATG stores it in `type`. */
  readonly type: string;
  /** Id prefix of abstracted (`<prefix>-<16 hex>`) and synthetic ids. */
  readonly prefix: string;
}

/** ARM resource kinds the generator writes, with ATG's abstracted-id prefixes. */
export const RESOURCE_KINDS = {
  vnet: { type: 'Microsoft.Network/virtualNetworks', prefix: 'vnet' },
  subnet: { type: 'Microsoft.Network/virtualNetworks/subnets', prefix: 'subnet' },
  nsg: { type: 'Microsoft.Network/networkSecurityGroups', prefix: 'nsg' },
  routeTable: { type: 'Microsoft.Network/routeTables', prefix: 'rt' },
  nic: { type: 'Microsoft.Network/networkInterfaces', prefix: 'nic' },
  publicIp: { type: 'Microsoft.Network/publicIPAddresses', prefix: 'pip' },
  loadBalancer: { type: 'Microsoft.Network/loadBalancers', prefix: 'lb' },
  privateEndpoint: { type: 'Microsoft.Network/privateEndpoints', prefix: 'pe' },
  vm: { type: 'Microsoft.Compute/virtualMachines', prefix: 'vm' },
  disk: { type: 'Microsoft.Compute/disks', prefix: 'disk' },
  storage: { type: 'Microsoft.Storage/storageAccounts', prefix: 'st' },
  keyVault: { type: 'Microsoft.KeyVault/vaults', prefix: 'kv' },
  workspace: { type: 'Microsoft.OperationalInsights/workspaces', prefix: 'law' },
  appPlan: { type: 'Microsoft.Web/serverfarms', prefix: 'plan' },
  webApp: { type: 'Microsoft.Web/sites', prefix: 'app' },
  sqlServer: { type: 'Microsoft.Sql/servers', prefix: 'sql' },
  sqlDatabase: { type: 'Microsoft.Sql/servers/databases', prefix: 'sqldb' },
  cosmos: { type: 'Microsoft.DocumentDB/databaseAccounts', prefix: 'cosmos' },
  aks: { type: 'Microsoft.ContainerService/managedClusters', prefix: 'aks' },
  firewall: { type: 'Microsoft.Network/azureFirewalls', prefix: 'afw' },
  firewallPolicy: { type: 'Microsoft.Network/firewallPolicies', prefix: 'afwp' },
  bastion: { type: 'Microsoft.Network/bastionHosts', prefix: 'bas' },
  vpnGateway: { type: 'Microsoft.Network/virtualNetworkGateways', prefix: 'vgw' },
  ddosPlan: { type: 'Microsoft.Network/ddosProtectionPlans', prefix: 'ddos' },
  frontDoor: { type: 'Microsoft.Network/frontDoors', prefix: 'fd' },
} as const satisfies Record<string, ResourceKind>;

export type ResourceKindKey = keyof typeof RESOURCE_KINDS;

const KIND_BY_TYPE = new Map<string, ResourceKindKey>(Object.entries(RESOURCE_KINDS).map(([key, k]) => [k.type.toLowerCase(), key as ResourceKindKey]));

/** The registry key of an ARM type (case-insensitive), or undefined for a type the registry does not know. */
export function kindOfType(type: string): ResourceKindKey | undefined {
  return KIND_BY_TYPE.get(type.toLowerCase());
}

const PREFIX_BY_TYPE = new Map<string, string>(Object.values(RESOURCE_KINDS).map((k) => [k.type.toLowerCase(), k.prefix]));

/** ATG's id prefix for an ARM type; unknown types get their last segment, shortened. */
export function prefixForType(type: string): string {
  const known = PREFIX_BY_TYPE.get(type.toLowerCase());
  if (known) return known;
  const last = type.split('/').pop() ?? 'res';
  return (
    last
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 12) || 'res'
  );
}
