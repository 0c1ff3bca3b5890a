import type { SecurityPath } from '../domain/atg-catalog/security-paths.js';
import type { CompactGraph } from './compact-graph.js';

/**
 * Finding instances of the catalog's security path templates in a compact graph: a depth-first
 * search from every node of a start type, each step along relationships of its type and direction
 * to a node of its types, every node of an instance distinct. Written by hand: graph libraries match
 * untyped patterns, and what is wanted here is the *cheapest* instance — the one with the fewest
 * nodes outside a sample — which a branch-and-bound over these short templates finds directly.
 */
export interface CompiledPath {
  readonly path: SecurityPath;
  /** By type index: may the first node be of this type. */
  readonly start: Uint8Array;
  readonly steps: readonly { readonly rel: number; readonly out: boolean; readonly types: Uint8Array }[];
  /** The first node must have no relationship of this type and direction (rel -1: the graph has none, so every node lacks it). */
  readonly lacking?: { readonly rel: number; readonly out: boolean };
}

/** Expansions one search may make before it settles for the best instance found so far (a hub of hubs cannot stall a sample). */
const WORK_LIMIT = 5_000_000;

/** The template against this graph's type and relationship names; undefined when the graph cannot hold it (a step's relationship type is absent). */
export function compilePath(graph: CompactGraph, path: SecurityPath): CompiledPath | undefined {
  const typeMask = (names: readonly string[]) => {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    return Uint8Array.from(graph.types, (t) => (wanted.has(t.toLowerCase()) ? 1 : 0));
  };
  const steps = [];
  for (const step of path.steps) {
    const rel = graph.relTypes.indexOf(step.relationship);
    if (rel < 0) return undefined;
    steps.push({ rel, out: step.direction === 'out', types: typeMask(step.types) });
  }
  return {
    path,
    start: typeMask(path.start),
    steps,
    ...(path.lacking ? { lacking: { rel: graph.relTypes.indexOf(path.lacking.relationship), out: path.lacking.direction === 'out' } } : {}),
  };
}

/** Does node v of the graph lack the path's control (no relationship of that type and direction)? */
export function lacksControl(graph: CompactGraph, c: CompiledPath, v: number): boolean {
  if (!c.lacking || c.lacking.rel < 0) return true;
  const [offsets, rels] = c.lacking.out ? [graph.outOffsets, graph.outRelTypes] : [graph.inOffsets, graph.inRelTypes];
  for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (rels[e] === c.lacking.rel) return false;
  return true;
}

export interface InstanceSearch {
  /** May v start an instance (its type aside)? For a lacking control, whether v lacks it — in the tenant. */
  readonly startAllowed: (v: number) => boolean;
  /** 0 for a node already kept, 1 for one the instance would add. */
  readonly cost: (v: number) => number;
  /** Instances costing more are not wanted (0: only instances among kept nodes). */
  readonly maxCost: number;
}

/** The cheapest instance (its nodes, first node first), the first in node and edge order among equals; undefined when none costs at most maxCost. */
export function cheapestInstance(graph: CompactGraph, c: CompiledPath, search: InstanceSearch): number[] | undefined {
  let best: number[] | undefined;
  let bestCost = search.maxCost + 1;
  let work = 0;
  const chosen: number[] = [];
  const extend = (v: number, depth: number, costSoFar: number): void => {
    if (depth === c.steps.length) {
      best = chosen.slice();
      bestCost = costSoFar;
      return;
    }
    const step = c.steps[depth]!;
    const [offsets, ends, rels] = step.out ? [graph.outOffsets, graph.outTargets, graph.outRelTypes] : [graph.inOffsets, graph.inSources, graph.inRelTypes];
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (bestCost === 0 || ++work > WORK_LIMIT) return;
      if (rels[e] !== step.rel) continue;
      const w = ends[e]!;
      if (!step.types[graph.typeOf[w]!] || chosen.includes(w)) continue;
      const cost = costSoFar + search.cost(w);
      if (cost >= bestCost) continue;
      chosen.push(w);
      extend(w, depth + 1, cost);
      chosen.pop();
    }
  };
  for (let v = 0; v < graph.nodeCount && bestCost > 0 && work <= WORK_LIMIT; v++) {
    if (!c.start[graph.typeOf[v]!]) continue;
    const cost = search.cost(v);
    if (cost >= bestCost || !search.startAllowed(v)) continue;
    chosen.push(v);
    extend(v, 0, cost);
    chosen.pop();
  }
  return best;
}

/** Is there an instance at all (every node allowed, none costs anything)? */
export function hasInstance(graph: CompactGraph, c: CompiledPath, startAllowed = (v: number) => lacksControl(graph, c, v)): boolean {
  return cheapestInstance(graph, c, { startAllowed, cost: () => 0, maxCost: 0 }) !== undefined;
}
