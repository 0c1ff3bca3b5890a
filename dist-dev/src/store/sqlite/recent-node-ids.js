/**
 * id → nid of recently written nodes, so relationships written right after their nodes skip two
 * index look-ups each. Two generations of at most `capacity` entries keep memory bounded;
 * an entry read from the older generation moves to the current one (a cheap LRU);
 * a miss falls back to the database, so the cache only ever saves work.
 */
export class RecentNodeIds {
    capacity;
    current = new Map();
    previous = new Map();
    constructor(capacity = 50_000) {
        this.capacity = capacity;
    }
    remember(id, nid) {
        if (this.current.size >= this.capacity) {
            this.previous = this.current;
            this.current = new Map();
        }
        this.current.set(id, nid);
    }
    get(id) {
        const nid = this.current.get(id);
        if (nid !== undefined)
            return nid;
        const old = this.previous.get(id);
        // Still in use: carried into the current generation, so shared nodes and hubs (tags, regions,
        // users, hub subnets) stay cached for as long as they keep being referenced.
        if (old !== undefined)
            this.remember(id, old);
        return old;
    }
    /** After deletes: a cached nid may no longer exist. */
    clear() {
        this.current.clear();
        this.previous.clear();
    }
}
//# sourceMappingURL=recent-node-ids.js.map