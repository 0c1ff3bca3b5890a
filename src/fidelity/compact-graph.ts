/**
 * A tenant's graph of abstracted resources in typed arrays: integer node indexes, compressed
 * adjacency (CSR) in both directions, no object per node or edge. 10^6 resources with 5·10^6
 * relationships take ~100 MB here (and ~100 MB more for the id → index map while building);
 * graphology keeps several objects per node and edge, several times that.
 */
export interface CompactGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Node index → resource id (indexes follow the order the nodes were added: the store's stable order). */
  readonly ids: readonly string[];
  /** Node index → index into `types`. */
  readonly typeOf: Uint16Array;
  readonly types: readonly string[];
  /** Edge → index into `relTypes` (out and in arrays carry their own copy, in their own order). */
  readonly relTypes: readonly string[];
  /** Out-edges of node v: outTargets[outOffsets[v] .. outOffsets[v+1]). */
  readonly outOffsets: Uint32Array;
  readonly outTargets: Uint32Array;
  readonly outRelTypes: Uint8Array;
  /** In-edges of node v: inSources[inOffsets[v] .. inOffsets[v+1]). */
  readonly inOffsets: Uint32Array;
  readonly inSources: Uint32Array;
  readonly inRelTypes: Uint8Array;
}

export const outDegree = (g: CompactGraph, v: number) => g.outOffsets[v + 1]! - g.outOffsets[v]!;
export const inDegree = (g: CompactGraph, v: number) => g.inOffsets[v + 1]! - g.inOffsets[v]!;
/** Total degree: out + in (the graph as undirected, multi-edges counted). */
export const degree = (g: CompactGraph, v: number) => outDegree(g, v) + inDegree(g, v);

/** The i-th undirected neighbour of v (0 ≤ i < degree(v)): out-neighbours first, then in-neighbours. */
export function neighbour(g: CompactGraph, v: number, i: number): number {
  const out = outDegree(g, v);
  return i < out ? g.outTargets[g.outOffsets[v]! + i]! : g.inSources[g.inOffsets[v]! + i - out]!;
}

/** The node whose out-edges include edge e (an index into outTargets): binary search over the offsets. */
export function sourceOfEdge(g: CompactGraph, e: number): number {
  let lo = 0;
  let hi = g.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (g.outOffsets[mid]! <= e) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Growable typed array: the builder's edge lists grow without a JS array per edge. */
class GrowableUint32 {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Builds a CompactGraph in two passes, as the store streams it: every node first (`addNode`), then
 * every relationship (`addEdge`, by resource ids). Edges to ids that were not added (another
 * tenant's resources, the Original layer, shared nodes) are skipped and counted.
 */
export class CompactGraphBuilder {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly typeIndex = new Map<string, number>();
  private readonly relTypeIndex = new Map<string, number>();
  private nodeTypes = new Uint16Array(1024);
  private readonly src = new GrowableUint32();
  private readonly dst = new GrowableUint32();
  private readonly rel = new GrowableUint32();
  /** Relationships whose other end is outside the graph. */
  skippedEdges = 0;

  addNode(id: string, type: string): number {
    const existing = this.index.get(id);
    if (existing !== undefined) return existing;
    const v = this.ids.length;
    this.index.set(id, v);
    this.ids.push(id);
    if (v === this.nodeTypes.length) {
      const next = new Uint16Array(this.nodeTypes.length * 2);
      next.set(this.nodeTypes);
      this.nodeTypes = next;
    }
    this.nodeTypes[v] = intern(this.typeIndex, type, 0xffff);
    return v;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Ids added so far, by node index. */
  get nodeIds(): readonly string[] {
    return this.ids;
  }

  /** An edge between two added nodes, by index (a store that resolved the endpoints itself). */
  addEdgeByIndex(s: number, d: number, type: string): void {
    this.src.push(s);
    this.dst.push(d);
    this.rel.push(intern(this.relTypeIndex, type, 0xff));
  }

  addEdge(srcId: string, type: string, dstId: string): void {
    const s = this.index.get(srcId);
    const d = this.index.get(dstId);
    if (s === undefined || d === undefined) {
      this.skippedEdges++;
      return;
    }
    this.src.push(s);
    this.dst.push(d);
    this.rel.push(intern(this.relTypeIndex, type, 0xff));
  }

  build(): CompactGraph {
    const n = this.ids.length;
    const m = this.src.length;
    const src = this.src.data.subarray(0, m);
    const dst = this.dst.data.subarray(0, m);
    const rel = this.rel.data.subarray(0, m);
    const out = toCsr(n, src, dst, rel);
    const inn = toCsr(n, dst, src, rel);
    this.index.clear();
    return {
      nodeCount: n,
      edgeCount: m,
      ids: this.ids,
      typeOf: this.nodeTypes.slice(0, n),
      types: [...this.typeIndex.keys()],
      relTypes: [...this.relTypeIndex.keys()],
      outOffsets: out.offsets,
      outTargets: out.targets,
      outRelTypes: out.relTypes,
      inOffsets: inn.offsets,
      inSources: inn.targets,
      inRelTypes: inn.relTypes,
    };
  }
}

function intern(table: Map<string, number>, key: string, max: number): number {
  let i = table.get(key);
  if (i === undefined) {
    i = table.size;
    if (i > max) throw new RangeError(`more than ${max + 1} distinct values of one kind in a graph`);
    table.set(key, i);
  }
  return i;
}

/**
 * Counting sort of the edges by `from`: offsets, and per edge its other end and type, O(n + m);
 * then each node's list sorted by (other end, type), so the adjacency order — which neighbour a
 * walk's i-th choice is — does not depend on the order a store returned the relationships in.
 */
function toCsr(n: number, from: Uint32Array, to: Uint32Array, rel: Uint32Array) {
  const offsets = new Uint32Array(n + 1);
  for (let e = 0; e < from.length; e++) offsets[from[e]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Uint32Array(from.length);
  const relTypes = new Uint8Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const at = cursor[from[e]!]!++;
    targets[at] = to[e]!;
    relTypes[at] = rel[e]!;
  }
  let longest = 0;
  for (let v = 0; v < n; v++) longest = Math.max(longest, offsets[v + 1]! - offsets[v]!);
  const keys = new Float64Array(longest);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const length = offsets[v + 1]! - start;
    if (length < 2) continue;
    for (let i = 0; i < length; i++) keys[i] = targets[start + i]! * 256 + relTypes[start + i]!;
    const sorted = keys.subarray(0, length).sort();
    for (let i = 0; i < length; i++) {
      targets[start + i] = Math.floor(sorted[i]! / 256);
      relTypes[start + i] = sorted[i]! % 256;
    }
  }
  return { offsets, targets, relTypes };
}
