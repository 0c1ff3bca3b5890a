import type { GraphStore } from '../../src/store/graph-store.js';
/** What a trial compares before and after: the whole store, the Original layer, and who owns what. */
export interface StoreState {
    /** Every node and relationship (operation records left out). */
    readonly whole: string;
    /** `:Original` nodes and `SCAN_SOURCE_NODE` relationships only. */
    readonly original: string;
    /** Operations recorded as running (a crash leaves them; recovery must resolve them). */
    readonly running: readonly string[];
    /** Operation ids on nodes with no completed record (data nobody owns). */
    readonly unowned: readonly string[];
}
export declare function storeState(store: GraphStore): Promise<StoreState>;
/** Differences that matter, as failure lines (empty: the states agree). */
export declare function compareStates(expected: StoreState, actual: StoreState, what: string): string[];
/** Records left running and data no completed record owns. */
export declare function leftovers(state: StoreState): string[];
/**
 * Nodes plus relationships in the store (operation records left out): a crash trial's measure of
 * how far a killed command got — strictly between the sizes before and after an uninterrupted run
 * means the kill landed inside the work.
 */
export declare function storeSize(store: GraphStore): Promise<number>;
/**
 * A digest of the Original layer: every :Original node (properties read through the port, null
 * dropped, sorted, as the whole-store hash reads them) and every SCAN_SOURCE_NODE relationship.
 */
export declare function originalLayerHash(store: GraphStore): Promise<string>;
