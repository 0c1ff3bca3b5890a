import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importAzureFile } from '../../src/transfer/import-azure.js';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { nodeCount } from '../helpers/canonical-hash.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
import { assertChecksPassed, IMPORT_CHECKS } from '../helpers/validation-checks.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../../../fixtures/mspnp-azure-hub-spoke/azuredeploy.json', import.meta.url));
const deployment = { subscriptionId: '11111111-2222-3333-4444-555555555555', resourceGroup: 'rg-hub', location: 'westeurope' };
const write = { batchSize: 200, concurrency: 2 };

/**
 * What the hub-spoke template deploys with its defaults (no VPN gateway, no VMs), read off the
 * template by hand: three VNets (hub, two spokes) with 3 + 2 + 2 subnets, three firewall public
 * IPs (a copy loop over range(0, 3)) and the bastion's, three NSGs, one route table, DDoS plan,
 * firewall with its policy, bastion and the Log Analytics workspace. Not resources in ATG's graph:
 * the four peerings and the policy's two rule collection groups (children ATG's scan does not
 * record: folded into their parents) and the 13 diagnostic settings (extension resources, one per
 * deployed resource that logs: DiagnosticSetting nodes).
 */
const DEFAULT_RESOURCES: Record<string, number> = {
  'Microsoft.Network/azureFirewalls': 1,
  'Microsoft.Network/bastionHosts': 1,
  'Microsoft.Network/ddosProtectionPlans': 1,
  'Microsoft.Network/firewallPolicies': 1,
  'Microsoft.Network/networkSecurityGroups': 3,
  'Microsoft.Network/publicIPAddresses': 4,
  'Microsoft.Network/routeTables': 1,
  'Microsoft.Network/virtualNetworks': 3,
  'Microsoft.Network/virtualNetworks/subnets': 7,
  'Microsoft.OperationalInsights/workspaces': 1,
};
/**
 * The cross-references, by hand: each peering's remoteVirtualNetwork (4, now its VNet's: hub ↔ each
 * spoke) and the firewall's and the bastion's subnet (2) → CONNECTED_TO; the firewall's three public
 * IPs and the bastion's → USES; the bastion subnet's and the four spoke subnets' NSG → SECURED_BY;
 * every resource a diagnostic setting watches → SENDS_DIAG_TO that setting.
 */
const DEFAULT_REFERENCES: Record<string, number> = { CONNECTED_TO: 6, USES: 4, SECURED_BY: 5, SENDS_DIAG_TO: 13 };

async function byType(store: GraphStore, tenantId: string): Promise<{ resources: Record<string, number>; references: Record<string, number> }> {
  const resources: Record<string, number> = {};
  const originals = (await store.listTenantNodes(tenantId, 'Resource')).filter((n) => n.labels.includes('Original')).map((n) => n.key);
  for (const n of await store.readNodes('Resource', originals)) resources[String(n.properties.type)] = (resources[String(n.properties.type)] ?? 0) + 1;
  const abstracted = (await store.listTenantNodes(tenantId, 'Resource')).filter((n) => !n.labels.includes('Original')).map((n) => n.key);
  const references: Record<string, number> = {};
  for (const r of await store.readNodeRelationships('Resource', abstracted, 'out'))
    if (r.type in DEFAULT_REFERENCES || r.type === 'DEPENDS_ON' || r.type === 'LOGS_TO') references[r.type] = (references[r.type] ?? 0) + 1;
  return { resources, references };
}

