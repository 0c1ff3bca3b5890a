/** Shared nodes every tenant references: Azure regions, a tag vocabulary, built-in roles. */
export const REGIONS = [
    { code: 'eastus', name: 'East US' },
    { code: 'westeurope', name: 'West Europe' },
    { code: 'eastus2', name: 'East US 2' },
    { code: 'northeurope', name: 'North Europe' },
    { code: 'westus2', name: 'West US 2' },
    { code: 'uksouth', name: 'UK South' },
    { code: 'southeastasia', name: 'Southeast Asia' },
    { code: 'australiaeast', name: 'Australia East' },
];
/** Tag keys and values; the first values are the common ones (drawn with a skew). */
export const TAG_VOCABULARY = [
    { key: 'environment', values: ['prod', 'dev', 'test', 'staging', 'sandbox'] },
    { key: 'owner', values: ['platform-team', 'app-team', 'data-team', 'security', 'finance-it', 'sre'] },
    { key: 'costcenter', values: ['cc-1001', 'cc-1002', 'cc-2001', 'cc-3001', 'cc-4100', 'cc-5000'] },
    { key: 'application', values: ['portal', 'billing', 'crm', 'analytics', 'identity', 'payments', 'search', 'reporting'] },
    { key: 'criticality', values: ['high', 'medium', 'low'] },
];
/** Azure built-in role definitions (real GUIDs), shared by every tenant. */
export const BUILTIN_ROLES = [
    { guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c', name: 'Contributor' },
    { guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', name: 'Reader' },
    { guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', name: 'Owner' },
    { guid: '4633458b-17de-408a-b874-0445c86b69e6', name: 'Key Vault Secrets User' },
    { guid: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', name: 'Storage Blob Data Contributor' },
    { guid: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c', name: 'Virtual Machine Contributor' },
    { guid: '4d97b98b-1d4f-4787-a291-c67834d212e7', name: 'Network Contributor' },
    { guid: '92aaf0da-9dab-42b6-94a3-d43ce8d16293', name: 'Log Analytics Contributor' },
];
export const VM_SIZES = ['Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_B2ms', 'Standard_E4s_v5', 'Standard_D8s_v5', 'Standard_F4s_v2'];
export const STORAGE_SKUS = ['Standard_LRS', 'Standard_GRS', 'Standard_ZRS', 'Premium_LRS'];
export const PRIVATE_DNS_ZONES = [
    'privatelink.blob.core.windows.net',
    'privatelink.vaultcore.azure.net',
    'privatelink.database.windows.net',
    'privatelink.documents.azure.com',
];
/** Azure public-cloud region codes (`az account list-locations`), for validating `--regions`. */
export const AZURE_REGION_CODES = [
    'eastus',
    'eastus2',
    'westus',
    'westus2',
    'westus3',
    'centralus',
    'northcentralus',
    'southcentralus',
    'westcentralus',
    'canadacentral',
    'canadaeast',
    'brazilsouth',
    'mexicocentral',
    'northeurope',
    'westeurope',
    'uksouth',
    'ukwest',
    'francecentral',
    'germanywestcentral',
    'switzerlandnorth',
    'norwayeast',
    'swedencentral',
    'polandcentral',
    'italynorth',
    'spaincentral',
    'eastasia',
    'southeastasia',
    'japaneast',
    'japanwest',
    'koreacentral',
    'centralindia',
    'southindia',
    'westindia',
    'australiaeast',
    'australiasoutheast',
    'australiacentral',
    'uaenorth',
    'qatarcentral',
    'israelcentral',
    'southafricanorth',
];
/** Display name of a region code: the catalog's, else the code itself. */
export function regionName(code) {
    return REGIONS.find((r) => r.code === code)?.name ?? code;
}
//# sourceMappingURL=shared-nodes.js.map