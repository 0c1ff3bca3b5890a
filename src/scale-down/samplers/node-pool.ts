import type { Rng } from '../../domain/rng.js';

/**
 * The nodes not sampled yet, for O(1) random jumps and O(1) removal (swap with the last): a
 * sampler never scans the graph for an unvisited node, however full the sample gets.
 */
export class NodePool {
  private readonly nodes: Uint32Array;
  private readonly position: Int32Array;
  private count: number;

  constructor(nodeCount: number) {
    this.nodes = new Uint32Array(nodeCount);
    this.position = new Int32Array(nodeCount);
    for (let v = 0; v < nodeCount; v++) {
      this.nodes[v] = v;
      this.position[v] = v;
    }
    this.count = nodeCount;
  }

  get size(): number {
    return this.count;
  }

  has(v: number): boolean {
    return this.position[v]! >= 0;
  }

  /** Removes v if present; returns whether it was. */
  take(v: number): boolean {
    const at = this.position[v]!;
    if (at < 0) return false;
    const last = this.nodes[--this.count]!;
    this.nodes[at] = last;
    this.position[last] = at;
    this.position[v] = -1;
    return true;
  }

  /** A uniformly random node still in the pool (the pool must not be empty). */
  random(rng: Rng): number {
    return this.nodes[Math.floor(rng.next() * this.count)]!;
  }
}

/** The sample as it grows: nodes in the order they were taken, and the pool of the rest. */
export class Sample {
  readonly pool: NodePool;
  private readonly taken: Uint32Array;
  private length = 0;

  constructor(nodeCount: number, readonly target: number) {
    this.pool = new NodePool(nodeCount);
    this.taken = new Uint32Array(target);
  }

  get size(): number {
    return this.length;
  }

  get full(): boolean {
    return this.length >= this.target;
  }

  has(v: number): boolean {
    return !this.pool.has(v);
  }

  /** Adds v unless it is in already or the sample is full; returns whether it was added. */
  add(v: number): boolean {
    if (this.full || !this.pool.take(v)) return false;
    this.taken[this.length++] = v;
    return true;
  }

  /** The sampled node indexes in the order they were taken. */
  nodes(): Uint32Array {
    return this.taken.subarray(0, this.length);
  }
}
