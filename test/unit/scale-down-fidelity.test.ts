import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MultiDirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { Rng } from '../../src/domain/rng.js';
import { CompactGraphBuilder, sourceOfEdge } from '../../src/fidelity/compact-graph.js';
import { localClustering } from '../../src/fidelity/metrics/clustering.js';
import { componentSizes } from '../../src/fidelity/metrics/components.js';
import { measureFidelity } from '../../src/fidelity/metrics/fidelity.js';
import { effectiveDiameter } from '../../src/fidelity/metrics/hop-plot.js';
import { ksStatistic, totalVariation } from '../../src/fidelity/metrics/ks.js';
import { inducedSubgraph } from '../../src/fidelity/induced-subgraph.js';
import { graphOf } from '../helpers/compact-graphs.js';

test('CSR in both directions; edges to unknown nodes are skipped and counted', () => {
  const b = new CompactGraphBuilder();
  for (const id of ['a', 'b', 'c']) b.addNode(id, 'T');
  b.addEdge('a', 'USES', 'b');
  b.addEdge('a', 'CONTAINS', 'c');
  b.addEdge('c', 'USES', 'b');
  b.addEdge('a', 'USES', 'elsewhere');
  const g = b.build();
  assert.equal(b.skippedEdges, 1);
  assert.equal(g.edgeCount, 3);
  assert.deepEqual([...g.outOffsets], [0, 2, 2, 3]);
  assert.deepEqual([...g.outTargets], [1, 2, 1]);
  assert.deepEqual([...g.inOffsets], [0, 0, 2, 3]);
  assert.deepEqual([...g.inSources], [0, 2, 0]);
  assert.deepEqual(g.relTypes, ['USES', 'CONTAINS']);
  assert.deepEqual(
    [0, 1, 2].map((e) => sourceOfEdge(g, e)),
    [0, 0, 2],
  );
});

test('KS D by hand: identical 0, shifted halves 0.5, disjoint 1, ties counted together', () => {
  assert.equal(ksStatistic([1, 2, 3], [3, 2, 1]), 0);
  assert.equal(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]), 0.5);
  assert.equal(ksStatistic([1, 1], [2, 2]), 1);
  // F1 = 0.75 at 0 (three zeros of four), F2 = 0.5 at 0: D = 0.25, not the 0.5 a tie-blind walk reports.
  assert.equal(ksStatistic([0, 0, 0, 1], [0, 0, 1, 1]), 0.25);
});

test('TVD of type proportions by hand', () => {
  assert.equal(
    totalVariation(
      new Map([
        ['a', 2],
        ['b', 2],
      ]),
      new Map([
        ['a', 1],
        ['b', 3],
      ]),
    ),
    0.25,
  );
  assert.equal(totalVariation(new Map([['a', 5]]), new Map([['b', 5]])), 1);
});

test('local clustering by hand: a triangle with a pendant, directions and a duplicate edge ignored', () => {
  const g = graphOf(['a', 'b', 'c', 'd'], ['a>b', 'b>c', 'c>a', 'a>c', 'd>a', 'a>d']);
  const c = localClustering(g);
  assert.deepEqual(
    [...c].map((x) => Math.round(x * 1e6) / 1e6),
    [0.333333, 1, 1, 0],
  );
  // K4: every node closes all its pairs.
  const k4 = graphOf(['a', 'b', 'c', 'd'], ['a>b', 'a>c', 'a>d', 'b>c', 'b>d', 'c>d']);
  assert.deepEqual([...localClustering(k4)], [1, 1, 1, 1]);
});

test('component sizes agree with graphology-components on a random graph', () => {
  const rng = new Rng(7);
  const nodes = Array.from({ length: 300 }, (_, i) => `n${i}`);
  const edges = Array.from({ length: 220 }, () => `n${rng.int(0, 299)}>n${rng.int(0, 299)}`);
  const ours = [...componentSizes(graphOf(nodes, edges))];
  const reference = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of nodes) reference.addNode(n);
  for (const e of edges) reference.addEdge(...(e.split('>') as [string, string]));
  const theirs = connectedComponents(reference)
    .map((c) => c.length)
    .sort((a, b) => b - a);
  assert.deepEqual(ours, theirs);
  assert.equal(
    ours.reduce((s, x) => s + x, 0),
    300,
  );
});

test('effective diameter of a path of four nodes: 90 % of 12 ordered pairs within 2.4 hops', () => {
  const path = graphOf(['a', 'b', 'c', 'd'], ['a>b', 'b>c', 'c>d']);
  assert.ok(Math.abs(effectiveDiameter(path, new Rng(1)) - 2.4) < 1e-9);
});

test('fidelity of a graph against itself is perfect; against a part of it, measured', () => {
  const g = graphOf(['a:VM', 'b:NIC', 'c:VM', 'd:NIC', 'e:Subnet'], ['a>b/USES', 'c>d/USES', 'b>e/CONNECTED_TO', 'd>e/CONNECTED_TO']);
  const same = measureFidelity(g, g, 1);
  assert.deepEqual(Object.values(same.ks), [0, 0, 0, 0, 0]);
  assert.equal(same.typeTvd, 0);
  assert.equal(same.relationshipTypes.coverage, 1);
  const part = inducedSubgraph(g, Uint32Array.from([0, 1]));
  assert.equal(part.edgeCount, 1);
  const f = measureFidelity(g, part, 1);
  assert.equal(f.sample.nodes, 2);
  assert.deepEqual(f.relationshipTypes.missing, ['CONNECTED_TO']);
  assert.deepEqual(f.resourceTypes.missing, ['Subnet']);
  // Types: tenant VM 2/5, NIC 2/5, Subnet 1/5; sample VM 1/2, NIC 1/2 → ½(0.1 + 0.1 + 0.2) = 0.2.
  assert.equal(f.typeTvd, 0.2);
  // Degrees: tenant [1,2,1,2,2], sample [1,1]: F(1) = 0.4 vs 1 → D = 0.6.
  assert.equal(f.ks.degree, 0.6);
});
