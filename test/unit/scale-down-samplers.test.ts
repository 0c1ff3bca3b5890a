import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/domain/rng.js';
import { UsageError } from '../../src/domain/errors.js';
import { CompactGraphBuilder, type CompactGraph } from '../../src/fidelity/compact-graph.js';
import { SAMPLING_ALGORITHMS, sampleGraph } from '../../src/scale-down/samplers/index.js';
import { geometric } from '../../src/scale-down/samplers/forest-fire.js';
import { resolveTarget } from '../../src/scale-down/target-size.js';
import { inducedSubgraph } from '../../src/fidelity/induced-subgraph.js';
import { assertThrowsFor } from '../helpers/refusal.js';

/** A hub-and-spoke graph with islands: hubs of several types, chains, isolated nodes. */
function testGraph(n = 2000): CompactGraph {
  const rng = new Rng(3);
  const b = new CompactGraphBuilder();
  const types = ['vm', 'nic', 'subnet', 'nsg', 'vnet', 'rare'];
  for (let i = 0; i < n; i++) b.addNode(`r${String(i).padStart(5, '0')}`, i === n - 1 ? 'rare' : types[i % 5]!);
  for (let i = 0; i < n - 100; i++) {
    b.addEdge(`r${String(i).padStart(5, '0')}`, 'USES', `r${String(rng.skewedIndex(n - 100)).padStart(5, '0')}`);
    if (i % 7 === 0) b.addEdge(`r${String(i).padStart(5, '0')}`, i % 14 === 0 ? 'SECURED_BY' : 'CONTAINS', `r${String(rng.int(0, n - 101)).padStart(5, '0')}`);
  }
  b.addEdge('r00003', 'LOGS_TO', 'r01950');
  return b.build();
}

test('every sampler: exactly the target, distinct nodes, same seed → same sample, other seed → another', () => {
  const g = testGraph();
  for (const algorithm of SAMPLING_ALGORITHMS) {
    for (const target of [1, 37, 300, 2000]) {
      const a = sampleGraph(g, { algorithm, target, seed: 11 });
      assert.equal(a.length, target, `${algorithm} ${target}`);
      assert.equal(new Set(a).size, target, `${algorithm} ${target}: distinct`);
      assert.ok(a.every((v) => v < g.nodeCount));
      assert.deepEqual([...sampleGraph(g, { algorithm, target, seed: 11 })], [...a], `${algorithm}: reproducible`);
      if (target === 300) assert.notDeepEqual([...sampleGraph(g, { algorithm, target, seed: 12 })], [...a], `${algorithm}: seeded`);
    }
  }
});

test('forest fire and walks keep more relationships than random nodes do', () => {
  const g = testGraph();
  const edges = (algorithm: (typeof SAMPLING_ALGORITHMS)[number]) => inducedSubgraph(g, sampleGraph(g, { algorithm, target: 300, seed: 5 })).edgeCount;
  const baseline = edges('random-node');
  for (const algorithm of ['forest-fire', 'random-walk', 'induced-edge'] as const)
    assert.ok(edges(algorithm) > 2 * baseline, `${algorithm}: ${edges(algorithm)} vs ${baseline}`);
});

test('preserve-types adds the fewest nodes for every resource and relationship type', () => {
  const g = testGraph();
  const plain = sampleGraph(g, { algorithm: 'random-node', target: 20, seed: 2 });
  const kept = sampleGraph(g, { algorithm: 'random-node', target: 20, seed: 2, preserveTypes: true });
  assert.deepEqual([...kept.subarray(0, 20)], [...plain], 'the sample is kept, extras are appended');
  const sub = inducedSubgraph(g, kept);
  assert.deepEqual([...new Set(sub.types)].sort(), [...g.types].sort());
  assert.deepEqual([...new Set(sub.relTypes)].sort(), [...g.relTypes].sort());
  // The single LOGS_TO edge and the single 'rare' node: at most 2 per relationship type plus 1 per resource type.
  assert.ok(kept.length - 20 <= 2 * g.relTypes.length + g.types.length, `${kept.length - 20} extra`);
});

