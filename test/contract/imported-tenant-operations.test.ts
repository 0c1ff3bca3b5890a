import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importAzureFile } from '../../src/transfer/import-azure.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { restoreFromBackup } from '../../src/scale-down/restore/restore.js';
import { scaleDown, type ScaleDownOutput } from '../../src/scale-down/scale-down.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import { addRelationship, deleteOneRelationship, setProperty } from '../helpers/corrupt-graph.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { assertChecksPassed, DELETE_CHECKS, NEW_TENANT_CHECKS } from '../helpers/validation-checks.js';

/**
 * An imported tenant (the hub-spoke template with every optional part on: diagnostic settings,
 * folded peerings, VMs) goes through the scale operations exactly as a generated one: a delete in
 * place is restored exactly, template scale-up validates, scale-validate passes, and a sample with
 * its fidelity report becomes a new tenant that validates. Each step runs on both, side by side.
 */
const TEMPLATE = fileURLToPath(new URL('../../../fixtures/mspnp-azure-hub-spoke/azuredeploy.json', import.meta.url));
const write = { batchSize: 300, concurrency: 2 };

for (const kind of storeKinds()) {
  describe(`an imported tenant and a generated one through the scale operations alike, on ${kind}`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    let dir: string;
    const tenants = ['imported', 'generated'] as const;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-imported-ops-'));
      opened = await freshStore(kind);
      store = opened.store;
      const parameters = join(dir, 'parameters.json');
      writeFileSync(
        parameters,
        JSON.stringify({
          parameters: { deployVpnGateway: { value: true }, deployVirtualMachines: { value: true }, adminPassword: { value: 'not-a-real-one' } },
        }),
      );
      await importAzureFile(store, {
        file: TEMPLATE,
        format: 'arm',
        tenantId: 'imported',
        deployment: { subscriptionId: '11111111-2222-3333-4444-555555555555', resourceGroup: 'rg-hub', location: 'westeurope', parametersFile: parameters },
        ...write,
      });
      await loadGeneratedTenant(store, { tenantId: 'generated', resources: 40, seed: 3, ...write });
    });
    after(async () => {
      await opened.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the imported tenant holds what the scale operations read: diagnostic settings as their nodes, no folded child as a resource', async () => {
      assert.equal((await store.listTenantNodes('imported', 'DiagnosticSetting')).length, 17);
      const types = new Set<string>();
      for (let after = ''; ; ) {
        const page = await store.readResourcePage({ tenantId: 'imported' }, after, 1000);
        for (const r of page) types.add(r.type);
        if (page.length < 1000) break;
        after = page[page.length - 1]!.id;
      }
      assert.ok(types.has('Microsoft.Network/virtualNetworks'));
      for (const t of [
        'Microsoft.Insights/diagnosticSettings',
        'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
        'Microsoft.Network/firewallPolicies/ruleCollectionGroups',
      ])
        assert.ok(!types.has(t), `${t} is not a resource`);
    });

    for (const tenantId of tenants) {
      test(`${tenantId}: scale-validate checks the ATG shape, and names what is written unlike ATG`, async () => {
        const shapeCheck = async () => {
          const v = await validateTenant(store, tenantId);
          const shapes = v.operations.flatMap((o) => o.checks.filter((c) => c.name === 'atg-shape'));
          assert.ok(shapes.length >= 1, `the tenant's creating operation runs atg-shape: ${JSON.stringify(v.operations)}`);
          const others = v.operations.flatMap((o) => o.checks.filter((c) => c.name !== 'atg-shape' && !c.passed));
          assert.deepEqual(others, [], 'no other check fails');
          return shapes[0]!;
        };
        const clean = await shapeCheck();
        assert.equal(clean.passed, true, clean.detail);
        assert.match(clean.detail, /\d+ relationships of \d+ kinds and \d+ resource types/);
        const whole = await canonicalHash(store);
        // A diagnostic setting CONTAINS another (a relationship no kind of node has), and a resource typed as a
        // diagnostic setting (how imports wrote settings before): each named. Before any scale-up: a
        // type changed under one would be its type-counts check's finding too.
        const [setting, other] = (await store.listTenantNodes(tenantId, 'DiagnosticSetting')).map((n) => n.key);
        assert.ok(setting && other, 'two diagnostic settings');
        const resource = (await store.readResourcePage({ tenantId }, '', 500)).find((r) => /virtualNetworks$/.test(r.type))!;
        await addRelationship(store, setting, 'CONTAINS', other);
        await setProperty(store, resource.id, 'type', 'Microsoft.Insights/diagnosticSettings');
        const damaged = await shapeCheck();
        assert.equal(damaged.passed, false);
        assert.match(damaged.detail, /relationships ATG does not write: \(DiagnosticSetting\)-\[:CONTAINS\]->\(DiagnosticSetting\) ×1;/);
        assert.match(damaged.detail, /types ATG keeps off the resource layer: Microsoft\.Insights\/diagnosticSettings ×1 /);
        await deleteOneRelationship(store, setting, 'CONTAINS', other, { src: 'DiagnosticSetting', dst: 'DiagnosticSetting' });
        await setProperty(store, resource.id, 'type', resource.type);
        assert.equal(await canonicalHash(store), whole, 'the damage undone');
        assert.equal((await shapeCheck()).passed, true);
      });

      test(`${tenantId}: delete in place, then restore: the store exactly as it was`, async () => {
        const whole = await canonicalHash(store);
        const settingLogs = async () => {
          const settings = (await store.listTenantNodes(tenantId, 'DiagnosticSetting')).map((n) => n.key);
          return (await store.readNodeRelationships('DiagnosticSetting', settings, 'out')).filter((r) => r.type === 'LOGS_TO').length;
        };
        const logsBefore = await settingLogs();
        assert.ok(logsBefore > 0, 'its diagnostic settings log to a workspace');
        const backupFile = join(dir, `${kind}-${tenantId}-backup.json`);
        const r = await scaleDown(store, {
          tenantId,
          algorithm: 'forest-fire',
          targetSize: 0.3,
          defaultTargetSize: 0.1,
          seed: 9,
          output: { mode: 'delete', confirmed: true, backupFile },
          ...write,
        });
        const out = r.summary.output;
        assert.ok(out?.mode === 'delete');
        assertChecksPassed(out.validation, DELETE_CHECKS);
        assert.notEqual(await canonicalHash(store), whole);
        assert.equal(await settingLogs(), 0, 'the workspace went, and with it what logged to it');
        await restoreFromBackup(store, { file: backupFile, batchSize: 100 });
        assert.equal(await canonicalHash(store), whole, 'restored exactly, the settings that log to a deleted workspace included');
      });

      test(`${tenantId}: template scale-up validates, and scale-validate passes over the tenant`, async () => {
        const r = await scaleUpTemplate(store, { tenantId, scaleFactor: 3, maxResources: 1_000_000, ...write });
        assert.ok(r.validation && r.validation.length >= 5, 'its checks ran');
        assert.deepEqual(
          r.validation.filter((c) => !c.passed),
          [],
        );
        const v = await validateTenant(store, tenantId);
        assert.ok(v.operations.length >= 1);
        assert.equal(v.passed, true, JSON.stringify(v.operations.flatMap((o) => o.checks.filter((c) => !c.passed))));
      });

      test(`${tenantId}: a sample with its fidelity report becomes a new tenant that validates`, async () => {
        const report = join(dir, `${kind}-${tenantId}.html`);
        const output: ScaleDownOutput = { mode: 'new-tenant', newTenantId: `${tenantId}-sample` };
        const r = await scaleDown(store, {
          tenantId,
          algorithm: 'forest-fire',
          targetSize: 0.4,
          defaultTargetSize: 0.1,
          seed: 5,
          output,
          report: { file: report },
          ...write,
        });
        assert.ok(r.summary.fidelity, 'fidelity measured');
        assert.ok(r.sampled.length > 0);
        assert.ok(existsSync(report) && readFileSync(report, 'utf8').includes('<svg'), 'the report has its plots');
        const out = r.summary.output;
        assert.ok(out?.mode === 'new-tenant');
        assertChecksPassed(out.validation, NEW_TENANT_CHECKS);
      });
    }
  });
}
