import type { GraphStore } from '../../src/store/graph-store.js';
/**
 * Test-only: the store, with `damage` done to it once, at the moment the operation's `validate`
 * phase begins (before its first read), so a check meets exactly the damage it exists to catch and
 * the writes before it are the real ones. `damaged` tells whether that moment came.
 */
export declare function damagedAtValidation(store: GraphStore, damage: (store: GraphStore) => Promise<void>): {
    store: GraphStore;
    readonly damaged: boolean;
    stop(): void;
};
/**
 * Test-only: the store, whose first tenant-scoped delete by key leaves out one key that `skip`
 * picks (a delete that misses a node). `skipped` names it once it happened.
 */
export declare function skippingOneDelete(store: GraphStore, skip: (keys: readonly string[]) => Promise<string | undefined>): {
    store: GraphStore;
    readonly skipped: string | undefined;
};
