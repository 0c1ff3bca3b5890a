import type { CompactGraph } from '../compact-graph.js';

/**
 * The typed motifs of a graph of resources: its (source type, relationship type, target type)
 * triples, and its directed typed 2-paths (type -rel-> type -rel-> type). A sample that keeps
 * every motif of the tenant keeps every kind of connection a tool might look for, even where it
 * keeps few of each.
 *
 * Written by hand: graphology's metrics packages count structure without types, and motif
 * libraries enumerate untyped subgraphs; what is needed here is a set of type names per edge and
 * per pair of edges, in one pass over the typed arrays the fidelity metrics already read.
 */
export interface Motifs {
  /** `source type -[rel]-> target type`. */
  readonly triples: ReadonlySet<string>;
  /** `a -[r1]-> b -[r2]-> c`, each letter a resource type. */
  readonly paths: ReadonlySet<string>;
}

/** One motif kind of a sample compared with the tenant's. */
export interface MotifCoverage {
  readonly tenant: number;
  readonly sample: number;
  /** Share of the tenant's motifs present in the sample (1 when the tenant has none). */
  readonly coverage: number;
  /** The tenant's motifs the sample lacks, sorted. */
  readonly missing: readonly string[];
}

export const tripleName = (source: string, rel: string, target: string) => `${source} -[${rel}]-> ${target}`;
export const pathName = (a: string, r1: string, b: string, r2: string, c: string) => `${a} -[${r1}]-> ${b} -[${r2}]-> ${c}`;

/**
 * Every motif of the graph. Triples: one look at each edge. 2-paths: at each node, the distinct
 * (type, rel) pairs coming in times the distinct (rel, type) pairs going out — a hub with a
 * million edges of three kinds costs three by three, not a million squared. Keys are numbers while
 * the type and relationship counts allow it, names only for the distinct motifs.
 */
export function motifsOf(graph: CompactGraph): Motifs {
  const T = Math.max(1, graph.types.length);
  const R = Math.max(1, graph.relTypes.length);
  const tripleKeys = new Set<number>();
  for (let v = 0; v < graph.nodeCount; v++) {
    const base = graph.typeOf[v]! * R;
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++)
      tripleKeys.add((base + graph.outRelTypes[e]!) * T + graph.typeOf[graph.outTargets[e]!]!);
  }
  const triples = new Set<string>();
  for (const key of tripleKeys) {
    const target = key % T;
    const rel = Math.floor(key / T) % R;
    const source = Math.floor(key / T / R);
    triples.add(tripleName(graph.types[source]!, graph.relTypes[rel]!, graph.types[target]!));
  }

  // A pair (type, rel) is a number below T·R; a 2-path key is (in pair, middle type, out pair).
  const pairs = T * R;
  const numeric = pairs * T * pairs < Number.MAX_SAFE_INTEGER;
  const pathKeys = new Set<number | string>();
  const inPairs = new Set<number>();
  const outPairs = new Set<number>();
  for (let v = 0; v < graph.nodeCount; v++) {
    if (graph.inOffsets[v] === graph.inOffsets[v + 1] || graph.outOffsets[v] === graph.outOffsets[v + 1]) continue;
    inPairs.clear();
    outPairs.clear();
    for (let e = graph.inOffsets[v]!; e < graph.inOffsets[v + 1]!; e++) inPairs.add(graph.typeOf[graph.inSources[e]!]! * R + graph.inRelTypes[e]!);
    for (let e = graph.outOffsets[v]!; e < graph.outOffsets[v + 1]!; e++) outPairs.add(graph.outRelTypes[e]! * T + graph.typeOf[graph.outTargets[e]!]!);
    const middle = graph.typeOf[v]!;
    for (const a of inPairs) for (const b of outPairs) pathKeys.add(numeric ? (a * T + middle) * pairs + b : `${a}:${middle}:${b}`);
  }
  const paths = new Set<string>();
  for (const key of pathKeys) {
    let a: number;
    let middle: number;
    let b: number;
    if (typeof key === 'number') {
      b = key % pairs;
      middle = Math.floor(key / pairs) % T;
      a = Math.floor(key / pairs / T);
    } else {
      [a, middle, b] = key.split(':').map(Number) as [number, number, number];
    }
    const t = graph.types;
    const r = graph.relTypes;
    paths.add(pathName(t[Math.floor(a / R)]!, r[a % R]!, t[middle]!, r[Math.floor(b / T)]!, t[b % T]!));
  }
  return { triples, paths };
}

/** How many of the tenant's motifs of one kind the sample has, and which it lacks. */
export function motifCoverage(tenant: ReadonlySet<string>, sample: ReadonlySet<string>): MotifCoverage {
  const missing = [...tenant].filter((m) => !sample.has(m)).sort();
  const present = tenant.size - missing.length;
  return { tenant: tenant.size, sample: present, coverage: tenant.size === 0 ? 1 : Math.round((present / tenant.size) * 10_000) / 10_000, missing };
}
