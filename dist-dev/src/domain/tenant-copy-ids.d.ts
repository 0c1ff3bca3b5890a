import type { Properties } from './graph.js';
/** A GUID derived from the new tenant and an old GUID: deterministic, and a GUID in shape (ARM ids stay valid). */
export declare function derivedGuid(newTenantId: string, old: string): string;
/**
 * How a part of one tenant becomes another tenant without an id in common: every node the tenant
 * owns gets a new id derived from the new tenant id and the old one (the same inputs give the same
 * ids, in every store), and every reference to it — relationship endpoints, `tenant_id`,
 * `subscription_id`, ids inside ARM ids and inside ATG's JSON `properties` — is rewritten with it.
 * The tenant's subscription GUIDs (and the tenant id, when it is a GUID) are replaced wherever they
 * appear in a string, since ARM ids embed them; other ids are matched whole.
 */
export declare class TenantIdRewriter {
    readonly sourceTenantId: string;
    readonly newTenantId: string;
    private readonly guids;
    private readonly ids;
    /** Only the GUIDs to replace, as one alternation: matching every GUID-shaped string and looking it up cost 4× as much. */
    private readonly pattern;
    constructor(sourceTenantId: string, newTenantId: string, subscriptionGuids: readonly string[]);
    /** The new id of a node the tenant owns (remembered, so references to it are rewritten too). */
    newId(oldId: string): string;
    /** Registers every owned id first, so property values naming any of them are rewritten whatever the order. */
    registerIds(oldIds: Iterable<string>): void;
    /** A key as a relationship names it: rewritten when it is an owned node's, else (a shared node) kept. */
    reference(key: string): string;
    /** The properties of an owned node, as the new tenant's. */
    properties(p: Properties): Properties;
    private value;
    private string;
    private substituteGuids;
}
