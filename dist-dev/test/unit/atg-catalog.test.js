import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parentArmId, typeFromArmId } from '../../src/domain/atg-catalog/arm-resource.js';
import { emitTenant } from '../../src/domain/atg-catalog/emit-tenant.js';
import { referencesOf, REFERENCE_RULES } from '../../src/domain/atg-catalog/reference-rules.js';
import { RELATIONSHIP_RULES } from '../../src/domain/atg-catalog/kind-relationships.js';
import { REL, RESOURCE_KINDS } from '../../src/domain/atg-schema.js';
const RG = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg';
const NIC = `${RG}/providers/Microsoft.Network/networkInterfaces/nic`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/vnet`;
const VM = `${RG}/providers/Microsoft.Compute/virtualMachines/vm`;
const LB = `${RG}/providers/Microsoft.Network/loadBalancers/lb`;
const resource = (id, type, properties = {}, extra = {}) => ({
    id,
    name: id.split('/').pop(),
    type,
    location: 'West Europe',
    resourceGroup: 'rg',
    subscriptionId: '11111111-1111-1111-1111-111111111111',
    properties,
    tags: {},
    ...extra,
});
describe('the ATG catalog', () => {
    test('every relationship random scale-up draws between two kinds is one the reference rules derive from real resources', () => {
        const unexplained = RELATIONSHIP_RULES.filter((rule) => {
            const from = RESOURCE_KINDS[rule.from].type.toLowerCase();
            const to = RESOURCE_KINDS[rule.to].type.toLowerCase();
            if (rule.type === REL.CONTAINS)
                return !to.startsWith(`${from}/`); // a parent contains its children
            return !REFERENCE_RULES.some((ref) => ref.relationship === rule.type && (ref.type === from || ref.type === '*' || (ref.reverse && ref.type === to)));
        });
        assert.deepEqual(unexplained.map((r) => `${r.from} -${r.type}-> ${r.to}`), []);
    });
    test('ARM ids: the type they spell, the resource a sub-resource id points into', () => {
        assert.equal(typeFromArmId(`${RG}/providers/Microsoft.Sql/servers/s/databases/d`), 'Microsoft.Sql/servers/databases');
        assert.equal(typeFromArmId(RG), undefined);
        assert.equal(parentArmId(`${LB}/backendAddressPools/pool`), LB);
        assert.equal(parentArmId(LB), undefined, 'a top-level resource has no parent resource');
        assert.equal(parentArmId(`${VM}/providers/Microsoft.Insights/diagnosticSettings/d`), `${VM}/providers/Microsoft.Insights`);
    });
    test('reference rules: paths through arrays, keys matched case-insensitively; an identity is not a reference (the emitter writes it as its own node)', () => {
        const nic = resource(NIC, 'Microsoft.Network/networkInterfaces', {
            IPConfigurations: [
                { properties: { subnet: { id: `${VNET}/subnets/a` }, PublicIPAddress: { id: `${RG}/providers/Microsoft.Network/publicIPAddresses/ip` } } },
                { properties: { subnet: { id: `${VNET}/subnets/b` } } },
            ],
        }, { identity: { userAssignedIdentities: { [`${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id`]: {} } } });
        const found = referencesOf(nic)
            .map((r) => `${r.relationship} ${r.target.split('/').slice(-2).join('/')}`)
            .sort();
        assert.deepEqual(found, ['CONNECTED_TO subnets/a', 'CONNECTED_TO subnets/b', 'USES publicIPAddresses/ip']);
        assert.deepEqual(referencesOf(resource(VM, 'Microsoft.Compute/virtualMachines', { storageProfile: { osDisk: { managedDisk: { id: 42 } } } })), [], 'only strings are ids');
    });
    test('emitter: both layers, embedded subnets as resources, sub-resource references to their holder, dangling ones reported', () => {
        const out = emitTenant([
            resource(VNET, 'Microsoft.Network/virtualNetworks', { subnets: [{ id: `${VNET}/subnets/a`, name: 'a', properties: {} }] }),
            resource(NIC, 'Microsoft.Network/networkInterfaces', {
                ipConfigurations: [{ properties: { subnet: { id: `${VNET}/subnets/a` }, loadBalancerBackendAddressPools: [{ id: `${LB}/backendAddressPools/p` }] } }],
            }),
            resource(LB, 'Microsoft.Network/loadBalancers'),
            resource(VM, 'Microsoft.Compute/virtualMachines', {
                networkProfile: { networkInterfaces: [{ id: NIC }, { id: `${RG}/providers/Microsoft.Network/networkInterfaces/gone` }] },
            }),
        ], 'tenant-1', '2026-01-01T00:00:00.000Z');
        assert.equal(out.resources, 5, 'the subnet is a resource');
        const count = (type) => out.slice.relationships.filter((r) => r.type === type).length;
        assert.equal(count('SCAN_SOURCE_NODE'), 5);
        assert.equal(count('CONTAINS'), 5 + 1 + 1, 'group → each Original, subscription → group, VNet → subnet');
        assert.equal(count('CONNECTED_TO'), 1);
        assert.equal(count('DEPENDS_ON'), 1, 'the backend pool is the load balancer');
        assert.equal(count('USES'), 1);
        assert.equal(count('LOCATED_IN'), 5);
        assert.ok(out.slice.nodes.some((n) => n.labels.includes('Region') && n.properties.code === 'westeurope'));
        assert.equal(out.warnings.length, 1);
        assert.match(out.warnings[0], /networkInterfaces\/gone, which is not in the input/);
    });
    test("emitter: extension and child items in ATG's shape — a diagnostic setting, identities, a role assignment, a folded child", () => {
        const WS = `${RG}/providers/Microsoft.OperationalInsights/workspaces/law`;
        const UAI = `${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app`;
        const PEERING = `${VNET}/virtualNetworkPeerings/to-other`;
        const OTHER = `${RG}/providers/Microsoft.Network/virtualNetworks/other`;
        const out = emitTenant([
            resource(VNET, 'Microsoft.Network/virtualNetworks', { virtualNetworkPeerings: [{ properties: { remoteVirtualNetwork: { id: OTHER } } }] }),
            resource(OTHER, 'Microsoft.Network/virtualNetworks'),
            resource(WS, 'Microsoft.OperationalInsights/workspaces'),
            resource(PEERING, 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', { remoteVirtualNetwork: { id: OTHER } }),
            resource(`${VNET}/providers/Microsoft.Insights/diagnosticSettings/to-law`, 'Microsoft.Insights/diagnosticSettings', { workspaceId: WS }),
            resource(`${VM}/providers/Microsoft.Insights/diagnosticSettings/elsewhere`, 'Microsoft.Insights/diagnosticSettings', {
                workspaceId: '/subscriptions/other/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/central',
            }),
            resource(VM, 'Microsoft.Compute/virtualMachines', {}, { identity: { type: 'SystemAssigned, UserAssigned', principalId: 'p-1', userAssignedIdentities: { [UAI]: {} } } }),
            resource(UAI, 'Microsoft.ManagedIdentity/userAssignedIdentities', { principalId: 'p-2' }),
            resource(`${VM}/providers/Microsoft.Authorization/roleAssignments/ra-1`, 'Microsoft.Authorization/roleAssignments', {
                principalId: 'u-1',
                principalType: 'User',
                roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/reader',
            }),
        ], 'tenant-1', '2026-01-01T00:00:00.000Z');
        const rel = (type) => out.slice.relationships
            .filter((r) => r.type === type)
            .map((r) => `${r.src.label}:${r.src.key.split('/').pop()} ${r.dst.label}:${r.dst.key.split('/').pop()}`)
            .sort();
        const nodes = (label) => out.slice.nodes.filter((n) => n.labels.includes(label)).map((n) => String(n.properties.id).split('/').pop());
        assert.equal(out.resources, 3 + 1, 'two VNets, the workspace, the VM: no setting, peering, identity or assignment is a resource');
        assert.deepEqual(nodes('DiagnosticSetting').sort(), ['elsewhere', 'to-law']);
        assert.equal(rel('SENDS_DIAG_TO').length, 2, 'each from the resource it watches');
        const law = out.slice.nodes.find((n) => n.properties.type === 'Microsoft.OperationalInsights/workspaces' && !n.labels.includes('Original'));
        assert.deepEqual(rel('LOGS_TO'), [`DiagnosticSetting:elsewhere LogAnalyticsWorkspace:central`, `DiagnosticSetting:to-law Resource:${law.properties.id}`]);
        assert.deepEqual(nodes('ManagedIdentity').sort(), ['id-app', 'p-1'], 'the system-assigned one by its principal id, the user-assigned one by its ARM id, once');
        assert.equal(rel('USES_IDENTITY').length, 2);
        assert.deepEqual(nodes('RoleAssignment'), ['ra-1']);
        assert.deepEqual(rel('ASSIGNED_TO'), ['RoleAssignment:ra-1 User:u-1']);
        assert.deepEqual(rel('HAS_ROLE'), ['User:u-1 RoleDefinition:reader']);
        // The peering is folded into its VNet: one CONNECTED_TO, though the VNet's properties name the same remote network.
        assert.equal(rel('CONNECTED_TO').length, 1);
        assert.ok(out.warnings.some((w) => /1 child or extension item is not a resource in ATG's graph .*: 1 Microsoft\.Network\/virtualNetworks\/virtualNetworkPeerings/.test(w)));
    });
});
//# sourceMappingURL=atg-catalog.test.js.map