test('target: a fraction (1.0 keeps everything), a count, or a UsageError naming the range', () => {
  assert.equal(resolveTarget({ targetSize: 1 }, 500, 0.1), 500);
  assert.equal(resolveTarget({ targetSize: 0.1 }, 500, 0.5), 50);
  assert.equal(resolveTarget({}, 500, 0.1), 50);
  assert.equal(resolveTarget({ targetSize: 0.0001 }, 500, 0.1), 1);
  assert.equal(resolveTarget({ targetCount: 500 }, 500, 0.1), 500);
  for (const [bad, reason] of [
    [{ targetSize: 0 }, /target size 0 is out of range/],
    [{ targetSize: 1.5 }, /target size 1\.5 is out of range/],
    [{ targetSize: Number.NaN }, /target size NaN is out of range/],
    [{ targetCount: 0 }, /target count 0 is out of range: the tenant has 500/],
    [{ targetCount: 501 }, /target count 501 is out of range/],
    [{ targetCount: 2.5 }, /target count 2\.5 is out of range/],
    [{ targetSize: 0.5, targetCount: 3 }, /either a target size .* or a target count, not both/],
  ] as const) {
    assertThrowsFor(() => resolveTarget(bad, 500, 0.1), UsageError, reason, JSON.stringify(bad));
  }
  assertThrowsFor(() => resolveTarget({}, 0, 0.1), UsageError, /no abstracted resources to sample/);
});

test('geometric burn counts have mean p / (1 − p)', () => {
  const rng = new Rng(9);
  const n = 200_000;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += geometric(rng, 0.4);
  assert.ok(Math.abs(sum / n - 0.4 / 0.6) < 0.01, `${sum / n}`);
});

test('pattern growth: seeds with their neighbourhood, hop by hop, cut between neighbourhoods', async () => {
  const { growPattern } = await import('../../src/scale-down/samplers/pattern.js');
  const b = new CompactGraphBuilder();
  for (const id of ['a', 'b', 'c', 'd', 'x', 'y']) b.addNode(id, 'T');
  for (const [s, d] of [
    ['a', 'b'],
    ['c', 'b'],
    ['c', 'd'],
    ['y', 'x'],
  ])
    b.addEdge(s!, 'USES', d!);
  const g = b.build();
  const ids = (nodes: Uint32Array) => [...nodes].map((v) => g.ids[v]).sort();
  assert.deepEqual(ids(growPattern(g, [0], 2, new Rng(1))), ['a', 'b', 'c'], 'two hops from a, both directions');
  assert.deepEqual(ids(growPattern(g, [0], 0, new Rng(1))), ['a']);
  assert.deepEqual(ids(growPattern(g, [0, 4], 1, new Rng(1))), ['a', 'b', 'x', 'y']);
  const cut = growPattern(g, [0, 4], 1, new Rng(1), 2);
  assert.equal(cut.length, 2);
  assert.ok(['a,b', 'x,y'].includes(ids(cut).join(',')), `a whole neighbourhood, not one node of each: ${ids(cut)}`);
});

test('tags as ATG stores them: a JSON string, keys case-insensitive, a truncated string has none', async () => {
  const { tagsMatch } = await import('../../src/scale-down/patterns.js');
  const filter = new Map([['Environment', 'prod']]);
  assert.equal(tagsMatch('{"environment":"prod","team":"web"}', filter), true);
  assert.equal(tagsMatch('{"environment":"dev"}', filter), false);
  assert.equal(tagsMatch('{"environment":"pro', filter), false);
  assert.equal(tagsMatch(null, filter), false);
});

test('stratified sampling keeps every type within one resource of its share, for every sampler', () => {
  const g = testGraph();
  const counts = (nodes: Uint32Array) => {
    const c = new Map<number, number>();
    for (const v of nodes) c.set(g.typeOf[v]!, (c.get(g.typeOf[v]!) ?? 0) + 1);
    return c;
  };
  const all = counts(Uint32Array.from({ length: g.nodeCount }, (_, i) => i));
  for (const algorithm of SAMPLING_ALGORITHMS) {
    const nodes = sampleGraph(g, { algorithm, target: 300, seed: 4, stratifyTypes: true });
    assert.equal(nodes.length, 300);
    const got = counts(nodes);
    for (const [type, n] of all)
      assert.ok(
        Math.abs((got.get(type) ?? 0) - (n * 300) / g.nodeCount) < 1,
        `${algorithm} type ${g.types[type]}: ${got.get(type)} vs ${(n * 300) / g.nodeCount}`,
      );
  }
});
