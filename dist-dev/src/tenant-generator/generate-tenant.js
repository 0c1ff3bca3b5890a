import { LABEL, REL, RESOURCE_KINDS } from '../domain/atg-schema.js';
import { ChunkBuilder } from '../domain/chunk-builder.js';
import { abstractedId, hex64 } from '../domain/ids.js';
import { derivedSeed, Rng } from '../domain/rng.js';
import { PROPERTY_SHAPES } from '../domain/atg-catalog/property-shapes.js';
import { emitTwoLayerResource } from '../domain/atg-catalog/two-layer.js';
import { BUILTIN_ROLES, PRIVATE_DNS_ZONES, REGIONS, TAG_VOCABULARY } from '../domain/atg-catalog/shared-nodes.js';
export const GENERATE_TENANT_DEFAULTS = { chunkRows: 40_000 };
/**
 * Streams an ATG-shaped tenant: Tenant, subscriptions, resource groups, identities, tags, regions,
 * both resource layers linked by SCAN_SOURCE_NODE, and typed relationships with real hubs (hub
 * VNets and their subnets, shared NSGs, Log Analytics workspaces, key vaults). Only the current
 * subscription's hub ids are held, so memory is flat in the tenant size. Same seed → same graph.
 */
export function* generateTenant(options) {
    yield* new TenantGenerator(options).run();
}
class TenantGenerator {
    options;
    rng;
    out = new ChunkBuilder();
    /** Resources go through the catalog's two-layer emitter; its shared nodes (regions, tags) are skipped: writeSharedCatalog wrote them once. */
    sink = {
        node: (labels, properties, mode) => {
            if (mode === 'create')
                this.out.addNode(labels, properties);
            return mode === 'create';
        },
        relationship: (type, src, dst) => this.out.addRelationship(type, src.label, src.key, dst.label, dst.key),
    };
    updatedAt;
    chunkRows;
    users = [];
    /** `principal|role definition` pairs already written as HAS_ROLE. */
    rolesHeld = new Set();
    remaining = 0;
    vnetCount = 0;
    constructor(options) {
        this.options = options;
        // The tenant id is mixed into the seed so two tenants generated with one seed share no ids.
        this.rng = new Rng(derivedSeed(options.seed, options.tenantId));
        this.updatedAt = (options.now ?? new Date('2026-01-01T00:00:00Z')).toISOString();
        this.chunkRows = options.chunkRows ?? GENERATE_TENANT_DEFAULTS.chunkRows;
    }
    *run() {
        const { resources, tenantId } = this.options;
        this.writeSharedCatalog();
        this.out.addNode([LABEL.Tenant], { id: tenantId, name: `tenant-${tenantId.slice(0, 8)}`, tenant_id: tenantId, updated_at: this.updatedAt });
        this.writeDirectoryIdentities();
        const subscriptions = Math.max(1, Math.min(64, Math.round(Math.sqrt(resources / 200))));
        let left = resources;
        for (let s = 0; s < subscriptions; s++) {
            this.remaining = Math.round(left / (subscriptions - s));
            left -= this.remaining;
            const sub = this.writeSubscription(s);
            this.writePlatformGroup(sub);
            for (let g = 0; this.remaining > 0; g++) {
                this.writeWorkloadGroup(sub, g);
                if (this.out.size >= this.chunkRows)
                    yield this.out.take();
            }
        }
        if (this.out.size > 0)
            yield this.out.take();
    }
    // ---- shared and tenant-level nodes -------------------------------------------------------
    writeSharedCatalog() {
        for (const r of REGIONS)
            this.out.addNode([LABEL.Region], { id: r.code, code: r.code, name: r.name }, 'merge');
        for (const t of TAG_VOCABULARY)
            for (const v of t.values)
                this.out.addNode([LABEL.Tag], { id: `${t.key}:${v}`, key: t.key, value: v }, 'merge');
        for (const role of BUILTIN_ROLES) {
            this.out.addNode([LABEL.RoleDefinition], { id: `/providers/Microsoft.Authorization/roleDefinitions/${role.guid}`, name: role.guid, role_name: role.name, role_type: 'BuiltInRole' }, 'merge');
        }
    }
    writeDirectoryIdentities() {
        const { tenantId, resources } = this.options;
        const users = Math.min(2000, 5 + Math.floor(resources / 100));
        for (let i = 0; i < users; i++) {
            const id = this.rng.guid();
            this.users.push(id);
            this.out.addNode([LABEL.User], { id, display_name: `User ${i + 1}`, user_principal_name: `user${i + 1}@contoso.example`, tenant_id: tenantId });
        }
        const principals = Math.min(500, 3 + Math.floor(resources / 300));
        for (let i = 0; i < principals; i++) {
            this.out.addNode([LABEL.ServicePrincipal], {
                id: this.rng.guid(),
                display_name: `app-registration-${i + 1}`,
                app_id: this.rng.guid(),
                tenant_id: tenantId,
            });
        }
        const groups = Math.min(200, 2 + Math.floor(resources / 1000));
        for (let i = 0; i < groups; i++) {
            this.out.addNode([LABEL.IdentityGroup], { id: this.rng.guid(), display_name: `group-${i + 1}`, security_enabled: true, tenant_id: tenantId });
        }
    }
    writeSubscription(index) {
        const { tenantId } = this.options;
        const guid = this.rng.guid();
        const primary = REGIONS[this.rng.skewedIndex(REGIONS.length, 1.5)].code;
        let secondary = REGIONS[this.rng.skewedIndex(REGIONS.length, 1.5)].code;
        if (secondary === primary)
            secondary = REGIONS[(REGIONS.findIndex((r) => r.code === primary) + 1) % REGIONS.length].code;
        const sub = {
            guid,
            armId: `/subscriptions/${guid}`,
            primary,
            secondary,
            hubSubnets: [],
            nsgs: [],
            workspaces: [],
            keyVaults: [],
            identities: [],
            roleAssignments: [],
            diagnosticSettings: [],
            dnsZones: [],
        };
        this.out.addNode([LABEL.Subscription], {
            id: sub.armId,
            subscription_id: guid,
            name: `sub-${index + 1}-${['prod', 'nonprod', 'shared', 'sandbox'][index % 4]}`,
            tenant_id: tenantId,
            updated_at: this.updatedAt,
        });
        const budget = this.remaining;
        for (let i = 0; i < Math.min(40, 2 + Math.floor(budget / 500)); i++) {
            const id = `${sub.armId}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-workload-${i + 1}`;
            sub.identities.push(id);
            this.out.addNode([LABEL.ManagedIdentity, LABEL.Resource], {
                id,
                name: `id-workload-${i + 1}`,
                type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
                principal_id: this.rng.guid(),
                subscription_id: guid,
                tenant_id: tenantId,
            });
        }
        for (let i = 0; i < Math.min(30, 3 + Math.floor(budget / 1000)); i++) {
            const id = `${sub.armId}/providers/Microsoft.Authorization/roleAssignments/${this.rng.guid()}`;
            const role = BUILTIN_ROLES[this.rng.skewedIndex(BUILTIN_ROLES.length)];
            const assignment = { id, principal: this.rng.pick(this.users), roleDefinition: `/providers/Microsoft.Authorization/roleDefinitions/${role.guid}` };
            sub.roleAssignments.push(assignment);
            this.roleAssignment(assignment, sub.armId);
        }
        for (let i = 0; i < 2; i++) {
            const id = `${sub.armId}/providers/Microsoft.Insights/diagnosticSettings/diag-${i === 0 ? 'security' : 'operations'}`;
            sub.diagnosticSettings.push(id);
            this.out.addNode([LABEL.DiagnosticSetting], {
                id,
                name: `diag-${i}`,
                type: 'Microsoft.Insights/diagnosticSettings',
                subscription_id: guid,
                tenant_id: tenantId,
            });
        }
        for (const zone of PRIVATE_DNS_ZONES) {
            const id = `${sub.armId}/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/${zone}`;
            sub.dnsZones.push(id);
            this.out.addNode([LABEL.DNSZone], { id, name: zone, subscription_id: guid, tenant_id: tenantId });
        }
        return sub;
    }
    group(sub, name, environment) {
        const armId = `${sub.armId}/resourceGroups/${name}`;
        const location = this.rng.chance(0.8) ? sub.primary : sub.secondary;
        this.out.addNode([LABEL.ResourceGroup], {
            id: armId,
            name,
            location,
            subscription_id: sub.guid,
            tenant_id: this.options.tenantId,
            updated_at: this.updatedAt,
        });
        this.out.addRelationship(REL.CONTAINS, LABEL.Subscription, sub.armId, LABEL.ResourceGroup, armId);
        return { name, armId, location, environment, sub };
    }
    // ---- resources ---------------------------------------------------------------------------
    /** Writes one resource on both layers with its shared-node edges; undefined once the budget is spent. */
    add(kind, name, g, ref = {}, parentPath) {
        if (this.remaining <= 0)
            return undefined;
        this.remaining--;
        const { tenantId } = this.options;
        const type = RESOURCE_KINDS[kind].type;
        const armId = parentPath ? `${parentPath}/${type.split('/').pop()}/${name}` : `${g.armId}/providers/${type}/${name}`;
        const id = abstractedId(type, armId);
        const tags = this.drawTags(g.environment);
        const properties = JSON.stringify(PROPERTY_SHAPES[kind]({ rng: this.rng, name, location: g.location, tenantGuid: tenantId, ref }));
        const description = `${type.split('/').pop()} ${name} in ${g.name} (${g.location}), environment ${g.environment}.`;
        emitTwoLayerResource({
            armId,
            abstractedId: id,
            name,
            type,
            location: g.location,
            resourceGroup: g.name,
            subscriptionId: g.sub.guid,
            tenantId,
            properties,
            tags: Object.fromEntries(tags.map((t) => t.split(':'))),
            updatedAt: this.updatedAt,
            extra: { llm_description: description },
        }, this.sink);
        this.out.countResource();
        if (this.rng.chance(0.3))
            this.out.addRelationship(REL.CREATED_BY, LABEL.Resource, id, LABEL.User, this.users[this.rng.skewedIndex(this.users.length)]);
        if (this.rng.chance(0.1))
            this.out.addRelationship(REL.SENDS_DIAG_TO, LABEL.Resource, id, LABEL.DiagnosticSetting, this.rng.pick(g.sub.diagnosticSettings));
        return { id, armId, name };
    }
    /**
     * A role assignment as ATG's identity rule writes it (written-as.ts): its node, ASSIGNED_TO its
     * principal, and the principal's HAS_ROLE to the role definition (once per principal and role).
     */
    roleAssignment(assignment, scope) {
        this.out.addNode([LABEL.RoleAssignment], {
            id: assignment.id,
            role_definition_id: assignment.roleDefinition,
            principal_id: assignment.principal,
            principal_type: 'User',
            scope,
            tenant_id: this.options.tenantId,
        });
        this.out.addRelationship(REL.ASSIGNED_TO, LABEL.RoleAssignment, assignment.id, LABEL.User, assignment.principal);
        const held = `${assignment.principal}|${assignment.roleDefinition}`;
        if (!this.rolesHeld.has(held)) {
            this.rolesHeld.add(held);
            this.out.addRelationship(REL.HAS_ROLE, LABEL.User, assignment.principal, LABEL.RoleDefinition, assignment.roleDefinition);
        }
    }
    drawTags(environment) {
        const tags = [`environment:${environment}`];
        if (this.rng.chance(0.25))
            tags.length = 0; // untagged resources are common in real tenants
        for (const t of TAG_VOCABULARY.slice(1))
            if (this.rng.chance(0.3))
                tags.push(`${t.key}:${t.values[this.rng.skewedIndex(t.values.length)]}`);
        return tags;
    }
    link(type, from, to) {
        if (from && to)
            this.out.addRelationship(type, LABEL.Resource, from.id, LABEL.Resource, to.id);
    }
    linkShared(type, from, label, key) {
        if (from && key)
            this.out.addRelationship(type, LABEL.Resource, from.id, label, key);
    }
    hub(items) {
        return items.length ? items[this.rng.skewedIndex(items.length)] : undefined;
    }
    observe(from, g, p) {
        if (this.rng.chance(p))
            this.link(REL.LOGS_TO, from, this.hub(g.sub.workspaces));
    }
    identity(from, g, p) {
        if (this.rng.chance(p))
            this.linkShared(REL.USES_IDENTITY, from, LABEL.ManagedIdentity, this.hub(g.sub.identities));
        // A role assignment scoped to the resource, for a principal and role as one of the subscription's (ATG's discovery lists resource-scoped assignments too).
        if (this.rng.chance(p / 2)) {
            const like = this.hub(g.sub.roleAssignments);
            if (from && like)
                this.roleAssignment({ ...like, id: `${from.armId}/providers/Microsoft.Authorization/roleAssignments/${guidOf(from.armId)}` }, from.armId);
        }
    }
    vnet(g, name, subnetNames, nsgs) {
        const octet = this.vnetCount++ % 250;
        const vnetArm = `${g.armId}/providers/${RESOURCE_KINDS.vnet.type}/${name}`;
        const subnetIds = subnetNames.map((s) => `${vnetArm}/subnets/${s}`);
        const vnet = this.add('vnet', name, g, { prefix: `10.${octet}.0.0/16`, subnets: subnetIds });
        const subnets = [];
        subnetNames.forEach((s, i) => {
            const nsg = s.startsWith('Azure') || s === 'GatewaySubnet' ? undefined : this.hub(nsgs);
            const subnet = this.add('subnet', s, g, { prefix: `10.${octet}.${i}.0/24`, nsg: nsg?.armId }, vnetArm);
            if (!subnet)
                return;
            subnets.push(subnet);
            this.link(REL.CONTAINS, vnet, subnet);
            this.link(REL.SECURED_BY, subnet, nsg);
        });
        return { vnet, subnets };
    }
    writePlatformGroup(sub) {
        const budget = this.remaining;
        const g = this.group(sub, 'rg-platform-connectivity', 'prod');
        for (let i = 0; i < Math.min(4, 1 + Math.floor(budget / 20000)); i++) {
            const w = this.add('workspace', `law-platform-${i + 1}`, g);
            if (w)
                sub.workspaces.push(w);
        }
        // The subscription's diagnostic settings send to its first workspace, as ATG's diagnostic rule writes it (written-as.ts).
        const sink = sub.workspaces[0];
        if (sink)
            for (const ds of sub.diagnosticSettings)
                this.out.addRelationship(REL.LOGS_TO, LABEL.DiagnosticSetting, ds, LABEL.Resource, sink.id);
        for (let i = 0; i < Math.min(20, 2 + Math.floor(budget / 3000)); i++) {
            const nsg = this.add('nsg', `nsg-shared-${i + 1}`, g);
            if (nsg)
                sub.nsgs.push(nsg);
            this.observe(nsg, g, 0.5);
        }
        const shared = Array.from({ length: Math.min(30, 2 + Math.floor(budget / 2000)) }, (_, i) => `snet-shared-${i + 1}`);
        const { vnet, subnets } = this.vnet(g, 'vnet-hub', ['GatewaySubnet', 'AzureFirewallSubnet', 'AzureBastionSubnet', ...shared], sub.nsgs);
        sub.hubVnet = vnet;
        sub.hubSubnets = subnets.filter((s) => s.name.startsWith('snet-'));
        const rt = this.add('routeTable', 'rt-spokes', g);
        for (const s of sub.hubSubnets)
            if (this.rng.chance(0.5))
                this.link(REL.DEPENDS_ON, s, rt);
        for (let i = 0; i < Math.min(8, 1 + Math.floor(budget / 5000)); i++) {
            const kv = this.add('keyVault', `kv-platform-${sub.guid.slice(0, 6)}-${i + 1}`, g);
            if (!kv)
                continue;
            sub.keyVaults.push(kv);
            this.observe(kv, g, 0.9);
            this.secrets(kv);
        }
    }
    secrets(kv) {
        for (let s = 0, n = this.rng.int(1, 5); s < n; s++) {
            const id = `${kv.armId}/secrets/secret-${s + 1}`;
            this.out.addNode([LABEL.KeyVaultSecret], { id, name: `secret-${s + 1}`, content_type: 'text/plain', tenant_id: this.options.tenantId });
            this.linkShared(REL.STORES_SECRET, kv, LABEL.KeyVaultSecret, id);
        }
    }
    writeWorkloadGroup(sub, index) {
        const environment = TAG_VOCABULARY[0].values[this.rng.skewedIndex(4, 1.3)];
        const archetype = this.rng.next();
        const suffix = `${index + 1}`.padStart(4, '0');
        if (archetype < 0.45)
            this.vmWorkload(this.group(sub, `rg-vm-${environment}-${suffix}`, environment));
        else if (archetype < 0.75)
            this.webWorkload(this.group(sub, `rg-web-${environment}-${suffix}`, environment));
        else if (archetype < 0.92)
            this.dataWorkload(this.group(sub, `rg-data-${environment}-${suffix}`, environment));
        else
            this.aksWorkload(this.group(sub, `rg-aks-${environment}-${suffix}`, environment));
    }
    /** Own spoke VNet peered with the hub (half the time), else the hub's shared subnets. */
    network(g, tag) {
        if (this.rng.chance(0.5) || g.sub.hubSubnets.length === 0) {
            const names = Array.from({ length: this.rng.int(1, 3) }, (_, i) => `snet-${tag}-${i + 1}`);
            const own = this.rng.chance(0.5) ? this.add('nsg', `nsg-${tag}`, g) : undefined;
            const { vnet, subnets } = this.vnet(g, `vnet-${tag}`, names, own ? [own] : g.sub.nsgs);
            this.link(REL.CONNECTED_TO, g.sub.hubVnet, vnet);
            this.link(REL.CONNECTED_TO, vnet, g.sub.hubVnet);
            if (subnets.length)
                return subnets;
        }
        return g.sub.hubSubnets;
    }
    vmWorkload(g) {
        const tag = g.name.slice(3);
        const subnets = this.network(g, tag);
        const vms = this.rng.heavyTail(1, 1.2, 60);
        const lb = vms >= 3 ? this.add('loadBalancer', `lb-${tag}`, g, { subnet: subnets[0]?.armId }) : undefined;
        for (let v = 0; v < vms; v++) {
            const base = `${tag}-${v + 1}`;
            const subnet = subnets[this.rng.skewedIndex(subnets.length)];
            const pip = this.rng.chance(0.15) ? this.add('publicIp', `pip-${base}`, g) : undefined;
            const nsg = this.rng.chance(0.3) ? this.hub(g.sub.nsgs) : undefined;
            const nic = this.add('nic', `nic-${base}`, g, { subnet: subnet?.armId, publicIp: pip?.armId, nsg: nsg?.armId });
            this.link(REL.CONNECTED_TO, nic, subnet);
            this.link(REL.SECURED_BY, nic, nsg);
            this.link(REL.USES, nic, pip);
            this.link(REL.DEPENDS_ON, nic, lb);
            const osDisk = this.add('disk', `disk-${base}-os`, g);
            const dataDisks = Array.from({ length: this.rng.skewedIndex(4, 2) }, (_, d) => this.add('disk', `disk-${base}-data${d}`, g)).filter((d) => !!d);
            const vm = this.add('vm', `vm-${base}`, g, { nic: nic?.armId, osDisk: osDisk?.armId, dataDisks: dataDisks.map((d) => d.armId) });
            this.link(REL.USES, vm, nic);
            this.link(REL.DEPENDS_ON, vm, osDisk);
            for (const d of dataDisks)
                this.link(REL.DEPENDS_ON, vm, d);
            this.observe(vm, g, 0.6);
            this.identity(vm, g, 0.3);
        }
    }
    webWorkload(g) {
        const tag = g.name.slice(3);
        const plan = this.add('appPlan', `plan-${tag}`, g);
        const kv = this.rng.chance(0.7) ? this.hub(g.sub.keyVaults) : this.ownKeyVault(g, tag);
        const apps = this.rng.heavyTail(1, 1.5, 15);
        for (let a = 0; a < apps; a++) {
            const app = this.add('webApp', `app-${tag}-${a + 1}`, g, { plan: plan?.armId });
            this.link(REL.DEPENDS_ON, app, plan);
            this.link(REL.DEPENDS_ON, app, kv);
            this.observe(app, g, 0.7);
            this.identity(app, g, 0.5);
        }
        if (this.rng.chance(0.7))
            this.storage(g, `st${tag.replace(/[^a-z0-9]/g, '')}`.slice(0, 24));
        if (this.rng.chance(0.4))
            this.sql(g, tag);
    }
    dataWorkload(g) {
        const tag = g.name.slice(3);
        for (let s = 0, n = this.rng.int(1, 3); s < n; s++)
            this.storage(g, `st${tag.replace(/[^a-z0-9]/g, '')}${s}`.slice(0, 24));
        this.sql(g, tag);
        if (this.rng.chance(0.4)) {
            const cosmos = this.add('cosmos', `cosmos-${tag}`, g);
            this.privateEndpoint(g, cosmos, 'Sql', 3);
            this.observe(cosmos, g, 0.5);
        }
        if (this.rng.chance(0.5))
            this.ownKeyVault(g, tag);
    }
    aksWorkload(g) {
        const tag = g.name.slice(3);
        const subnets = this.network(g, tag);
        const workspace = this.hub(g.sub.workspaces);
        const aks = this.add('aks', `aks-${tag}`, g, { subnet: subnets[0]?.armId, workspace: workspace?.armId });
        this.link(REL.CONNECTED_TO, aks, subnets[0]);
        this.link(REL.LOGS_TO, aks, workspace);
        this.identity(aks, g, 1);
        this.link(REL.DEPENDS_ON, aks, this.hub(g.sub.keyVaults));
    }
    ownKeyVault(g, tag) {
        const kv = this.add('keyVault', `kv-${tag}`.slice(0, 24), g);
        if (kv)
            this.secrets(kv);
        this.observe(kv, g, 0.8);
        return kv;
    }
    storage(g, name) {
        const st = this.add('storage', name, g);
        this.observe(st, g, 0.4);
        if (this.rng.chance(0.5))
            this.privateEndpoint(g, st, 'blob', 0);
    }
    sql(g, tag) {
        const server = this.add('sqlServer', `sql-${tag}`, g);
        const serverPath = server ? `${g.armId}/providers/${RESOURCE_KINDS.sqlServer.type}/sql-${tag}` : undefined;
        for (let d = 0, n = this.rng.heavyTail(1, 1.5, 20); d < n && serverPath; d++) {
            const db = this.add('sqlDatabase', `sqldb-${tag}-${d + 1}`, g, {}, serverPath);
            this.link(REL.DEPENDS_ON, db, server);
            this.observe(db, g, 0.3);
        }
        if (this.rng.chance(0.5))
            this.privateEndpoint(g, server, 'sqlServer', 2);
    }
    privateEndpoint(g, target, group, zone) {
        if (!target)
            return;
        const subnet = this.hub(g.sub.hubSubnets);
        const pe = this.add('privateEndpoint', `pe-${target.name}`, g, { subnet: subnet?.armId, target: target.armId, group });
        this.link(REL.CONNECTED_TO_PE, target, pe);
        this.link(REL.CONNECTED_TO, pe, subnet);
        this.linkShared(REL.DEPENDS_ON, pe, LABEL.DNSZone, g.sub.dnsZones[zone]);
    }
}
/** A GUID derived from a string (a resource-scoped role assignment's name): the same for the same resource, without drawing from the generator's random stream. */
function guidOf(text) {
    const h = `${hex64(text)}${hex64(`${text}#`)}`;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
//# sourceMappingURL=generate-tenant.js.map