import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { UsageError } from '../../src/domain/errors.js';
import { scaleDown, type ScaleDownOptions } from '../../src/scale-down/scale-down.js';
import { extractTenantGraph } from '../../src/scale-down/extract.js';
import { SAMPLING_ALGORITHMS } from '../../src/scale-down/samplers/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { storeWithTenants, storeKinds, type OpenedStore } from '../helpers/stores.js';

const A = 'd0000000-0000-4000-8000-0000000000da';
const B = 'd0000000-0000-4000-8000-0000000000db';
const base: ScaleDownOptions = { tenantId: A, algorithm: 'forest-fire', defaultTargetSize: 0.1, seed: 42 };

describe('scale-down (sample) on every store', () => {
  const seen = new Map<string, { ids: string[]; edges: number; sample: string[] }>();

  for (const kind of storeKinds()) {
    describe(kind, () => {
      let opened: OpenedStore;
      let store: GraphStore;
      before(async () => {
        opened = await storeWithTenants(kind, [
          { tenantId: A, resources: 1500, seed: 21 },
          { tenantId: B, resources: 400, seed: 22 },
        ]);
        store = opened.store;
      });
      after(async () => opened.dispose());

      test("reads the tenant's abstracted graph only: no Original, no other tenant, no SCAN_SOURCE_NODE", async () => {
        const outcome = await scaleDown(store, { ...base, targetSize: 0.15 });
        const { graph } = outcome;
        assert.ok(graph.nodeCount >= 1500, `${graph.nodeCount} nodes`);
        assert.ok(!graph.relTypes.includes('SCAN_SOURCE_NODE'));
        for (const id of graph.ids.filter((_, i) => i % 50 === 0)) {
          const node = await store.getNode('Resource', id);
          assert.ok(node, id);
          assert.ok(!node.labels.includes('Original'), `${id} is Original`);
          assert.equal(node.properties.tenant_id, A);
        }
        assert.equal(outcome.summary.sample!.resources, Math.round(0.15 * graph.nodeCount));
        const sample = [...outcome.sampled].map((v) => graph.ids[v]!);
        seen.set(kind, { ids: [...graph.ids], edges: graph.edgeCount, sample });
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

      test('pattern: compute resources tagged environment=prod and their neighbours, the same on every store', async () => {
        const r = await scaleDown(store, { ...base, algorithm: 'pattern', pattern: { pattern: 'compute', tags: new Map([['environment', 'prod']]), hops: 1 } });
        const { graph, sampled } = r;
        const inSample = new Set(sampled);
        const seeds: number[] = [];
        for (const v of sampled) {
          const node = await store.getNode('Resource', graph.ids[v]!);
          const tags = JSON.parse(String(node!.properties.tags ?? '{}')) as Record<string, string>;
          if (
            [
              'Microsoft.Compute/virtualMachines',
              'Microsoft.Compute/disks',
              'Microsoft.Web/sites',
              'Microsoft.Web/serverfarms',
              'Microsoft.ContainerService/managedClusters',
            ].includes(graph.types[graph.typeOf[v]!]!) &&
            tags.environment === 'prod'
          )
            seeds.push(v);
        }
        assert.equal(seeds.length, r.summary.pattern!.seeds, 'every matching resource is a seed');
        const nearSeed = new Set(seeds);
        for (const s of seeds) {
          for (let e = graph.outOffsets[s]!; e < graph.outOffsets[s + 1]!; e++) nearSeed.add(graph.outTargets[e]!);
          for (let e = graph.inOffsets[s]!; e < graph.inOffsets[s + 1]!; e++) nearSeed.add(graph.inSources[e]!);
        }
        assert.deepEqual(
          [...inSample].filter((v) => !nearSeed.has(v)),
          [],
          'nothing beyond one hop',
        );
        assert.deepEqual(
          [...nearSeed].filter((v) => !inSample.has(v)),
          [],
          'the whole neighbourhood',
        );
        seen.set(`${kind}-pattern`, { ids: [], edges: 0, sample: [...sampled].map((v) => graph.ids[v]!) });
      });

      test('bad input: target out of range, unknown tenant → UsageError', async () => {
        await assert.rejects(scaleDown(store, { ...base, targetSize: 0 }), UsageError);
        await assert.rejects(scaleDown(store, { ...base, targetSize: 1.01 }), UsageError);
        await assert.rejects(scaleDown(store, { ...base, targetCount: 10_000_000 }), UsageError);
        await assert.rejects(scaleDown(store, { ...base, tenantId: 'no-such-tenant' }), UsageError);
      });
    });
  }

  test('both stores read the same graph and take the same sample for the same seed', { skip: storeKinds().length < 2 && 'needs both stores' }, () => {
    const [a, b] = [seen.get('sqlite')!, seen.get('neo4j')!];
    assert.deepEqual(a.ids, b.ids);
    assert.equal(a.edges, b.edges);
    assert.deepEqual(a.sample, b.sample);
    assert.deepEqual(seen.get('sqlite-pattern')!.sample, seen.get('neo4j-pattern')!.sample);
  });
});
