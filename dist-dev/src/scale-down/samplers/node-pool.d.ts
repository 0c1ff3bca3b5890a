import type { Rng } from '../../domain/rng.js';
/**
 * The nodes not sampled yet, grouped by resource type, for O(1) random jumps and O(1) removal (swap
 * with the last of its group): a sampler never scans the graph for an unvisited node, however full
 * the sample gets. One flat array with a slice per type and one shared position array: no per-type
 * arrays of the graph's size.
 */
export declare class NodePool {
    private readonly typeOf;
    private readonly nodes;
    private readonly position;
    private readonly start;
    private readonly count;
    private total;
    constructor(typeOf: Uint16Array, typeCount: number);
    get size(): number;
    has(v: number): boolean;
    /** Unsampled nodes of one type. */
    left(type: number): number;
    /** Removes v if present; returns whether it was. */
    take(v: number): boolean;
    /** A uniformly random unsampled node (the pool must not be empty). */
    random(rng: Rng): number;
    /** A uniformly random unsampled node of one type (that type must have one left). */
    randomOfType(type: number, rng: Rng): number;
}
/**
 * The sample as it grows: nodes in the order they were taken, and the pool of the rest. With
 * per-type quotas (stratified sampling) a node whose type has its share already is refused, and
 * jumps land on a type that still has room, chosen in proportion to that room: the sample keeps
 * the tenant's type mix within one resource per type while the walk or fire keeps the topology.
 */
export declare class Sample {
    private readonly typeOf;
    readonly target: number;
    readonly pool: NodePool;
    private readonly taken;
    private readonly room;
    private length;
    constructor(typeOf: Uint16Array, typeCount: number, target: number, quotas?: Uint32Array);
    get size(): number;
    get full(): boolean;
    has(v: number): boolean;
    /** v is not sampled yet and its type has room. */
    open(v: number): boolean;
    /** Adds v unless it is in already, its type is full, or the sample is; returns whether it was added. */
    add(v: number): boolean;
    /** A random node that `add` would take: uniform over unsampled nodes, or by type room with quotas. */
    randomOpen(rng: Rng): number;
    /** The sampled node indexes in the order they were taken. */
    nodes(): Uint32Array;
}
/**
 * Per-type quotas for `target` nodes: each type's share of the graph by largest remainder, so they
 * add up to the target exactly and no type is off by more than one.
 */
export declare function typeQuotas(typeOf: Uint16Array, typeCount: number, target: number): Uint32Array;
