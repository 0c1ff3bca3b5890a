import type { GraphStore, StoreKind } from '../../src/store/graph-store.js';
/**
 * The password every Neo4j trial connects with (the test server has auth off and accepts any):
 * each spelling a URL can garble — `@ / : % #`, a space, unicode. The secrets check looks for it in
 * every output of every trial.
 */
export declare const SUITE_PASSWORD = "tS@rt/ure:9%#pw \u00FCn\u00EF";
export declare const SUITE_USER = "torturer";
/** One trial's store: empty when made. */
export interface TrialStore {
    readonly kind: StoreKind;
    /** --db as the CLI takes it (Neo4j: the URL without the password, which goes in `env`). */
    readonly dbArg: string;
    /** The same store named with the password inside the URL (percent-encoded), the other way users pass it. */
    readonly dbArgWithPassword: string;
    /** Environment the CLI needs for this store (NEO4J_USER / NEO4J_PASSWORD). */
    readonly env: NodeJS.ProcessEnv;
    /** SQLite: the database file. */
    readonly path?: string;
    /** A new connection (the caller closes it). */
    open(): Promise<GraphStore>;
    dispose(): Promise<void>;
}
export interface StoreFactory {
    readonly kind: StoreKind;
    /** An empty store for one trial (Neo4j: the one server, wiped). */
    fresh(): Promise<TrialStore>;
}
export declare function sqliteFactory(): StoreFactory;
/** The test server at `uri` (bolt://127.0.0.1:PORT), wiped before every trial. */
export declare function neo4jFactory(uri: string): StoreFactory;
/** Runs `work` over a new connection and closes it. */
export declare function withStore<T>(trial: TrialStore, work: (store: GraphStore) => Promise<T>): Promise<T>;
