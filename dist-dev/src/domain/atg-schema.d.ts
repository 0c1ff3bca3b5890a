/**
 * The Azure Tenant Grapher (ATG) schema as ATG writes it: one declarative registry that the
 * generator, stores (indexes), stats and validation all read.
 */
export declare const LABEL: {
    readonly Resource: "Resource";
    readonly Original: "Original";
    readonly Tenant: "Tenant";
    readonly Subscription: "Subscription";
    readonly ResourceGroup: "ResourceGroup";
    readonly Tag: "Tag";
    readonly Region: "Region";
    readonly User: "User";
    readonly ServicePrincipal: "ServicePrincipal";
    readonly ManagedIdentity: "ManagedIdentity";
    readonly IdentityGroup: "IdentityGroup";
    readonly RoleDefinition: "RoleDefinition";
    readonly RoleAssignment: "RoleAssignment";
    readonly PrivateEndpoint: "PrivateEndpoint";
    readonly DNSZone: "DNSZone";
    readonly DiagnosticSetting: "DiagnosticSetting";
    readonly LogAnalyticsWorkspace: "LogAnalyticsWorkspace";
    readonly KeyVaultSecret: "KeyVaultSecret";
    readonly ScaleOperation: "ScaleOperation";
};
/** Labels of nodes shared by many resources and never replicated, even when also labelled :Resource. */
export declare const SHARED_LABELS: readonly string[];
export declare const REL: {
    readonly SCAN_SOURCE_NODE: "SCAN_SOURCE_NODE";
    readonly CONTAINS: "CONTAINS";
    readonly USES: "USES";
    readonly CONNECTED_TO: "CONNECTED_TO";
    readonly SECURED_BY: "SECURED_BY";
    readonly CONNECTED_TO_PE: "CONNECTED_TO_PE";
    readonly DEPENDS_ON: "DEPENDS_ON";
    readonly LOGS_TO: "LOGS_TO";
    readonly USES_IDENTITY: "USES_IDENTITY";
    readonly TAGGED_WITH: "TAGGED_WITH";
    readonly LOCATED_IN: "LOCATED_IN";
    readonly CREATED_BY: "CREATED_BY";
    readonly SENDS_DIAG_TO: "SENDS_DIAG_TO";
    readonly STORES_SECRET: "STORES_SECRET";
    readonly HAS_ROLE: "HAS_ROLE";
    readonly ASSIGNED_TO: "ASSIGNED_TO";
};
/** Relationship types between two abstracted resources. */
export declare const RESOURCE_REL_TYPES: readonly string[];
/** Relationship types from an abstracted resource to a shared node. */
export declare const SHARED_REL_TYPES: readonly string[];
/** The node property each label is looked up by (ATG keys Region by code; everything else by id). */
export declare function keyPropertyOf(label: string): string;
export interface ResourceKind {
    /** ARM type, as ATG stores it in `type`. */
    readonly type: string;
    /** Id prefix of abstracted (`<prefix>-<16 hex>`) and synthetic ids. */
    readonly prefix: string;
}
/** ARM resource kinds the generator writes, with ATG's abstracted-id prefixes. */
export declare const RESOURCE_KINDS: {
    readonly vnet: {
        readonly type: "Microsoft.Network/virtualNetworks";
        readonly prefix: "vnet";
    };
    readonly subnet: {
        readonly type: "Microsoft.Network/virtualNetworks/subnets";
        readonly prefix: "subnet";
    };
    readonly nsg: {
        readonly type: "Microsoft.Network/networkSecurityGroups";
        readonly prefix: "nsg";
    };
    readonly routeTable: {
        readonly type: "Microsoft.Network/routeTables";
        readonly prefix: "rt";
    };
    readonly nic: {
        readonly type: "Microsoft.Network/networkInterfaces";
        readonly prefix: "nic";
    };
    readonly publicIp: {
        readonly type: "Microsoft.Network/publicIPAddresses";
        readonly prefix: "pip";
    };
    readonly loadBalancer: {
        readonly type: "Microsoft.Network/loadBalancers";
        readonly prefix: "lb";
    };
    readonly privateEndpoint: {
        readonly type: "Microsoft.Network/privateEndpoints";
        readonly prefix: "pe";
    };
    readonly vm: {
        readonly type: "Microsoft.Compute/virtualMachines";
        readonly prefix: "vm";
    };
    readonly disk: {
        readonly type: "Microsoft.Compute/disks";
        readonly prefix: "disk";
    };
    readonly storage: {
        readonly type: "Microsoft.Storage/storageAccounts";
        readonly prefix: "st";
    };
    readonly keyVault: {
        readonly type: "Microsoft.KeyVault/vaults";
        readonly prefix: "kv";
    };
    readonly workspace: {
        readonly type: "Microsoft.OperationalInsights/workspaces";
        readonly prefix: "law";
    };
    readonly appPlan: {
        readonly type: "Microsoft.Web/serverfarms";
        readonly prefix: "plan";
    };
    readonly webApp: {
        readonly type: "Microsoft.Web/sites";
        readonly prefix: "app";
    };
    readonly sqlServer: {
        readonly type: "Microsoft.Sql/servers";
        readonly prefix: "sql";
    };
    readonly sqlDatabase: {
        readonly type: "Microsoft.Sql/servers/databases";
        readonly prefix: "sqldb";
    };
    readonly cosmos: {
        readonly type: "Microsoft.DocumentDB/databaseAccounts";
        readonly prefix: "cosmos";
    };
    readonly aks: {
        readonly type: "Microsoft.ContainerService/managedClusters";
        readonly prefix: "aks";
    };
    readonly firewall: {
        readonly type: "Microsoft.Network/azureFirewalls";
        readonly prefix: "afw";
    };
    readonly firewallPolicy: {
        readonly type: "Microsoft.Network/firewallPolicies";
        readonly prefix: "afwp";
    };
    readonly bastion: {
        readonly type: "Microsoft.Network/bastionHosts";
        readonly prefix: "bas";
    };
    readonly vpnGateway: {
        readonly type: "Microsoft.Network/virtualNetworkGateways";
        readonly prefix: "vgw";
    };
    readonly ddosPlan: {
        readonly type: "Microsoft.Network/ddosProtectionPlans";
        readonly prefix: "ddos";
    };
    readonly frontDoor: {
        readonly type: "Microsoft.Network/frontDoors";
        readonly prefix: "fd";
    };
};
export type ResourceKindKey = keyof typeof RESOURCE_KINDS;
/** The registry key of an ARM type (case-insensitive), or undefined for a type the registry does not know. */
export declare function kindOfType(type: string): ResourceKindKey | undefined;
/** ATG's id prefix for an ARM type; unknown types get their last segment, shortened. */
export declare function prefixForType(type: string): string;
