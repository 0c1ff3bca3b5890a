import type { GraphStore } from './graph-store.js';
export declare const DEFAULT_SQLITE_PATH = "./tenant-graph.db";
export interface StoreLocation {
    /** --db: a Neo4j URL, `sqlite:PATH`, or a file path. */
    readonly db?: string;
    /** --neo4j-database */
    readonly neo4jDatabase?: string;
    readonly env?: NodeJS.ProcessEnv;
    /** Read-only commands must not create an empty SQLite file where none was. */
    readonly mustExist?: boolean;
    /** Neo4j: the server stops a transaction running longer than this (config performance.query_timeout_s). */
    readonly queryTimeoutSeconds?: number;
    /** Neo4j: how often a transaction the server could not run is tried again (config performance.retry_attempts). */
    readonly retryAttempts?: number;
}
export type ResolvedStore = {
    readonly kind: 'neo4j';
    readonly uri: string;
    readonly user?: string;
    readonly password?: string;
    readonly database?: string;
} | {
    readonly kind: 'sqlite';
    readonly path: string;
};
/** The one place that decides which store a command talks to. Pure: no connection is made. */
export declare function resolveStore(location: StoreLocation): ResolvedStore;
/** Opens (and for Neo4j, verifies) the resolved store; errors name the target, never a password. */
export declare function openStore(location: StoreLocation): Promise<GraphStore>;
