import type { Rng } from '../rng.js';
import { STORAGE_SKUS, VM_SIZES } from './shared-nodes.js';

/**
 * The ARM `properties` of each generated kind, shaped like real exports (PSRule's fixtures in
 * fixtures/psrule-azure-resources): ATG stores them as a JSON string. References are real ARM ids.
 */
export interface PropertyContext {
  readonly rng: Rng;
  readonly name: string;
  readonly location: string;
  readonly tenantGuid: string;
  readonly ref: Readonly<Record<string, string | string[] | undefined>>;
}

type Shape = (c: PropertyContext) => Record<string, unknown>;

const ok = { provisioningState: 'Succeeded' };

export const PROPERTY_SHAPES: Record<string, Shape> = {
  vnet: (c) => ({
    ...ok,
    addressSpace: { addressPrefixes: [String(c.ref.prefix ?? '10.0.0.0/16')] },
    enableDdosProtection: false,
    subnets: ((c.ref.subnets as string[] | undefined) ?? []).map((id) => ({ id })),
  }),
  subnet: (c) => ({
    ...ok,
    addressPrefix: String(c.ref.prefix ?? '10.0.0.0/24'),
    networkSecurityGroup: c.ref.nsg ? { id: c.ref.nsg } : undefined,
    privateEndpointNetworkPolicies: 'Disabled',
    privateLinkServiceNetworkPolicies: 'Enabled',
  }),
  nsg: () => ({
    ...ok,
    securityRules: [
      {
        name: 'allow-https-inbound',
        properties: {
          protocol: 'Tcp',
          sourcePortRange: '*',
          destinationPortRange: '443',
          sourceAddressPrefix: '*',
          destinationAddressPrefix: '*',
          access: 'Allow',
          priority: 100,
          direction: 'Inbound',
        },
      },
      {
        name: 'deny-all-inbound',
        properties: {
          protocol: '*',
          sourcePortRange: '*',
          destinationPortRange: '*',
          sourceAddressPrefix: '*',
          destinationAddressPrefix: '*',
          access: 'Deny',
          priority: 4096,
          direction: 'Inbound',
        },
      },
    ],
  }),
  routeTable: () => ({
    ...ok,
    disableBgpRoutePropagation: true,
    routes: [{ name: 'default-to-firewall', properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.1.4' } }],
  }),
  nic: (c) => ({
    ...ok,
    enableAcceleratedNetworking: c.rng.chance(0.6),
    ipConfigurations: [
      {
        name: 'ipconfig1',
        properties: {
          privateIPAllocationMethod: 'Dynamic',
          privateIPAddress: `10.${c.rng.int(0, 255)}.${c.rng.int(0, 255)}.${c.rng.int(4, 254)}`,
          subnet: { id: c.ref.subnet },
          publicIPAddress: c.ref.publicIp ? { id: c.ref.publicIp } : undefined,
        },
      },
    ],
    networkSecurityGroup: c.ref.nsg ? { id: c.ref.nsg } : undefined,
  }),
  publicIp: (c) => ({
    ...ok,
    publicIPAllocationMethod: 'Static',
    publicIPAddressVersion: 'IPv4',
    ipAddress: `20.${c.rng.int(0, 255)}.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}`,
    idleTimeoutInMinutes: 4,
  }),
  loadBalancer: (c) => ({
    ...ok,
    frontendIPConfigurations: [{ name: 'frontend', properties: { subnet: { id: c.ref.subnet } } }],
    backendAddressPools: [{ name: 'backend' }],
  }),
  privateEndpoint: (c) => ({
    ...ok,
    subnet: { id: c.ref.subnet },
    privateLinkServiceConnections: [{ name: c.name, properties: { privateLinkServiceId: c.ref.target, groupIds: [String(c.ref.group ?? 'blob')] } }],
  }),
  vm: (c) => ({
    ...ok,
    hardwareProfile: { vmSize: c.rng.pick(VM_SIZES) },
    storageProfile: {
      imageReference: c.rng.chance(0.7)
        ? { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: 'latest' }
        : { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: 'latest' },
      osDisk: { name: `${c.name}-osdisk`, createOption: 'FromImage', managedDisk: { id: c.ref.osDisk, storageAccountType: 'Premium_LRS' } },
      dataDisks: ((c.ref.dataDisks as string[] | undefined) ?? []).map((id, lun) => ({ lun, createOption: 'Attach', managedDisk: { id } })),
    },
    osProfile: { computerName: c.name.slice(0, 15), adminUsername: 'azureadmin' },
    networkProfile: { networkInterfaces: [{ id: c.ref.nic }] },
    diagnosticsProfile: { bootDiagnostics: { enabled: true } },
  }),
  disk: (c) => ({
    ...ok,
    creationData: { createOption: 'Empty' },
    diskSizeGB: c.rng.pick([32, 64, 128, 256, 512, 1024]),
    diskState: 'Attached',
    encryption: { type: 'EncryptionAtRestWithPlatformKey' },
  }),
  storage: (c) => ({
    ...ok,
    sku: { name: c.rng.pick(STORAGE_SKUS) },
    kind: 'StorageV2',
    accessTier: 'Hot',
    supportsHttpsTrafficOnly: true,
    minimumTlsVersion: c.rng.chance(0.85) ? 'TLS1_2' : 'TLS1_0',
    allowBlobPublicAccess: c.rng.chance(0.1),
    networkAcls: { bypass: 'AzureServices', defaultAction: c.rng.chance(0.6) ? 'Deny' : 'Allow' },
    primaryEndpoints: { blob: `https://${c.name}.blob.core.windows.net/` },
  }),
  keyVault: (c) => ({
    ...ok,
    tenantId: c.tenantGuid,
    sku: { family: 'A', name: c.rng.chance(0.8) ? 'standard' : 'premium' },
    enableSoftDelete: true,
    softDeleteRetentionInDays: 90,
    enablePurgeProtection: c.rng.chance(0.5),
    enableRbacAuthorization: c.rng.chance(0.7),
    vaultUri: `https://${c.name}.vault.azure.net/`,
  }),
  workspace: (c) => ({ ...ok, sku: { name: 'PerGB2018' }, retentionInDays: c.rng.pick([30, 90, 180, 365]), customerId: c.rng.guid() }),
  appPlan: (c) => ({ ...ok, sku: { name: c.rng.pick(['P1v3', 'P2v3', 'S1', 'B1']), capacity: c.rng.int(1, 4) }, kind: 'app', reserved: c.rng.chance(0.5) }),
  webApp: (c) => ({
    ...ok,
    serverFarmId: c.ref.plan,
    httpsOnly: c.rng.chance(0.9),
    defaultHostName: `${c.name}.azurewebsites.net`,
    siteConfig: { minTlsVersion: '1.2', ftpsState: 'Disabled', alwaysOn: true, http20Enabled: true },
    keyVaultReferenceIdentity: 'SystemAssigned',
  }),
  sqlServer: (c) => ({
    ...ok,
    version: '12.0',
    administratorLogin: 'sqladmin',
    minimalTlsVersion: '1.2',
    publicNetworkAccess: c.rng.chance(0.3) ? 'Enabled' : 'Disabled',
    fullyQualifiedDomainName: `${c.name}.database.windows.net`,
  }),
  sqlDatabase: (c) => ({
    ...ok,
    collation: 'SQL_Latin1_General_CP1_CI_AS',
    maxSizeBytes: 34359738368,
    zoneRedundant: c.rng.chance(0.3),
    requestedBackupStorageRedundancy: 'Geo',
    currentSku: { name: c.rng.pick(['GP_Gen5', 'S0', 'BC_Gen5']), capacity: c.rng.pick([2, 4, 8]) },
  }),
  cosmos: (c) => ({
    ...ok,
    databaseAccountOfferType: 'Standard',
    consistencyPolicy: { defaultConsistencyLevel: 'Session' },
    enableAutomaticFailover: true,
    locations: [{ locationName: c.location, failoverPriority: 0 }],
    publicNetworkAccess: 'Disabled',
  }),
  aks: (c) => ({
    ...ok,
    kubernetesVersion: c.rng.pick(['1.29.7', '1.30.3', '1.31.1']),
    dnsPrefix: c.name,
    agentPoolProfiles: [{ name: 'system', count: c.rng.int(2, 5), vmSize: 'Standard_D4s_v5', mode: 'System', vnetSubnetID: c.ref.subnet }],
    networkProfile: { networkPlugin: 'azure', networkPolicy: 'azure' },
    addonProfiles: { omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: c.ref.workspace } } },
  }),
  firewall: (c) => ({
    ...ok,
    sku: { name: 'AZFW_VNet', tier: c.rng.chance(0.3) ? 'Premium' : 'Standard' },
    threatIntelMode: 'Deny',
    firewallPolicy: c.ref.policy ? { id: c.ref.policy } : undefined,
    ipConfigurations: [{ name: 'ipconfig1', properties: { subnet: { id: c.ref.subnet }, privateIPAddress: '10.0.3.4' } }],
  }),
  firewallPolicy: () => ({ ...ok, sku: { tier: 'Standard' }, threatIntelMode: 'Deny', dnsSettings: { enableProxy: true } }),
  bastion: (c) => ({
    ...ok,
    scaleUnits: 2,
    ipConfigurations: [{ name: 'hub-subnet', properties: { subnet: { id: c.ref.subnet }, publicIPAddress: { id: c.ref.publicIp } } }],
  }),
  vpnGateway: (c) => ({
    ...ok,
    gatewayType: 'Vpn',
    vpnType: 'RouteBased',
    sku: { name: 'VpnGw2AZ', tier: 'VpnGw2AZ' },
    activeActive: false,
    enableBgp: c.rng.chance(0.3),
  }),
  ddosPlan: () => ({ ...ok }),
  frontDoor: (c) => ({
    ...ok,
    enabledState: 'Enabled',
    frontendEndpoints: [{ name: 'default', properties: { hostName: `${c.name}.azurefd.net` } }],
    friendlyName: c.name,
  }),
};
