/**
 * id → nid of recently written nodes, so relationships written right after their nodes skip two
 * index look-ups each. Two generations of at most `capacity` entries keep memory bounded;
 * an entry read from the older generation moves to the current one (a cheap LRU);
 * a miss falls back to the database, so the cache only ever saves work.
 */
export declare class RecentNodeIds {
    private readonly capacity;
    private current;
    private previous;
    constructor(capacity?: number);
    remember(id: string, nid: number): void;
    get(id: string): number | undefined;
    /** After deletes: a cached nid may no longer exist. */
    clear(): void;
}
