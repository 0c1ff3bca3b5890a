import type { GraphStore, StoreKind } from '../../src/store/graph-store.js';
import './cypher-recorder.js';
/**
 * The stores every contract test runs against. TENANT_SCALE_TEST_STORES=sqlite|neo4j narrows the
 * list (Kysely's habit); otherwise both run and a missing TENANT_SCALE_TEST_NEO4J_URI is a failure, not a skip.
 */
export declare function storeKinds(): StoreKind[];
/**
 * The Neo4j this test file may wipe: TENANT_SCALE_TEST_NEO4J_URI, a server you name for tests only
 * (one file at a time), or one of TENANT_SCALE_TEST_NEO4J_URIS, the servers `npm test` started, one
 * per lane: the file claims a free one (a lock file in TENANT_SCALE_TEST_NEO4J_LOCKS) for as long
 * as it runs, so two files running at once never share a database. Never NEO4J_URI: that names a
 * user's real database.
 */
export declare function neo4jUri(): string;
/** The version the test server must report: its line's (NEO4J_LINE, set by `npm test` for the server it starts), else any. */
export declare function expectedNeo4jVersion(): RegExp;
/**
 * Neo4j Community has one database: tests and benchmarks share it, so each starts from an empty
 * graph. Deleted in bounded client-side batches, relationships first: after a 10^6-copy benchmark a
 * single DETACH DELETE (even IN TRANSACTIONS) exceeds the server's transaction memory.
 */
export declare function wipeNeo4j(uri?: string): Promise<void>;
export interface OpenedStore {
    readonly store: GraphStore;
    /** The same database through a fresh connection (another process would see this). */
    reopen(): Promise<GraphStore>;
    /** A --db value for the CLI. */
    readonly dbArg: string;
    dispose(): Promise<void>;
}
/** An empty store of the given kind. */
export declare function freshStore(kind: StoreKind, options?: {
    uri?: string;
}): Promise<OpenedStore>;
/** A digest of every node with a label, with its properties and its relationships, for "unchanged" checks. */
export declare function digestNodes(store: GraphStore, label: string, tenantId?: string): Promise<string>;
/** Test-only: drops an operation's record (kept as history by cleanup) so its id can be written again. */
export declare function forgetOperationRecord(store: GraphStore, operationId: string): Promise<void>;
/** Test-only: deletes the relationships of one type between two nodes (to prove validation notices). */
export declare function deleteRelationships(store: GraphStore, src: string, type: string, dst: string): Promise<void>;
/** An empty store of the given kind holding generated tenants (each `resources` with its seed), the set-up most contract tests share. */
export declare function storeWithTenants(kind: StoreKind, tenants: readonly {
    tenantId: string;
    resources: number;
    seed: number;
}[]): Promise<OpenedStore>;
