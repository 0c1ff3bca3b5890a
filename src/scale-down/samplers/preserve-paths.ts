import { SECURITY_PATHS } from '../../domain/atg-catalog/security-paths.js';
import type { CompactGraph } from '../../fidelity/compact-graph.js';
import { cheapestInstance, compilePath, lacksControl } from '../../fidelity/security-path-search.js';

/** What `--preserve-paths` keeps: the catalog's security path kinds, the (type, relationship, type) triples, or both. */
export const PRESERVE_PATHS = ['security', 'motifs', 'all'] as const;
export type PreservePaths = (typeof PRESERVE_PATHS)[number];

/**
 * --preserve-paths: grows a sample by few extra nodes so that every kind the tenant has is in the
 * sample's induced subgraph at least once — each (source type, relationship, target type) triple
 * (`motifs`), each security path kind of the catalog (`security`), or both (`all`). Greedy, one kind
 * at a time in a fixed order, each by its cheapest instance given what is already kept (an edge
 * with one end kept costs one node); deterministic for a sample. Returns the sample with the added
 * nodes at its end.
 */
export function preservePaths(graph: CompactGraph, sampled: Uint32Array, kind: PreservePaths): Uint32Array {
  const kept = new Uint8Array(graph.nodeCount);
  for (const v of sampled) kept[v] = 1;
  const added: number[] = [];
  const keep = (v: number) => {
    if (kept[v]) return;
    kept[v] = 1;
    added.push(v);
  };
  if (kind !== 'security') keepEveryTriple(graph, kept, keep);
  if (kind !== 'motifs') keepEverySecurityPath(graph, kept, keep);
  if (added.length === 0) return sampled;
  const out = new Uint32Array(sampled.length + added.length);
  out.set(sampled);
  out.set(added, sampled.length);
  return out;
}

/** Each triple the kept nodes lack: the edge with the fewest ends outside them (the first in edge order), both ends kept. */
function keepEveryTriple(graph: CompactGraph, kept: Uint8Array, keep: (v: number) => void): void {
  const T = Math.max(1, graph.types.length);
  const R = Math.max(1, graph.relTypes.length);
  const keyOf = (v: number, e: number) => (graph.typeOf[v]! * R + graph.outRelTypes[e]!) * T + graph.typeOf[graph.outTargets[e]!]!;
  const present = new Set<number>();
  const markEdgesOf = (v: number) => {
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) if (kept[graph.outTargets[e]!]) present.add(keyOf(v, e));
    for (let e = graph.inOffsets[v]!; e < graph.inOffsets[v + 1]!; e++) {
      const u = graph.inSources[e]!;
      if (kept[u]) present.add((graph.typeOf[u]! * R + graph.inRelTypes[e]!) * T + graph.typeOf[v]!);
    }
  };
  for (let v = 0; v < graph.nodeCount; v++)
    if (kept[v]) for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) if (kept[graph.outTargets[e]!]) present.add(keyOf(v, e));
  // One pass: for each missing triple, its cheapest edge (the costs are against the sample as it was; a node added for one triple only makes others cheaper).
  const cheapest = new Map<number, { source: number; target: number; cost: number }>();
  for (let v = 0; v < graph.nodeCount; v++) {
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) {
      const key = keyOf(v, e);
      if (present.has(key)) continue;
      const target = graph.outTargets[e]!;
      const cost = (kept[v] ? 0 : 1) + (kept[target] || target === v ? 0 : 1);
      const known = cheapest.get(key);
      if (!known || cost < known.cost) cheapest.set(key, { source: v, target, cost });
    }
  }
  for (const key of [...cheapest.keys()].sort((a, b) => a - b)) {
    if (present.has(key)) continue;
    const { source, target } = cheapest.get(key)!;
    for (const v of [source, target]) {
      if (kept[v]) continue;
      keep(v);
      markEdgesOf(v);
    }
  }
}

/** Each security path kind the tenant has and the kept nodes lack: its cheapest instance, kept whole. */
function keepEverySecurityPath(graph: CompactGraph, kept: Uint8Array, keep: (v: number) => void): void {
  for (const path of SECURITY_PATHS) {
    const c = compilePath(graph, path);
    if (!c) continue;
    const startAllowed = (v: number) => lacksControl(graph, c, v);
    const cost = (v: number) => (kept[v] ? 0 : 1);
    // Already kept: nothing to add. Else the cheapest instance of the whole tenant (none: the tenant has no such path).
    if (cheapestInstance(graph, c, { startAllowed, cost, maxCost: 0 })) continue;
    const instance = cheapestInstance(graph, c, { startAllowed, cost, maxCost: graph.nodeCount });
    for (const v of instance ?? []) keep(v);
  }
}
