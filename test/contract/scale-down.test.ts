import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { UsageError } from '../../src/domain/errors.js';
import { scaleDown, type ScaleDownOptions } from '../../src/scale-down/scale-down.js';
import { extractTenantGraph } from '../../src/fidelity/extract.js';
import { SAMPLING_ALGORITHMS } from '../../src/scale-down/samplers/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { storeWithTenants, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { assertRefused } from '../helpers/refusal.js';
import { getNode } from '../../src/store/node-reads.js';

const A = 'd0000000-0000-4000-8000-0000000000da';
const B = 'd0000000-0000-4000-8000-0000000000db';
const base: ScaleDownOptions = { tenantId: A, algorithm: 'forest-fire', defaultTargetSize: 0.1, seed: 42 };
const TENANTS = [
  { tenantId: A, resources: 1500, seed: 21 },
  { tenantId: B, resources: 400, seed: 22 },
];
const PATTERN: ScaleDownOptions = { ...base, algorithm: 'pattern', pattern: { pattern: 'compute', tags: new Map([['environment', 'prod']]), hops: 1 } };

/** The compute types, written out here rather than taken from the code under test (ARM types compare case-insensitively). */
const COMPUTE_TYPES = new Set(
  [
    'Microsoft.Compute/virtualMachines',
    'Microsoft.Compute/disks',
    'Microsoft.Compute/virtualMachineScaleSets',
    'Microsoft.ContainerService/managedClusters',
    'Microsoft.Web/serverfarms',
    'Microsoft.Web/sites',
    'Microsoft.Web/sites/slots',
  ].map((t) => t.toLowerCase()),
);

/**
 * What the compute pattern with environment=prod and one hop must take, worked out from the tenant
 * as the store holds it: every resource of the tenant, the tags of each, and the relationships of
 * the matching ones in both directions to other resources of the tenant.
 */
async function prodComputeNeighbourhood(store: GraphStore, tenantId: string): Promise<{ seeds: Set<string>; sample: Set<string> }> {
  const resources = new Map<string, string>();
  for (let after = ''; ; ) {
    const page = await store.readResourcePage({ tenantId }, after, 500);
    for (const r of page) resources.set(r.id, r.type);
    if (page.length < 500) break;
    after = page[page.length - 1]!.id;
  }
  const compute = [...resources].filter(([, type]) => COMPUTE_TYPES.has(type.toLowerCase())).map(([id]) => id);
  const seeds = new Set<string>();
  for (const node of await store.readNodes('Resource', compute)) {
    const tags = Object.entries(JSON.parse(String(node.properties.tags ?? '{}')) as Record<string, string>);
    if (tags.some(([k, v]) => k.toLowerCase() === 'environment' && v === 'prod')) seeds.add(String(node.properties.id));
  }
  const sample = new Set(seeds);
  for (const direction of ['out', 'in'] as const)
    for (const r of await store.readNodeRelationships('Resource', [...seeds], direction)) if (resources.has(r.other.key)) sample.add(r.other.key);
  return { seeds, sample };
}

