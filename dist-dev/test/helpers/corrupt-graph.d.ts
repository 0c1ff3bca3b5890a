import type { GraphStore } from '../../src/store/graph-store.js';
/** Sets (or, with null, removes) one property of a node. */
export declare function setProperty(store: GraphStore, id: string, key: string, value: string | number | boolean | null): Promise<void>;
/** Adds a label to a node (e.g. `Original`). */
export declare function addLabel(store: GraphStore, id: string, label: string): Promise<void>;
/** Adds one relationship between two nodes. */
export declare function addRelationship(store: GraphStore, src: string, type: string, dst: string): Promise<void>;
/** Gives the relationships of one type between two nodes another type. */
export declare function retypeRelationships(store: GraphStore, src: string, type: string, dst: string, newType: string): Promise<void>;
/** Deletes the relationships leaving a node: all, or those of one type. */
export declare function deleteOutRelationships(store: GraphStore, id: string, type?: string): Promise<void>;
/** Deletes a node with its relationships. */
export declare function deleteNode(store: GraphStore, id: string): Promise<void>;
/** A copy of a node (labels and properties, no relationships) under a new id and type. */
export declare function cloneNode(store: GraphStore, id: string, newId: string, newType: string): Promise<void>;
/** Ids of some nodes: `where` is a condition on `n` in Cypher and its translation for SQLite's `nodes` row. */
export declare function nodeIds(store: GraphStore, where: {
    cypher: string;
    sql: string;
}, params?: Record<string, unknown>): Promise<string[]>;
/** One relationship between two abstracted resources of a tenant (the first in a fixed order), and a third resource of it to move its end to. */
export declare function relationshipToMove(store: GraphStore, tenantId: string): Promise<{
    src: string;
    type: string;
    dst: string;
    elsewhere: string;
}>;
/** Deletes exactly one relationship of a type between two nodes (on Neo4j, found under these labels). */
export declare function deleteOneRelationship(store: GraphStore, src: string, type: string, dst: string, labels?: {
    readonly src: string;
    readonly dst: string;
}): Promise<void>;
/** Moves the far end of exactly one relationship to another node: the same type, the same source, another target. */
export declare function moveRelationshipEnd(store: GraphStore, src: string, type: string, dst: string, newDst: string): Promise<void>;
/** The ids of a tenant's abstracted resources (as the tenant census counts them: no Original, no shared node), in id order. */
export declare function abstractedResources(store: GraphStore, tenantId: string): Promise<string[]>;
