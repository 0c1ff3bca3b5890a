import type { GraphStore } from '../../src/store/graph-store.js';
/**
 * A store-independent digest of a graph: every node (sorted labels, properties with null dropped)
 * and every relationship (type, properties, both ends by label and key, or by content for a node
 * without a key), as a multiset. With a tenant: that tenant's nodes and every relationship touching
 * one of them (those leaving it as `R`, those entering it as `I`, so one inside it counts twice).
 */
export declare function canonicalHash(store: GraphStore, tenantId?: string): Promise<string>;
/** How many nodes the store holds apart from operation records, keyed or not (to see that something happened at all). */
export declare function nodeCount(store: GraphStore, tenantId?: string): Promise<number>;
