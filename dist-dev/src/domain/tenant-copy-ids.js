import { createHash } from 'node:crypto';
const WHOLE_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** ATG abstracted ids (`vm-<16 hex>`) and synthetic ids (`synthetic-vm-<16 hex>`): the prefix stays. */
const HASHED_ID = /^(.*-)[0-9a-f]{16}$/;
const digest = (newTenantId, value) => createHash('sha256').update(`${newTenantId}\u0000${value.toLowerCase()}`).digest('hex');
/** A GUID derived from the new tenant and an old GUID: deterministic, and a GUID in shape (ARM ids stay valid). */
export function derivedGuid(newTenantId, old) {
    const h = digest(newTenantId, old);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/**
 * How a part of one tenant becomes another tenant without an id in common: every node the tenant
 * owns gets a new id derived from the new tenant id and the old one (the same inputs give the same
 * ids, in every store), and every reference to it — relationship endpoints, `tenant_id`,
 * `subscription_id`, ids inside ARM ids and inside ATG's JSON `properties` — is rewritten with it.
 * The tenant's subscription GUIDs (and the tenant id, when it is a GUID) are replaced wherever they
 * appear in a string, since ARM ids embed them; other ids are matched whole.
 */
export class TenantIdRewriter {
    sourceTenantId;
    newTenantId;
    guids = new Map();
    ids = new Map();
    /** Only the GUIDs to replace, as one alternation: matching every GUID-shaped string and looking it up cost 4× as much. */
    pattern;
    constructor(sourceTenantId, newTenantId, subscriptionGuids) {
        this.sourceTenantId = sourceTenantId;
        this.newTenantId = newTenantId;
        for (const g of subscriptionGuids)
            if (WHOLE_GUID.test(g))
                this.guids.set(g.toLowerCase(), derivedGuid(newTenantId, g));
        if (WHOLE_GUID.test(sourceTenantId))
            this.guids.set(sourceTenantId.toLowerCase(), WHOLE_GUID.test(newTenantId) ? newTenantId : derivedGuid(newTenantId, sourceTenantId));
        // GUIDs are hex and dashes only: nothing to escape.
        this.pattern = this.guids.size ? new RegExp([...this.guids.keys()].join('|'), 'gi') : undefined;
    }
    /** The new id of a node the tenant owns (remembered, so references to it are rewritten too). */
    newId(oldId) {
        let id = this.ids.get(oldId);
        if (id !== undefined)
            return id;
        if (oldId === this.sourceTenantId)
            id = this.newTenantId;
        else {
            const substituted = this.substituteGuids(oldId);
            if (substituted !== oldId)
                id = substituted;
            else if (HASHED_ID.test(oldId))
                id = `${HASHED_ID.exec(oldId)[1]}${digest(this.newTenantId, oldId).slice(0, 16)}`;
            else if (WHOLE_GUID.test(oldId))
                id = derivedGuid(this.newTenantId, oldId);
            else
                id = `${oldId}@${this.newTenantId}`;
        }
        this.ids.set(oldId, id);
        return id;
    }
    /** Registers every owned id first, so property values naming any of them are rewritten whatever the order. */
    registerIds(oldIds) {
        for (const id of oldIds)
            this.newId(id);
    }
    /** A key as a relationship names it: rewritten when it is an owned node's, else (a shared node) kept. */
    reference(key) {
        return this.ids.get(key) ?? key;
    }
    /** The properties of an owned node, as the new tenant's. */
    properties(p) {
        const out = {};
        for (const [k, v] of Object.entries(p))
            out[k] = k === 'tenant_id' ? this.newTenantId : k === 'id' ? this.newId(String(v)) : this.value(v);
        return out;
    }
    value(v) {
        if (typeof v === 'string')
            return this.string(v);
        if (Array.isArray(v))
            return v.map((s) => this.string(s));
        return v;
    }
    string(s) {
        const whole = s === this.sourceTenantId ? undefined : this.ids.get(s);
        return whole ?? this.substituteGuids(s);
    }
    substituteGuids(s) {
        if (!this.pattern || s.length < 36)
            return s;
        return s.replace(this.pattern, (g) => this.guids.get(g.toLowerCase()));
    }
}
//# sourceMappingURL=tenant-copy-ids.js.map