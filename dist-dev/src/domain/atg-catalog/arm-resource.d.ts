/** An Azure resource as every importer hands it to the ATG emitter, whatever file it came from. */
export interface ArmResource {
    /** The ARM id, as given (case kept); compared case-insensitively. */
    readonly id: string;
    readonly name: string;
    readonly type: string;
    readonly location: string | null;
    readonly resourceGroup: string | null;
    readonly subscriptionId: string | null;
    readonly properties: Readonly<Record<string, unknown>>;
    readonly tags: Readonly<Record<string, string>>;
    readonly sku?: unknown;
    readonly kind?: string;
    readonly identity?: unknown;
    /** Deployment dependencies (ARM templates), as ARM ids. */
    readonly dependsOn?: readonly string[];
}
/** The subscription GUID and resource group an ARM id names (null where it names none). */
export declare function armIdParts(id: string): {
    subscriptionId: string | null;
    resourceGroup: string | null;
};
/**
 * The id of the resource an id points into: a sub-resource id (`…/loadBalancers/lb/backendAddressPools/p`,
 * `…/networkInterfaces/nic/ipConfigurations/c`) names a part of its parent; `undefined` at the provider root.
 */
export declare function parentArmId(id: string): string | undefined;
/** An embedded child's type: the parent's type and the collection's name (`…/virtualNetworks` + `subnets`). */
export declare function childType(parentType: string, collection: string): string;
/** The ARM type an id spells (`…/providers/Microsoft.Sql/servers/s/databases/d` → `Microsoft.Sql/servers/databases`), if it spells one. */
export declare function typeFromArmId(id: string): string | undefined;
