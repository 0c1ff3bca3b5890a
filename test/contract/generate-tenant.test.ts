import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LABEL } from '../../src/domain/atg-schema.js';
import { OperationFailedError, UsageError } from '../../src/domain/errors.js';
import { generateTenant } from '../../src/tenant-generator/generate-tenant.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { assertRefused } from '../helpers/refusal.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import { readTenantStats } from '../../src/operations/tenant-stats.js';
import { getNode } from '../../src/store/node-reads.js';

const TENANT = 'c0ffee00-0000-4000-8000-000000000001';
const OTHER = 'c0ffee00-0000-4000-8000-000000000002';
const options = { resources: 5000, seed: 1, tenantId: TENANT, batchSize: 10_000, concurrency: 2 };

/** What the generator yields, counted in memory: the expected content of the store. */
function expectedCensus(resources: number, seed: number, tenantId: string): { nodes: number; relationships: number } {
  let nodes = 0;
  let relationships = 0;
  for (const chunk of generateTenant({ resources, seed, tenantId })) {
    for (const b of chunk.nodes) nodes += b.rows.length;
    for (const b of chunk.relationships) relationships += b.rows.length;
  }
  return { nodes, relationships };
}

const sum = (xs: readonly { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);

describe('generate-tenant on every store', () => {
  const expected = expectedCensus(5000, 1, TENANT);

  for (const kind of storeKinds()) {
    describe(kind, () => {
      let opened: OpenedStore;
      before(async () => {
        opened = await freshStore(kind);
      });
      after(async () => opened.dispose());

      test('writes every generated node and relationship, 5000 resources on both layers', async () => {
        const result = await loadGeneratedTenant(opened.store, options);
        assert.equal(result.resources, 5000);
        assert.equal(result.nodesCreated, expected.nodes);
        assert.equal(result.relationshipsCreated, expected.relationships);
        const census = await opened.store.graphCensus();
        assert.equal(sum(census.nodesByLabels), expected.nodes);
        assert.equal(sum(census.relationshipsByType), expected.relationships);
        assert.equal(census.nodesByLabels.find((c) => c.key === 'Resource')?.count, 5000);
        assert.equal(census.nodesByLabels.find((c) => c.key === 'Original:Resource')?.count, 5000);
        assert.equal(census.relationshipsByType.find((c) => c.key === 'SCAN_SOURCE_NODE')?.count, 5000);
      });

      test('stats see the tenant: 5000 scanned abstracted resources, hubs with high degree', async () => {
        const census = await opened.store.tenantCensus(TENANT);
        assert.deepEqual(census.tenantNodeIds, [TENANT]);
        const stats = await readTenantStats(opened.store, { tenantId: TENANT, includeNullTenant: true });
        assert.equal(sum(stats.resourcesByLayer.abstracted), 5000);
        assert.equal(sum(stats.resourcesByLayer.original), 5000);
        assert.equal(stats.scannedResources, 5000);
        assert.equal(stats.syntheticResources, 0);
        const types = stats.relationshipsByType.map((r) => r.key);
        for (const t of [
          'CONTAINS',
          'USES',
          'CONNECTED_TO',
          'SECURED_BY',
          'CONNECTED_TO_PE',
          'DEPENDS_ON',
          'LOGS_TO',
          'USES_IDENTITY',
          'TAGGED_WITH',
          'LOCATED_IN',
          'CREATED_BY',
          'SENDS_DIAG_TO',
          'STORES_SECRET',
          'SCAN_SOURCE_NODE',
        ]) {
          assert.ok(types.includes(t), `relationship type ${t} is generated`);
        }
        // Role assignments as ATG writes them start at the assignment and the principal, not at a resource (atg-shape.test.ts).
        assert.ok(!types.includes('HAS_ROLE'), 'no resource HAS_ROLE anything');
      });

      test('properties are JSON strings shaped like ARM resources, linked to their Original', async () => {
        const vm = [...generateTenant({ resources: 5000, seed: 1, tenantId: TENANT })]
          .flatMap((c) => c.nodes)
          .filter((b) => b.labels.length === 1 && b.labels[0] === LABEL.Resource)
          .flatMap((b) => b.rows)
          .find((r) => r.type === 'Microsoft.Compute/virtualMachines');
        assert.ok(vm, 'the tenant has a VM');
        const stored = await getNode(opened.store, LABEL.Resource, vm.id);
        assert.deepEqual(stored?.properties, vm, 'stored exactly as generated');
        const props = JSON.parse(String(stored?.properties.properties));
        assert.match(props.hardwareProfile.vmSize, /^Standard_/);
        assert.match(String(props.networkProfile.networkInterfaces[0].id), /\/providers\/Microsoft\.Network\/networkInterfaces\//);
        const original = await getNode(opened.store, LABEL.Resource, String(vm.original_id));
        assert.deepEqual(original?.labels, ['Original', 'Resource']);
      });

      test('refuses to generate a tenant that already exists, writing nothing', async () => {
        const before = await opened.store.graphCensus();
        await assertRefused(loadGeneratedTenant(opened.store, { ...options, resources: 10 }), UsageError, new RegExp(`tenant ${TENANT} already exists`));
        assert.deepEqual(await opened.store.graphCensus(), before);
      });

      test('an interrupted generation removes what it wrote and leaves other tenants intact', async () => {
        const before = await canonicalHash(opened.store);
        const controller = new AbortController();
        await assertRefused(
          loadGeneratedTenant(
            opened.store,
            { ...options, tenantId: OTHER, resources: 20_000, batchSize: 2000 },
            {
              signal: controller.signal,
              onProgress: (t) => {
                if (t.nodes > 0) controller.abort();
              },
            },
          ),
          OperationFailedError,
          /failed \(interrupted\); rolled back/,
        );
        const census = await opened.store.tenantCensus(OTHER);
        assert.equal(census.resourcesWithTenant, 0);
        assert.ok(!census.tenantNodeIds.includes(OTHER));
        assert.equal(await canonicalHash(opened.store), before, 'the first tenant is exactly as it was');
      });
    });
  }

  test('both stores hold the same tenant: counts by label set and relationship type, and the same hash', {
    skip: storeKinds().length < 2 ? 'one store selected by TENANT_SCALE_TEST_STORES' : false,
  }, async () => {
    // Both stores loaded here, by this test: nothing it compares comes from another test.
    const sqlite = await freshStore('sqlite');
    const neo4j = await freshStore('neo4j');
    try {
      await loadGeneratedTenant(sqlite.store, options);
      await loadGeneratedTenant(neo4j.store, options);
      const census = await sqlite.store.graphCensus();
      assert.equal(sum(census.nodesByLabels), expected.nodes);
      assert.deepEqual(await neo4j.store.graphCensus(), census);
      assert.equal(await canonicalHash(neo4j.store), await canonicalHash(sqlite.store), 'node for node, relationship for relationship');
    } finally {
      await sqlite.dispose();
      await neo4j.dispose();
    }
  });
});