for (const kind of storeKinds()) {
  describe(`import --format arm of the hub-spoke template, on ${kind}`, () => {
    let opened: OpenedStore;
    let dir: string;
    before(async () => {
      opened = await freshStore(kind);
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-arm-'));
    });
    after(async () => {
      await opened.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    test('with its defaults: every resource it deploys, the relationships its references imply', async () => {
      const r = await importAzureFile(opened.store, { file: TEMPLATE, format: 'arm', tenantId: 'hub', deployment, ...write });
      assertChecksPassed(r.validation, IMPORT_CHECKS);
      const got = await byType(opened.store, 'hub');
      assert.deepEqual(got.resources, DEFAULT_RESOURCES);
      const { DEPENDS_ON: dependsOn, ...references } = got.references;
      assert.deepEqual(references, DEFAULT_REFERENCES);
      assert.ok((dependsOn ?? 0) > 20, 'dependsOn becomes DEPENDS_ON');
      // resourceGroup().location is the --location; uniqueString gives the workspace a stable suffix.
      const workspace = (
        await opened.store.readNodes(
          'Resource',
          (await opened.store.listTenantNodes('hub', 'Resource')).map((n) => n.key),
        )
      ).find((n) => n.properties.type === 'Microsoft.OperationalInsights/workspaces' && n.labels.includes('Original'));
      assert.match(
        String(workspace?.properties.id),
        /\/resourceGroups\/rg-hub\/providers\/Microsoft\.OperationalInsights\/workspaces\/la-hub-westeurope-[a-z2-7]{13}$/,
      );
      assert.equal(workspace?.properties.location, 'westeurope');
      // Each diagnostic setting is a DiagnosticSetting node (keyed by its ARM id) that LOGS_TO the workspace, as ATG's diagnostic rule writes it.
      const settings = await opened.store.listTenantNodes('hub', 'DiagnosticSetting');
      assert.equal(settings.length, 13);
      for (const s of settings) assert.match(s.key, /\/providers\/Microsoft\.Insights\/diagnosticSettings\/[^/]+$/);
      const logs = await opened.store.readNodeRelationships(
        'DiagnosticSetting',
        settings.map((n) => n.key),
        'out',
      );
      assert.equal(logs.length, 13);
      assert.deepEqual(
        [...new Set(logs.map((l) => `${l.type} ${l.other.labels.join(':')} ${l.other.key}`))],
        [`LOGS_TO Resource ${workspace?.properties.abstracted_id}`],
      );
      await cleanupOperations(opened.store, { operationId: r.operationId, yes: true, batchSize: 200 });
      assert.equal(await nodeCount(opened.store), 0);
    });

    test('a parameters file switches the conditional resources on (VPN gateway, VMs with their NICs)', async () => {
      const parameters = join(dir, 'parameters.json');
      writeFileSync(
        parameters,
        JSON.stringify({
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
          contentVersion: '1.0.0.0',
          parameters: { deployVpnGateway: { value: true }, deployVirtualMachines: { value: true }, adminPassword: { value: 'not-a-real-one' } },
        }),
      );
      const r = await importAzureFile(opened.store, {
        file: TEMPLATE,
        format: 'arm',
        tenantId: 'hub-full',
        deployment: { ...deployment, parametersFile: parameters },
        ...write,
      });
      const got = await byType(opened.store, 'hub-full');
      assert.equal(got.resources['Microsoft.Network/virtualNetworkGateways'], 1);
      assert.equal(got.resources['Microsoft.Compute/virtualMachines'], 2);
      assert.equal(got.resources['Microsoft.Network/networkInterfaces'], 2);
      assert.equal(got.resources['Microsoft.Network/publicIPAddresses'], 5, 'the gateway has its own');
      assert.equal(got.resources['Microsoft.Insights/diagnosticSettings'], undefined, 'diagnostic settings are not resources');
      assert.equal((await opened.store.listTenantNodes('hub-full', 'DiagnosticSetting')).length, 13 + 2 + 2, 'the gateway, its IP and the two NICs log too');
      assert.ok((got.references.USES ?? 0) >= 4 + 1 + 2, 'gateway → IP, VM → NIC');
      await cleanupOperations(opened.store, { operationId: r.operationId, yes: true, batchSize: 200 });
    });

    test('bad input: exit 2 naming the file, the JSON path and the reason; nothing written', async () => {
      const cases: [string, unknown, RegExp][] = [
        [
          'unknown-function.json',
          { resources: [{ type: 'Microsoft.Network/virtualNetworks', name: "[frobnicate('x')]", properties: {} }] },
          /unknown-function\.json: \$\.resources\[0\]\.name: unsupported template function frobnicate\(\)/,
        ],
        [
          'no-default.json',
          { parameters: { p: { type: 'string' } }, resources: [{ type: 'Microsoft.Network/virtualNetworks', name: "[parameters('p')]" }] },
          /no-default\.json: \$\.resources\[0\]\.name: parameter p has no default/,
        ],
        [
          'bad-expression.json',
          { resources: [{ type: 'Microsoft.Network/virtualNetworks', name: "[concat('a', ]" }] },
          /bad-expression\.json: \$\.resources\[0\]\.name: .*at character/,
        ],
        ['not-a-template.json', { parameters: {} }, /not-a-template\.json: \$: not an ARM template/],
      ];
      for (const [name, template, message] of cases) {
        const file = join(dir, name);
        writeFileSync(file, JSON.stringify(template));
        const r = spawnSync(
          process.execPath,
          [
            MAIN,
            '--db',
            opened.dbArg,
            '--tenant-id',
            'bad',
            'import',
            '--format',
            'arm',
            '--file',
            file,
            '--subscription-id',
            deployment.subscriptionId,
            '--resource-group',
            'rg',
          ],
          { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome() } },
        );
        assert.equal(r.status, 2, `${name}: ${r.stderr}`);
        assert.match(r.stderr, message, name);
        assert.match(r.stderr, /fix: /);
      }
      const noScope = spawnSync(process.execPath, [MAIN, '--db', opened.dbArg, '--tenant-id', 'bad', 'import', '--format', 'arm', '--file', TEMPLATE], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: testHome() },
      });
      assert.equal(noScope.status, 2);
      assert.match(noScope.stderr, /--subscription-id/);
      assert.equal(await nodeCount(opened.store), 0);
    });
  });
}
