import type { StoreFactory } from './stores.js';
import type { TortureRow } from './report.js';
export interface TortureContext {
    /** The stores to torture (SQLite files, the test Neo4j). */
    readonly factories: readonly StoreFactory[];
    /** Trials per row (`npm test` runs 1–2, `npm run torture` 20+). */
    readonly trials: number;
    /** Seeds the random moments and inputs: a failing trial is rerun with the same seed. */
    readonly seed: number;
    /** The Neo4j URI the suite may stop and wipe (server faults need it), if Neo4j is tortured. */
    readonly neo4jUri?: string;
    /** `npm test`'s fast subset: families leave out their slowest rows (each says which). */
    readonly quick?: boolean;
    /** Progress lines on stderr. */
    readonly log: (line: string) => void;
}
/** A kind of abuse (crashes, server faults, bad input, …) producing rows of the torture table. */
export interface TortureFamily {
    readonly name: string;
    readonly summary: string;
    run(context: TortureContext): Promise<TortureRow[]>;
}
