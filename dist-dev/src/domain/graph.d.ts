/** Property-graph records exchanged between the domain and the stores. No I/O here. */
/** Values a node property may hold. Integral numbers are stored as integers (Neo4j Integer). */
export type PropertyValue = string | number | boolean | null | string[];
export type Properties = Record<string, PropertyValue>;
/** Nodes that share one label set, written as one batch. Every row has a string `id`. */
export interface NodeBatch {
    /** `create` for nodes known to be new; `merge` for shared nodes other tenants may already hold. */
    readonly mode: 'create' | 'merge';
    readonly labels: readonly string[];
    readonly rows: readonly (Properties & {
        id: string;
    })[];
}
/** A relationship endpoint is found by its label and `id`. */
export interface RelationshipRow {
    readonly src: string;
    readonly dst: string;
}
/** Relationships of one type between two labels, written as one batch. */
export interface RelationshipBatch {
    readonly type: string;
    readonly srcLabel: string;
    readonly dstLabel: string;
    readonly rows: readonly RelationshipRow[];
}
/** A unit of streamed work: its nodes are written before its relationships. */
export interface GraphChunk {
    readonly nodes: readonly NodeBatch[];
    readonly relationships: readonly RelationshipBatch[];
    /** Abstracted resources in this chunk, for progress. */
    readonly resources: number;
}
