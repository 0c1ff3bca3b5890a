/**
 * How long one database transaction may run before the server stops it (Neo4j): generous, so only
 * a runaway query (a plan gone wrong, a server in trouble) hits it; config performance.query_timeout_s.
 */
export const DEFAULT_QUERY_TIMEOUT_SECONDS = 600;
/** How often a transaction the server could not run is tried again, 1, 2, 4, … s apart: 5 ride out ~30 s (a restart, a leader election). */
export const DEFAULT_RETRY_ATTEMPTS = 5;
//# sourceMappingURL=graph-store.js.map