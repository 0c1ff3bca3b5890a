import type { GraphStore } from './graph-store.js';

/** Where a command's store is: what --db and the environment say, and how to open it. */
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

/**
 * One kind of store as the resolver sees it: which --db values name it, what they resolve to, and
 * how to open it. Each adapter folder exports one; src/store/open-store.ts lists them.
 */
export interface StoreAdapter<Resolved extends { readonly kind: string }> {
  /** The `kind` its resolved locations carry. */
  readonly kind: Resolved['kind'];
  /** The forms of --db it takes, for the message that lists them all ("bolt://", "sqlite:PATH"). */
  readonly forms: readonly string[];
  /**
   * `db` resolved, when it names a store of this kind (`scheme` is its URL scheme, lower case, or
   * undefined for a plain path); undefined when it does not. Pure: no connection is made.
   */
  resolve(db: string, scheme: string | undefined, location: StoreLocation): Resolved | undefined;
  open(resolved: Resolved, location: StoreLocation): Promise<GraphStore>;
}
