/**
 * Versioned schema of the embedded store: a property graph (nodes with labels and properties,
 * relationships with a type) plus the operation records. The properties scale operations filter
 * on are promoted to columns so they can be indexed; the rest stay in one JSON text column.
 */
export interface Migration {
    readonly version: number;
    readonly description: string;
    readonly sql: string;
}
export declare const MIGRATIONS: readonly Migration[];
