import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RESOURCE_KINDS } from '../../src/domain/atg-schema.js';
import { UsageError } from '../../src/domain/errors.js';
import { resolveScenario } from '../../src/scale-up/scenario/scenario-scale-up.js';
import { planScenario } from '../../src/scale-up/scenario/scenario-plan.js';
import { assertThrowsFor } from '../helpers/refusal.js';
const count = (plan, type) => plan.byType.find((t) => t.key === type)?.count ?? 0;
describe('scenario plan (pure)', () => {
    test('hub-spoke: exact sizes, every spoke peered with the hub both ways, one stamp', () => {
        const plan = planScenario(resolveScenario({ name: 'hub-spoke', params: { spokeCount: 4, resourcesPerSpoke: 11 } }), 1);
        const hub = plan.resources.filter((r) => r.group === 'hub');
        assert.equal(plan.plannedResources, hub.length + 4 * 11);
        assert.deepEqual(hub
            .filter((r) => r.type === RESOURCE_KINDS.subnet.type)
            .map((r) => r.name)
            .sort(), ['AzureBastionSubnet', 'AzureFirewallSubnet', 'GatewaySubnet']);
        for (const kind of ['firewall', 'firewallPolicy', 'bastion', 'vpnGateway', 'routeTable', 'workspace', 'ddosPlan'])
            assert.ok(count(plan, RESOURCE_KINDS[kind].type) >= 1, kind);
        assert.equal(count(plan, RESOURCE_KINDS.vm.type), 4 * 3);
        assert.equal(plan.stamps.length, 1);
        const hubVnet = plan.resources.findIndex((r) => r.group === 'hub' && r.role === 'vnet');
        const spokeVnets = plan.resources.flatMap((r, i) => (r.group === 'spoke' && r.role === 'vnet' ? [i] : []));
        const has = (src, type, dst) => plan.links.some((l) => l.src === src && l.type === type && l.dst === dst);
        for (const v of spokeVnets) {
            assert.ok(has(v, 'CONNECTED_TO', hubVnet) && has(hubVnet, 'CONNECTED_TO', v), `peering both ways for ${v}`);
        }
        // Every VM: VM -USES-> NIC -CONNECTED_TO-> subnet <-CONTAINS- its spoke VNet -CONNECTED_TO-> hub VNet.
        plan.resources.forEach((vm, i) => {
            if (vm.role !== 'vm')
                return;
            const nic = plan.links.find((l) => l.src === i && l.type === 'USES').dst;
            const subnet = plan.links.find((l) => l.src === nic && l.type === 'CONNECTED_TO').dst;
            const vnet = plan.links.find((l) => l.dst === subnet && l.type === 'CONTAINS').src;
            assert.equal(plan.resources[vnet].instance, vm.instance);
            assert.ok(has(vnet, 'CONNECTED_TO', hubVnet));
        });
    });
    test('multi-region: one stamp per named region in that region, tied into one stamp by the global pieces', () => {
        const plan = planScenario(resolveScenario({ name: 'multi-region', params: { regions: ['eastus', 'westeurope', 'japaneast'] } }), 2);
        assert.deepEqual([...new Set(plan.resources.filter((r) => r.group === 'region').map((r) => r.location))], ['eastus', 'westeurope', 'japaneast']);
        assert.equal(plan.stamps.length, 1);
        assert.equal(plan.repetitions, 2);
        assert.equal(plan.plannedResources, 2 * plan.resources.length);
    });
    test('dev-test-prod: three stamps tagged by environment, prod twice the size', () => {
        const plan = planScenario(resolveScenario({ name: 'dev-test-prod', params: { resourcesPerEnv: 14 } }), 1);
        const size = (env) => plan.resources.filter((r) => r.environment === env).length;
        assert.deepEqual([size('dev'), size('test'), size('prod')], [14, 14, 28]);
        assert.deepEqual([...plan.stamps].sort(), ['dev', 'prod', 'test']);
    });
    test('the example scenario file in examples/ plans: two regional stamps joined by the shared workspace', () => {
        const plan = planScenario(resolveScenario({ file: fileURLToPath(new URL('../../../examples/three-tier-scenario.yaml', import.meta.url)) }), 1);
        assert.equal(plan.stamps.length, 1);
        assert.deepEqual([...new Set(plan.resources.map((r) => r.location))].sort(), ['eastus', 'westeurope']);
    });
    test('bad names, parameters and scale factors are usage errors', () => {
        assertThrowsFor(() => resolveScenario({ name: 'hubspoke' }), UsageError, /unknown scenario "hubspoke"/);
        assertThrowsFor(() => resolveScenario({ name: 'multi-region', params: { regions: ['eastus', 'mars'] } }), UsageError, /`regions`: unknown Azure region mars/);
        assertThrowsFor(() => resolveScenario({ name: 'hub-spoke', params: { resourcesPerSpoke: 3 } }), UsageError, /`resourcesPerSpoke` 3 is too small for a spoke/);
        assertThrowsFor(() => planScenario(resolveScenario({ name: 'hub-spoke' }), 1.5), UsageError, /`scaleFactor` must be a whole number .* \(got 1\.5\)/);
    });
    test('scenario files: a valid file plans; errors name the file and the place', () => {
        const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
        const file = (name, text) => {
            writeFileSync(join(dir, name), text);
            return join(dir, name);
        };
        const good = file('good.yaml', `
name: two-tier
groups:
  - name: app
    count: 2
    resources:
      - { role: vnet, type: Microsoft.Network/virtualNetworks }
      - { role: subnet, type: Microsoft.Network/virtualNetworks/subnets, count: 2 }
      - { role: vm, type: Microsoft.Compute/virtualMachines }
      - { role: nic, type: Microsoft.Network/networkInterfaces }
links:
  - { from: app.vnet, type: CONTAINS, to: app.subnet, pattern: all }
  - { from: app.vm, type: USES, to: app.nic }
  - { from: app.nic, type: CONNECTED_TO, to: app.subnet }
`);
        const plan = planScenario(resolveScenario({ file: good }), 3);
        assert.equal(plan.plannedResources, 3 * 2 * 5);
        assert.equal(plan.stamps.length, 2);
        const message = (path) => {
            try {
                planScenario(resolveScenario({ file: path }), 1);
            }
            catch (err) {
                assert.ok(err instanceof UsageError, String(err));
                return err.message;
            }
            assert.fail(`${path} was accepted`);
        };
        assert.match(message(file('syntax.yaml', 'name: x\ngroups: [\n  - oops: {')), /line \d+, column \d+/);
        assert.match(message(file('count.yaml', 'name: x\ngroups:\n  - name: a\n    resources:\n      - { role: vm, type: Microsoft.Compute/virtualMachines, count: 0 }\n')), /groups\[0\]\.resources\[0\]\.count/);
        assert.match(message(file('link.yaml', 'name: x\ngroups:\n  - name: a\n    resources:\n      - { role: vm, type: Microsoft.Compute/virtualMachines }\nlinks:\n  - { from: a.vm, type: USES, to: a.nic }\n')), /links\[0\]\.to: group a has no role nic/);
        assert.match(message(file('island.yaml', 'name: x\ngroups:\n  - name: a\n    resources:\n      - { role: vm, type: Microsoft.Compute/virtualMachines }\n      - { role: disk, type: Microsoft.Compute/disks }\n')), /a\.disk .* not connected/);
        assert.match(message(join(dir, 'missing.yaml')), /cannot read scenario file/);
    });
});
//# sourceMappingURL=scenario-plan.test.js.map