describe('scale-down (sample) on every store', () => {
  for (const kind of storeKinds()) {
    describe(kind, () => {
      let opened: OpenedStore;
      let store: GraphStore;
      before(async () => {
        opened = await storeWithTenants(kind, TENANTS);
        store = opened.store;
      });
      after(async () => opened.dispose());

      test("reads the tenant's abstracted graph only: no Original, no other tenant, no SCAN_SOURCE_NODE", async () => {
        const outcome = await scaleDown(store, { ...base, targetSize: 0.15 });
        const { graph } = outcome;
        assert.ok(graph.nodeCount >= 1500, `${graph.nodeCount} nodes`);
        assert.ok(!graph.relTypes.includes('SCAN_SOURCE_NODE'));
        for (const id of graph.ids.filter((_, i) => i % 50 === 0)) {
          const node = await getNode(store, 'Resource', id);
          assert.ok(node, id);
          assert.ok(!node.labels.includes('Original'), `${id} is Original`);
          assert.equal(node.properties.tenant_id, A);
        }
        assert.equal(outcome.summary.sample!.resources, Math.round(0.15 * graph.nodeCount));
        // Fidelity is computed and sane.
        const f = outcome.summary.fidelity!;
        assert.ok(f.ks.degree >= 0 && f.ks.degree <= 1);
        assert.equal(f.tenant.nodes, graph.nodeCount);
        assert.equal(f.sample.relationships, outcome.sampleGraph!.edgeCount);
      });

      test('the push-down read (where the store has one) gives the same graph as the paged reads', async () => {
        const scope = { tenantId: A, includeNullTenant: true };
        const paged = new Proxy(store, { get: (t, k) => (k === 'readTenantGraph' ? undefined : Reflect.get(t, k, t)) }) as GraphStore;
        const a = (await extractTenantGraph(store, scope)).graph;
        const b = (await extractTenantGraph(paged, scope, {}, 97)).graph;
        assert.deepEqual(a.ids, b.ids);
        assert.deepEqual(
          [...a.typeOf].map((t) => a.types[t]),
          [...b.typeOf].map((t) => b.types[t]),
        );
        assert.deepEqual([...a.outOffsets], [...b.outOffsets]);
        assert.deepEqual([...a.outTargets], [...b.outTargets]);
        assert.deepEqual(
          [...a.outRelTypes].map((t) => a.relTypes[t]),
          [...b.outRelTypes].map((t) => b.relTypes[t]),
        );
      });

      test('same seed → the same sample; another seed → another', async () => {
        const a = await scaleDown(store, { ...base, targetCount: 200 });
        const b = await scaleDown(store, { ...base, targetCount: 200 });
        const c = await scaleDown(store, { ...base, targetCount: 200, seed: 43 });
        assert.deepEqual([...a.sampled], [...b.sampled]);
        assert.notDeepEqual([...a.sampled], [...c.sampled]);
      });

      test('every algorithm; 1.0 keeps everything; --preserve-types covers every type', async () => {
        for (const algorithm of SAMPLING_ALGORITHMS) {
          const r = await scaleDown(store, { ...base, algorithm, targetSize: 0.05, preserveTypes: true });
          assert.equal(r.summary.fidelity!.resourceTypes.missing.length, 0, `${algorithm}: ${r.summary.fidelity!.resourceTypes.missing}`);
          assert.equal(r.summary.fidelity!.relationshipTypes.missing.length, 0, `${algorithm}: ${r.summary.fidelity!.relationshipTypes.missing}`);
        }
        const all = await scaleDown(store, { ...base, targetSize: 1 });
        assert.equal(all.summary.sample!.resources, all.graph.nodeCount);
        assert.equal(all.summary.sample!.relationships, all.graph.edgeCount);
        assert.deepEqual(Object.values(all.summary.fidelity!.ks), [0, 0, 0, 0, 0]);
      });

      test('dry run: the real counts and the target, no sample', async () => {
        const r = await scaleDown(store, { ...base, targetCount: 10, dryRun: true });
        assert.equal(r.summary.target, 10);
        assert.equal(r.summary.sample, null);
        assert.ok(r.summary.tenant.resources >= 1500);
      });

      test('pattern: compute resources tagged environment=prod and their neighbours, as read from the tenant itself', async () => {
        const expected = await prodComputeNeighbourhood(store, A);
        assert.ok(expected.seeds.size > 0, 'the tenant has prod compute resources');
        const r = await scaleDown(store, PATTERN);
        const sample = new Set([...r.sampled].map((v) => r.graph.ids[v]!));
        assert.ok(sample.size > 0, 'a sample');
        assert.equal(r.summary.pattern!.seeds, expected.seeds.size, 'every matching resource is a seed');
        assert.deepEqual(
          [...sample].filter((id) => !expected.sample.has(id)),
          [],
          'nothing beyond one hop',
        );
        assert.deepEqual(
          [...expected.sample].filter((id) => !sample.has(id)),
          [],
          'the whole neighbourhood',
        );
        assert.ok(expected.sample.size > expected.seeds.size, 'the neighbours came along');
      });

      test('bad input: target out of range, unknown tenant → UsageError', async () => {
        await assertRefused(scaleDown(store, { ...base, targetSize: 0 }), UsageError, /target size 0 is out of range/);
        await assertRefused(scaleDown(store, { ...base, targetSize: 1.01 }), UsageError, /target size 1\.01 is out of range/);
        await assertRefused(
          scaleDown(store, { ...base, targetCount: 10_000_000 }),
          UsageError,
          /target count 10000000 is out of range: the tenant has \d+ resources/,
        );
        await assertRefused(scaleDown(store, { ...base, tenantId: 'no-such-tenant' }), UsageError, /unknown tenant no-such-tenant/);
      });
    });
  }

  test('both stores read the same graph and take the same sample for the same seed', { skip: storeKinds().length < 2 && 'needs both stores' }, async () => {
    // Both stores loaded here, by this test: nothing it compares comes from another test.
    const taken: { ids: string[]; edges: number; sample: string[]; pattern: string[] }[] = [];
    for (const kind of ['sqlite', 'neo4j'] as const) {
      const opened = await storeWithTenants(kind, TENANTS);
      try {
        const r = await scaleDown(opened.store, { ...base, targetSize: 0.15 });
        const p = await scaleDown(opened.store, PATTERN);
        taken.push({
          ids: [...r.graph.ids],
          edges: r.graph.edgeCount,
          sample: [...r.sampled].map((v) => r.graph.ids[v]!),
          pattern: [...p.sampled].map((v) => p.graph.ids[v]!),
        });
      } finally {
        await opened.dispose();
      }
    }
    const [sqlite, neo4j] = taken;
    assert.ok(sqlite!.sample.length > 0 && sqlite!.pattern.length > 0, 'samples to compare');
    assert.deepEqual(sqlite!.ids, neo4j!.ids);
    assert.equal(sqlite!.edges, neo4j!.edges);
    assert.deepEqual(sqlite!.sample, neo4j!.sample);
    assert.deepEqual(sqlite!.pattern, neo4j!.pattern);
  });
});
