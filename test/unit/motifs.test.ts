import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/domain/rng.js';
import { CompactGraphBuilder, type CompactGraph } from '../../src/fidelity/compact-graph.js';
import { measureFidelity } from '../../src/fidelity/metrics/fidelity.js';
import { motifCoverage, motifsOf, pathName, tripleName } from '../../src/fidelity/metrics/motifs.js';
import { inducedSubgraph } from '../../src/fidelity/induced-subgraph.js';
import { graphOf } from '../helpers/compact-graphs.js';

/** The motifs by brute force, from the edge list alone: every edge, and every pair of edges end to end. */
function bruteForce(edges: readonly { src: string; rel: string; dst: string }[], typeOf: (id: string) => string) {
  const triples = new Set<string>();
  const paths = new Set<string>();
  for (const e of edges) triples.add(tripleName(typeOf(e.src), e.rel, typeOf(e.dst)));
  for (const e1 of edges) for (const e2 of edges) if (e1.dst === e2.src) paths.add(pathName(typeOf(e1.src), e1.rel, typeOf(e1.dst), e2.rel, typeOf(e2.dst)));
  return { triples, paths };
}

const sorted = (s: ReadonlySet<string>) => [...s].sort();

test('the motifs of a small graph, by name', () => {
  const g = graphOf(['ip:PublicIP', 'nic:NIC', 'vm:VM', 'disk:Disk', 'vm2:VM'], ['ip>nic/CONNECTED_TO', 'nic>vm/ATTACHED_TO', 'vm>disk/USES', 'vm2>disk/USES']);
  const m = motifsOf(g);
  assert.deepEqual(sorted(m.triples), ['NIC -[ATTACHED_TO]-> VM', 'PublicIP -[CONNECTED_TO]-> NIC', 'VM -[USES]-> Disk']);
  assert.deepEqual(sorted(m.paths), ['NIC -[ATTACHED_TO]-> VM -[USES]-> Disk', 'PublicIP -[CONNECTED_TO]-> NIC -[ATTACHED_TO]-> VM']);
});

test('a self-loop and a two-cycle make 2-paths through the same node; a hub of one kind is one motif', () => {
  const nodes = ['a:A', 'b:B', 'hub:H', ...Array.from({ length: 50 }, (_, i) => `leaf${i}:L`)];
  const edges = ['a>a/SELF', 'a>b/TO', 'b>a/BACK', ...Array.from({ length: 50 }, (_, i) => `hub>leaf${i}/HAS`), 'b>hub/OWNS'];
  const m = motifsOf(graphOf(nodes, edges));
  assert.deepEqual(sorted(m.paths), [
    'A -[SELF]-> A -[SELF]-> A',
    'A -[SELF]-> A -[TO]-> B',
    'A -[TO]-> B -[BACK]-> A',
    'A -[TO]-> B -[OWNS]-> H',
    'B -[BACK]-> A -[SELF]-> A',
    'B -[BACK]-> A -[TO]-> B',
    'B -[OWNS]-> H -[HAS]-> L',
  ]);
  assert.equal(m.triples.size, 5);
});

test('random typed multigraphs: the motifs equal a brute force over every pair of edges', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const rng = new Rng(seed);
    const types = ['VM', 'NIC', 'Subnet', 'VNet', 'Storage', 'KeyVault', 'SQL'];
    const rels = ['USES', 'CONTAINS', 'CONNECTED_TO', 'DEPENDS_ON'];
    const n = 40 + rng.int(0, 39);
    const typeOfId = new Map<string, string>();
    const b = new CompactGraphBuilder();
    for (let i = 0; i < n; i++) {
      const type = types[rng.int(0, types.length - 1)]!;
      typeOfId.set(`r${i}`, type);
      b.addNode(`r${i}`, type);
    }
    const edges: { src: string; rel: string; dst: string }[] = [];
    for (let i = 0; i < n * 2; i++) {
      const e = { src: `r${rng.int(0, n - 1)}`, rel: rels[rng.int(0, rels.length - 1)]!, dst: `r${rng.int(0, n - 1)}` };
      edges.push(e);
      b.addEdge(e.src, e.rel, e.dst);
    }
    const g = b.build();
    const expected = bruteForce(edges, (id) => typeOfId.get(id)!);
    const m = motifsOf(g);
    assert.ok(expected.paths.size > 20, `seed ${seed}: ${expected.paths.size} 2-paths to compare`);
    assert.deepEqual(sorted(m.triples), sorted(expected.triples), `seed ${seed}: triples`);
    assert.deepEqual(sorted(m.paths), sorted(expected.paths), `seed ${seed}: 2-paths`);

    // A sample's coverage: its induced subgraph's motifs (brute force over the edges it keeps) against the tenant's.
    const kept = Uint32Array.from({ length: Math.floor(n / 3) }, (_, i) => i * 3);
    const keptIds = new Set([...kept].map((v) => `r${v}`));
    const sub = inducedSubgraph(g, kept);
    const subExpected = bruteForce(
      edges.filter((e) => keptIds.has(e.src) && keptIds.has(e.dst)),
      (id) => typeOfId.get(id)!,
    );
    const f = measureFidelity(g, sub, seed);
    const missingPaths = sorted(expected.paths).filter((p) => !subExpected.paths.has(p));
    assert.ok(missingPaths.length > 0, `seed ${seed}: the sample misses some 2-paths`);
    assert.deepEqual(f.motifs.paths.missing, missingPaths, `seed ${seed}: missing 2-paths`);
    assert.equal(f.motifs.paths.sample, subExpected.paths.size);
    assert.equal(f.motifs.paths.tenant, expected.paths.size);
    assert.equal(f.motifs.triples.sample, subExpected.triples.size);
    assert.equal(f.motifs.triples.coverage, Math.round((subExpected.triples.size / expected.triples.size) * 10_000) / 10_000);
  }
});

test('coverage: a graph against itself is whole; nothing to cover is whole too', () => {
  const g: CompactGraph = graphOf(['a:A', 'b:B', 'c:C'], ['a>b/R', 'b>c/S']);
  const f = measureFidelity(g, g, 1);
  assert.deepEqual(f.motifs.triples, { tenant: 2, sample: 2, coverage: 1, missing: [] });
  assert.deepEqual(f.motifs.paths, { tenant: 1, sample: 1, coverage: 1, missing: [] });
  assert.deepEqual(motifCoverage(new Set(), new Set()), { tenant: 0, sample: 0, coverage: 1, missing: [] });
});
