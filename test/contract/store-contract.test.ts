import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LABEL, REL } from '../../src/domain/atg-schema.js';
import { InternalError, UsageError } from '../../src/domain/errors.js';
import type { OperationRecord } from '../../src/domain/operation-record.js';
import { decideTenantScope } from '../../src/domain/tenant-scope.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { expectedNeo4jVersion, freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { assertRefused } from '../helpers/refusal.js';
import { readTenantStats } from '../../src/operations/tenant-stats.js';
import { getNode } from '../../src/store/node-reads.js';

const T1 = 'aaaaaaaa-0000-4000-8000-000000000001';
const T2 = 'bbbbbbbb-0000-4000-8000-000000000002';

function resource(id: string, tenantId: string | null, type = 'Microsoft.Network/virtualNetworks') {
  return { id, name: id, type, tenant_id: tenantId, subscription_id: 'sub-1', properties: '{"provisioningState":"Succeeded"}' };
}

for (const kind of storeKinds()) {
  describe(`GraphStore contract: ${kind}`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    before(async () => {
      opened = await freshStore(kind);
      store = opened.store;
      await store.ensureSchema();
      await store.ensureSchema(); // idempotent
    });
    after(async () => opened.dispose());

    test('creates nodes and reads them back with their labels and properties', async () => {
      const created = await store.writeNodes({
        mode: 'create',
        labels: [LABEL.Resource],
        rows: [resource('vnet-1', T1), resource('subnet-1', T1, 'Microsoft.Network/virtualNetworks/subnets')],
      });
      assert.equal(created, 2);
      const node = await getNode(store, LABEL.Resource, 'vnet-1');
      assert.deepEqual(node?.labels, ['Resource']);
      assert.equal(node?.properties.type, 'Microsoft.Network/virtualNetworks');
      assert.equal(node?.properties.properties, '{"provisioningState":"Succeeded"}');
      assert.equal(await getNode(store, LABEL.Resource, 'missing'), undefined);
    });

    test('merge mode creates only nodes that are not there yet', async () => {
      const rows = [{ id: 'eastus', code: 'eastus', name: 'East US' }];
      assert.equal(await store.writeNodes({ mode: 'merge', labels: [LABEL.Region], rows }), 1);
      assert.equal(await store.writeNodes({ mode: 'merge', labels: [LABEL.Region], rows: [...rows, { id: 'westus', code: 'westus', name: 'West US' }] }), 1);
      assert.equal((await getNode(store, LABEL.Region, 'westus'))?.properties.name, 'West US');
    });

    test('creates relationships only between existing endpoints, and counts what it created', async () => {
      const created = await store.writeRelationships({
        type: REL.CONTAINS,
        srcLabel: LABEL.Resource,
        dstLabel: LABEL.Resource,
        rows: [
          { src: 'vnet-1', dst: 'subnet-1' },
          { src: 'vnet-1', dst: 'no-such-node' },
          { src: 'nobody', dst: 'subnet-1' },
        ],
      });
      assert.equal(created, 1);
      assert.equal(
        await store.writeRelationships({ type: REL.LOCATED_IN, srcLabel: LABEL.Resource, dstLabel: LABEL.Region, rows: [{ src: 'vnet-1', dst: 'eastus' }] }),
        1,
      );
      const census = await store.graphCensus();
      assert.deepEqual(census.relationshipsByType, [
        { key: 'CONTAINS', count: 1 },
        { key: 'LOCATED_IN', count: 1 },
      ]);
    });

    test('graph census counts nodes by their sorted label set', async () => {
      await store.writeNodes({ mode: 'create', labels: [LABEL.Resource, LABEL.Original], rows: [resource('/subscriptions/s/vnet-1', T1)] });
      const census = await store.graphCensus();
      assert.deepEqual(census.nodesByLabels, [
        { key: 'Original:Resource', count: 1 },
        { key: 'Region', count: 2 },
        { key: 'Resource', count: 2 },
      ]);
    });

    test('tenant census sees Tenant nodes and null-tenant resources; the scope rule follows it', async () => {
      await store.writeNodes({ mode: 'create', labels: [LABEL.Tenant], rows: [{ id: T1, tenant_id: T1 }] });
      await store.writeNodes({ mode: 'create', labels: [LABEL.Resource], rows: [resource('nsg-null', null, 'Microsoft.Network/networkSecurityGroups')] });
      const census = await store.tenantCensus(T1);
      assert.deepEqual(census.tenantNodeIds, [T1]);
      assert.equal(census.resourcesWithTenant, 2);
      assert.equal(census.resourcesWithNullTenant, 1);
      const scope = decideTenantScope(T1, census);
      assert.equal(scope.includeNullTenant, true);
      const stats = await readTenantStats(store, scope);
      assert.equal(
        stats.resourcesByLayer.abstracted.reduce((s, c) => s + c.count, 0),
        3,
        'the null-tenant resource belongs to the only tenant',
      );
      assert.deepEqual(stats.resourcesByLayer.original, [{ key: 'Microsoft.Network/virtualNetworks', count: 1 }]);

      // A second tenant makes null-tenant resources unattributable without --subscription-id.
      await store.writeNodes({ mode: 'create', labels: [LABEL.Tenant], rows: [{ id: T2, tenant_id: T2 }] });
      const two = await store.tenantCensus(T2);
      assert.throws(
        () => decideTenantScope(T2, two),
        (e: unknown) => e instanceof UsageError && /its resources have no tenant_id and the database holds 2 tenants/.test(e.message),
      );
      const bySubscription = decideTenantScope(T2, two, ['sub-1']);
      const t2stats = await readTenantStats(store, bySubscription);
      assert.equal(t2stats.scannedResources, 1, 'only the null-tenant resource of sub-1 is attributed to T2');
      const t1stats = await readTenantStats(store, decideTenantScope(T1, await store.tenantCensus(T1)));
      assert.equal(t1stats.scannedResources, 2, 'with two tenants, T1 keeps only its own-tenant resources');
    });

    test('deleteTenantNodes removes one tenant with its relationships and nothing else', async () => {
      await store.writeNodes({ mode: 'create', labels: [LABEL.Resource], rows: [resource('vnet-t2', T2)] });
      await store.writeRelationships({ type: REL.LOCATED_IN, srcLabel: LABEL.Resource, dstLabel: LABEL.Region, rows: [{ src: 'vnet-t2', dst: 'eastus' }] });
      const deleted = await store.deleteTenantNodes(T2, 1);
      assert.equal(deleted, 2, 'the Tenant node and its resource');
      assert.equal(await getNode(store, LABEL.Resource, 'vnet-t2'), undefined);
      assert.ok(await getNode(store, LABEL.Resource, 'vnet-1'), 'T1 untouched');
      const census = await store.graphCensus();
      assert.deepEqual(census.relationshipsByType, [
        { key: 'CONTAINS', count: 1 },
        { key: 'LOCATED_IN', count: 1 },
      ]);
    });

    test('by key: presence and deletes are tenant-scoped; unused shared nodes go, used ones stay', async () => {
      await store.writeNodes({ mode: 'create', labels: [LABEL.Resource], rows: [resource('nic-t1', T1), resource('nic-t2', T2)] });
      await store.writeRelationships({
        type: REL.LOCATED_IN,
        srcLabel: LABEL.Resource,
        dstLabel: LABEL.Region,
        rows: [
          { src: 'nic-t1', dst: 'eastus' },
          { src: 'nic-t2', dst: 'eastus' },
        ],
      });
      await store.writeRelationships({ type: REL.CONNECTED_TO, srcLabel: LABEL.Resource, dstLabel: LABEL.Resource, rows: [{ src: 'nic-t1', dst: 'vnet-1' }] });
      assert.deepEqual((await store.readTenantNodeKeys(T1, LABEL.Resource, ['nic-t1', 'nic-t2', 'nowhere'])).sort(), ['nic-t1']);
      assert.equal(await store.deleteTenantNodesByKey(T1, LABEL.Resource, ['nic-t2']), 0, "T2's node is not T1's to delete");
      assert.ok(await getNode(store, LABEL.Resource, 'nic-t2'));
      const before = await store.graphCensus();
      assert.equal(await store.deleteTenantNodesByKey(T1, LABEL.Resource, ['nic-t1', 'nowhere']), 1);
      assert.equal(await getNode(store, LABEL.Resource, 'nic-t1'), undefined);
      const after = await store.graphCensus();
      const count = (c: typeof after, type: string) => c.relationshipsByType.find((r) => r.key === type)?.count ?? 0;
      assert.equal(count(after, REL.CONNECTED_TO), count(before, REL.CONNECTED_TO) - 1, 'its relationships went with it');
      assert.equal(count(after, REL.LOCATED_IN), count(before, REL.LOCATED_IN) - 1);
      await store.writeNodes({ mode: 'merge', labels: [LABEL.Region], rows: [{ id: 'northpole', code: 'northpole', name: 'North Pole' }] });
      assert.equal(await store.deleteUnusedSharedNodes(LABEL.Region, ['eastus', 'northpole']), 1, 'eastus is still used by nic-t2');
      assert.ok(await getNode(store, LABEL.Region, 'eastus'));
      assert.equal(await getNode(store, LABEL.Region, 'northpole'), undefined);
      assert.equal(await store.deleteTenantNodesByKey(T2, LABEL.Resource, ['nic-t2']), 1);
    });

    test('operation records: recorded before writes, updated, listed per tenant, ids unique', async () => {
      const record: OperationRecord = {
        id: 'scale-20261127T040000-0000abcd',
        tenantId: T1,
        kind: 'template',
        status: 'running',
        params: { scaleFactor: 2.5, resourceTypes: ['Microsoft.Compute/virtualMachines'] },
        startedAt: '2026-11-27T04:00:00.000Z',
        finishedAt: null,
        resourcesCreated: 0,
        relationshipsCreated: 0,
        metrics: null,
        error: null,
      };
      await store.recordOperation(record);
      await store.recordOperation({ ...record, id: 'scale-20261127T050000-0000abce', tenantId: T2, startedAt: '2026-11-27T05:00:00.000Z' });
      // The same id twice: the store's own uniqueness refuses it.
      await assert.rejects(
        store.recordOperation(record),
        kind === 'sqlite' ? /UNIQUE constraint failed: operations\.id/ : /already exists with label `ScaleOperation` and property `id`/,
      );
      assert.deepEqual(await store.getOperation(record.id), record);
      await store.updateOperation(record.id, {
        status: 'completed',
        finishedAt: '2026-11-27T04:00:03.000Z',
        resourcesCreated: 1200,
        relationshipsCreated: 3400,
        metrics: { phases: [{ name: 'write', seconds: 1.5 }] },
      });
      const done = await store.getOperation(record.id);
      assert.equal(done?.status, 'completed');
      assert.equal(done?.resourcesCreated, 1200);
      assert.deepEqual(done?.metrics, { phases: [{ name: 'write', seconds: 1.5 }] });
      assert.deepEqual(
        (await store.listOperations(T1)).map((o) => o.id),
        [record.id],
      );
      assert.equal((await store.listOperations()).length, 2);
      await assertRefused(
        store.updateOperation('scale-20261127T060000-ffffffff', { status: 'failed' }),
        InternalError,
        /operation scale-20261127T060000-ffffffff is not recorded/,
      );
      const stats = await readTenantStats(store, decideTenantScope(T1, await store.tenantCensus(T1)));
      assert.equal(stats.scannedResources, 3, 'vnet-1, subnet-1 and the null-tenant nsg (T1 is the only tenant again); operation records are not resources');
    });

    test('a second connection sees what the first wrote', async () => {
      const again = await opened.reopen();
      assert.ok(await getNode(again, LABEL.Resource, 'vnet-1'));
      assert.match(await again.version(), kind === 'neo4j' ? expectedNeo4jVersion() : /^SQLite 3\./);
    });
  });
}
