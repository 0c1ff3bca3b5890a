import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SECURITY_PATHS } from '../../src/domain/atg-catalog/security-paths.js';
import { Rng } from '../../src/domain/rng.js';
import { CompactGraphBuilder, type CompactGraph } from '../../src/fidelity/compact-graph.js';
import { securityPathCoverage } from '../../src/fidelity/metrics/security-coverage.js';
import { inducedSubgraph } from '../../src/fidelity/induced-subgraph.js';
import { preservePaths } from '../../src/scale-down/samplers/preserve-paths.js';
import { cheapestInstance, compilePath, lacksControl } from '../../src/fidelity/security-path-search.js';
import { plainInduced, plainInstances, plainSecurityKinds, plainTriples, type PlainGraph } from '../helpers/security-paths-brute.js';

/**
 * Random graphs made of the catalog's own steps (each edge one step of one template, between nodes
 * of fitting types), so that whole paths, broken ones and missing controls all occur; the search,
 * the coverage and --preserve-paths are checked against a brute force over plain edge lists.
 */
function randomCatalogGraph(seed: number, nodes = 70, edges = 140): { compact: CompactGraph; plain: PlainGraph } {
  const rng = new Rng(seed);
  const allTypes = [...new Set(SECURITY_PATHS.flatMap((p) => [...p.start, ...p.steps.flatMap((s) => s.types)]))].sort();
  const types = new Map<string, string>();
  for (let i = 0; i < nodes; i++) types.set(`n${String(i).padStart(3, '0')}`, rng.pick(allTypes));
  const ofType = (wanted: readonly string[]) => [...types].filter(([, t]) => wanted.includes(t)).map(([id]) => id);
  const list: PlainGraph['edges'][number][] = [];
  for (let i = 0; i < edges; i++) {
    const path = rng.pick(SECURITY_PATHS.filter((p) => p.steps.length > 0));
    const at = rng.int(0, path.steps.length - 1);
    const step = path.steps[at]!;
    const from = ofType(at === 0 ? path.start : path.steps[at - 1]!.types);
    const to = ofType(step.types);
    if (from.length === 0 || to.length === 0) continue;
    const [a, b] = [rng.pick(from), rng.pick(to)];
    list.push(step.direction === 'out' ? { src: a, type: step.relationship, dst: b } : { src: b, type: step.relationship, dst: a });
  }
  const builder = new CompactGraphBuilder();
  for (const [id, type] of types) builder.addNode(id, type);
  for (const e of list) builder.addEdge(e.src, e.type, e.dst);
  return { compact: builder.build(), plain: { types, edges: list } };
}

const randomSample = (graph: CompactGraph, rng: Rng, share: number) =>
  Uint32Array.from({ length: graph.nodeCount }, (_, v) => v).filter(() => rng.chance(share));

test('the cheapest instance of each path costs what a brute force over every instance finds', () => {
  let compared = 0;
  let costly = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const { compact, plain } = randomCatalogGraph(seed);
    const kept = new Set([...randomSample(compact, new Rng(seed * 7), 0.3)].map((v) => compact.ids[v]!));
    for (const path of SECURITY_PATHS) {
      const all = plainInstances(plain, path, plain, Number.POSITIVE_INFINITY);
      const bruteCost = all.length ? Math.min(...all.map((nodes) => nodes.filter((id) => !kept.has(id)).length)) : undefined;
      const c = compilePath(compact, path);
      const found = c
        ? cheapestInstance(compact, c, { startAllowed: (v) => lacksControl(compact, c, v), cost: (v) => (kept.has(compact.ids[v]!) ? 0 : 1), maxCost: 99 })
        : undefined;
      const ids = found?.map((v) => compact.ids[v]!);
      assert.equal(ids?.filter((id) => !kept.has(id)).length, bruteCost, `seed ${seed}, ${path.name}`);
      if (ids)
        assert.ok(
          all.some((nodes) => nodes.join() === ids.join()),
          `seed ${seed}, ${path.name}: ${ids.join(' ')} is an instance`,
        );
      compared++;
      if (bruteCost !== undefined && bruteCost > 0) costly++;
    }
  }
  // The comparison saw instances that needed nodes added, and ones already kept.
  assert.ok(compared === 30 * SECURITY_PATHS.length && costly > 20, `${costly} of ${compared} cost something`);
});

test('security coverage of a sample equals the brute force, a missing control judged on the tenant', () => {
  let partial = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const { compact, plain } = randomCatalogGraph(seed);
    const sample = randomSample(compact, new Rng(seed * 11), 0.35);
    const coverage = securityPathCoverage(compact, inducedSubgraph(compact, sample));
    const tenantKinds = plainSecurityKinds(plain);
    const sampleKinds = plainSecurityKinds(plainInduced(plain, new Set([...sample].map((v) => compact.ids[v]!))), plain);
    assert.equal(coverage.tenant, tenantKinds.size, `seed ${seed}`);
    assert.equal(coverage.sample, sampleKinds.size, `seed ${seed}`);
    assert.deepEqual(coverage.missing, [...tenantKinds].filter((k) => !sampleKinds.has(k)).sort(), `seed ${seed}`);
    if (coverage.missing.length > 0) partial++;
  }
  assert.ok(partial > 5, `${partial} samples missed a kind`);
});

test('a subnet whose NSG the sample left out is not a subnet without one', () => {
  const b = new CompactGraphBuilder();
  b.addNode('subnet', 'Microsoft.Network/virtualNetworks/subnets');
  b.addNode('nsg', 'Microsoft.Network/networkSecurityGroups');
  b.addNode('open', 'Microsoft.Network/virtualNetworks/subnets');
  b.addEdge('subnet', 'SECURED_BY', 'nsg');
  const tenant = b.build();
  const secured = securityPathCoverage(tenant, inducedSubgraph(tenant, Uint32Array.of(0)));
  assert.deepEqual([secured.tenant, secured.sample, secured.missing], [1, 0, ['subnet-without-nsg']], 'the secured subnet alone');
  const open = securityPathCoverage(tenant, inducedSubgraph(tenant, Uint32Array.of(2)));
  assert.deepEqual([open.tenant, open.sample], [1, 1], 'the unsecured one');
});

test('--preserve-paths: every kind the tenant has is in the grown sample (brute force), deterministically, the sample kept', () => {
  let added = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const { compact, plain } = randomCatalogGraph(seed);
    const sample = randomSample(compact, new Rng(seed * 13), 0.15);
    for (const kind of ['security', 'motifs', 'all'] as const) {
      const grown = preservePaths(compact, sample, kind);
      assert.deepEqual([...grown.slice(0, sample.length)], [...sample], 'the sample first, as it was');
      assert.deepEqual([...preservePaths(compact, sample, kind)], [...grown], 'the same again');
      const kept = plainInduced(plain, new Set([...grown].map((v) => compact.ids[v]!)));
      if (kind !== 'motifs') assert.deepEqual(plainSecurityKinds(kept, plain), plainSecurityKinds(plain), `seed ${seed}, ${kind}: security kinds`);
      if (kind !== 'security') assert.deepEqual(plainTriples(kept), plainTriples(plain), `seed ${seed}, ${kind}: triples`);
      added += grown.length - sample.length;
    }
  }
  assert.ok(added > 0, 'the samples needed growing');
});
