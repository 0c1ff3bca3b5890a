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

const resource = (id: string, type: string, properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id,
  name: id.split('/').pop()!,
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
      if (rule.type === REL.CONTAINS) return !to.startsWith(`${from}/`); // a parent contains its children
      return !REFERENCE_RULES.some((ref) => ref.relationship === rule.type && (ref.type === from || ref.type === '*' || (ref.reverse && ref.type === to)));
    });
    assert.deepEqual(
      unexplained.map((r) => `${r.from} -${r.type}-> ${r.to}`),
      [],
    );
  });

  test('ARM ids: the type they spell, the resource a sub-resource id points into', () => {
    assert.equal(typeFromArmId(`${RG}/providers/Microsoft.Sql/servers/s/databases/d`), 'Microsoft.Sql/servers/databases');
    assert.equal(typeFromArmId(RG), undefined);
    assert.equal(parentArmId(`${LB}/backendAddressPools/pool`), LB);
    assert.equal(parentArmId(LB), undefined, 'a top-level resource has no parent resource');
    assert.equal(parentArmId(`${VM}/providers/Microsoft.Insights/diagnosticSettings/d`), `${VM}/providers/Microsoft.Insights`);
  });

  test('reference rules: paths through arrays, keys matched case-insensitively, identities by key', () => {
    const nic = resource(
      NIC,
      'Microsoft.Network/networkInterfaces',
      {
        IPConfigurations: [
          { properties: { subnet: { id: `${VNET}/subnets/a` }, PublicIPAddress: { id: `${RG}/providers/Microsoft.Network/publicIPAddresses/ip` } } },
          { properties: { subnet: { id: `${VNET}/subnets/b` } } },
        ],
      },
      { identity: { userAssignedIdentities: { [`${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id`]: {} } } },
    );
    const found = referencesOf(nic)
      .map((r) => `${r.relationship} ${r.target.split('/').slice(-2).join('/')}`)
      .sort();
    assert.deepEqual(found, ['CONNECTED_TO subnets/a', 'CONNECTED_TO subnets/b', 'USES publicIPAddresses/ip', 'USES_IDENTITY userAssignedIdentities/id']);
    assert.deepEqual(
      referencesOf(resource(VM, 'Microsoft.Compute/virtualMachines', { storageProfile: { osDisk: { managedDisk: { id: 42 } } } })),
      [],
      'only strings are ids',
    );
  });

  test('emitter: both layers, embedded subnets as resources, sub-resource references to their holder, dangling ones reported', () => {
    const out = emitTenant(
      [
        resource(VNET, 'Microsoft.Network/virtualNetworks', { subnets: [{ id: `${VNET}/subnets/a`, name: 'a', properties: {} }] }),
        resource(NIC, 'Microsoft.Network/networkInterfaces', {
          ipConfigurations: [{ properties: { subnet: { id: `${VNET}/subnets/a` }, loadBalancerBackendAddressPools: [{ id: `${LB}/backendAddressPools/p` }] } }],
        }),
        resource(LB, 'Microsoft.Network/loadBalancers'),
        resource(VM, 'Microsoft.Compute/virtualMachines', {
          networkProfile: { networkInterfaces: [{ id: NIC }, { id: `${RG}/providers/Microsoft.Network/networkInterfaces/gone` }] },
        }),
      ],
      'tenant-1',
      '2026-01-01T00:00:00.000Z',
    );
    assert.equal(out.resources, 5, 'the subnet is a resource');
    const count = (type: string) => out.slice.relationships.filter((r) => r.type === type).length;
    assert.equal(count('SCAN_SOURCE_NODE'), 5);
    assert.equal(count('CONTAINS'), 5 + 1 + 1, 'group → each Original, subscription → group, VNet → subnet');
    assert.equal(count('CONNECTED_TO'), 1);
    assert.equal(count('DEPENDS_ON'), 1, 'the backend pool is the load balancer');
    assert.equal(count('USES'), 1);
    assert.equal(count('LOCATED_IN'), 5);
    assert.ok(out.slice.nodes.some((n) => n.labels.includes('Region') && n.properties.code === 'westeurope'));
    assert.equal(out.warnings.length, 1);
    assert.match(out.warnings[0]!, /networkInterfaces\/gone, which is not in the input/);
  });
});
