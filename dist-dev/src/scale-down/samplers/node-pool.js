/**
 * The nodes not sampled yet, grouped by resource type, for O(1) random jumps and O(1) removal (swap
 * with the last of its group): a sampler never scans the graph for an unvisited node, however full
 * the sample gets. One flat array with a slice per type and one shared position array: no per-type
 * arrays of the graph's size.
 */
export class NodePool {
    typeOf;
    nodes;
    position;
    start;
    count;
    total;
    constructor(typeOf, typeCount) {
        this.typeOf = typeOf;
        const n = typeOf.length;
        this.count = new Uint32Array(typeCount);
        for (let v = 0; v < n; v++)
            this.count[typeOf[v]]++;
        this.start = new Uint32Array(typeCount);
        for (let t = 1; t < typeCount; t++)
            this.start[t] = this.start[t - 1] + this.count[t - 1];
        const fill = this.start.slice();
        this.nodes = new Uint32Array(n);
        this.position = new Int32Array(n);
        for (let v = 0; v < n; v++) {
            const at = fill[typeOf[v]]++;
            this.nodes[at] = v;
            this.position[v] = at;
        }
        this.total = n;
    }
    get size() {
        return this.total;
    }
    has(v) {
        return this.position[v] >= 0;
    }
    /** Unsampled nodes of one type. */
    left(type) {
        return this.count[type];
    }
    /** Removes v if present; returns whether it was. */
    take(v) {
        const at = this.position[v];
        if (at < 0)
            return false;
        const t = this.typeOf[v];
        const lastAt = this.start[t] + --this.count[t];
        const last = this.nodes[lastAt];
        this.nodes[at] = last;
        this.position[last] = at;
        this.position[v] = -1;
        this.total--;
        return true;
    }
    /** A uniformly random unsampled node (the pool must not be empty). */
    random(rng) {
        // Types in order, each holding `count` nodes: locate the k-th unsampled node.
        let k = Math.floor(rng.next() * this.total);
        for (let t = 0; t < this.count.length; t++) {
            if (k < this.count[t])
                return this.nodes[this.start[t] + k];
            k -= this.count[t];
        }
        throw new RangeError('empty node pool');
    }
    /** A uniformly random unsampled node of one type (that type must have one left). */
    randomOfType(type, rng) {
        return this.nodes[this.start[type] + Math.floor(rng.next() * this.count[type])];
    }
}
/**
 * The sample as it grows: nodes in the order they were taken, and the pool of the rest. With
 * per-type quotas (stratified sampling) a node whose type has its share already is refused, and
 * jumps land on a type that still has room, chosen in proportion to that room: the sample keeps
 * the tenant's type mix within one resource per type while the walk or fire keeps the topology.
 */
export class Sample {
    typeOf;
    target;
    pool;
    taken;
    room;
    length = 0;
    constructor(typeOf, typeCount, target, quotas) {
        this.typeOf = typeOf;
        this.target = target;
        this.pool = new NodePool(typeOf, typeCount);
        this.taken = new Uint32Array(target);
        this.room = quotas ? Int32Array.from(quotas) : undefined;
    }
    get size() {
        return this.length;
    }
    get full() {
        return this.length >= this.target;
    }
    has(v) {
        return !this.pool.has(v);
    }
    /** v is not sampled yet and its type has room. */
    open(v) {
        return this.pool.has(v) && (this.room === undefined || this.room[this.typeOf[v]] > 0);
    }
    /** Adds v unless it is in already, its type is full, or the sample is; returns whether it was added. */
    add(v) {
        if (this.full || !this.open(v))
            return false;
        this.pool.take(v);
        if (this.room)
            this.room[this.typeOf[v]]--;
        this.taken[this.length++] = v;
        return true;
    }
    /** A random node that `add` would take: uniform over unsampled nodes, or by type room with quotas. */
    randomOpen(rng) {
        if (!this.room)
            return this.pool.random(rng);
        let total = 0;
        for (let t = 0; t < this.room.length; t++)
            if (this.pool.left(t) > 0)
                total += Math.max(0, this.room[t]);
        let k = rng.next() * total;
        for (let t = 0; t < this.room.length; t++) {
            if (this.pool.left(t) === 0 || this.room[t] <= 0)
                continue;
            k -= this.room[t];
            if (k < 0)
                return this.pool.randomOfType(t, rng);
        }
        return this.pool.random(rng);
    }
    /** The sampled node indexes in the order they were taken. */
    nodes() {
        return this.taken.subarray(0, this.length);
    }
}
/**
 * Per-type quotas for `target` nodes: each type's share of the graph by largest remainder, so they
 * add up to the target exactly and no type is off by more than one.
 */
export function typeQuotas(typeOf, typeCount, target) {
    const counts = new Float64Array(typeCount);
    for (const t of typeOf)
        counts[t]++;
    const n = typeOf.length;
    const exact = Array.from(counts, (c) => (c * target) / n);
    const quotas = Uint32Array.from(exact, Math.floor);
    let left = target - quotas.reduce((s, q) => s + q, 0);
    const byRemainder = exact.map((x, t) => [x - Math.floor(x), t]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, t] of byRemainder) {
        if (left <= 0)
            break;
        quotas[t]++;
        left--;
    }
    return quotas;
}
//# sourceMappingURL=node-pool.js.map