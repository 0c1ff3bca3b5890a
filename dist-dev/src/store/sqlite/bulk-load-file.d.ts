import Database from 'better-sqlite3';
/** Where a bulk load into `target` is written before it is swapped in. */
export declare function sideFilePath(target: string): string;
/**
 * A fresh database file that takes a whole bulk load and then replaces an empty store file.
 *
 * Why a side file: SQLite's crash safety costs a good part of a bulk load's time (WAL writes every
 * page twice; indexes grown row by row rewrite their pages on every commit). A brand-new file needs
 * none of it as long as it is not the real file yet: no WAL, no syncs, indexes built once at the
 * end, then fsync and an atomic rename. A crash leaves the store file as it was (empty) plus a
 * stale side file, which the next bulk load removes.
 *
 * Without the id index during the load, the writer cannot look ids up: relationships whose
 * endpoints it has no longer cached wait in a temporary table and are joined to their nodes once
 * the id index exists (375 of 705k for a 100k-resource generate-tenant, mostly CREATED_BY to
 * users). Deferring the id index too took a 10^6-resource load from 42 s to 39 s.
 */
export declare class BulkLoadFile {
    readonly target: string;
    readonly db: Database.Database;
    private readonly deferredIndexes;
    private readonly deferRelationship;
    private deferredRelationships;
    /**
     * Merge-mode (shared) nodes written so far, id → nid: without the unique index INSERT OR IGNORE
     * cannot see them, and they are few and referenced throughout (regions, tags), so they stay known.
     */
    readonly mergedNodes: Map<string, number>;
    constructor(target: string);
    /** A relationship with an endpoint the writer could not resolve (`undefined` nid): written at `complete()`. */
    defer(type: string, src: number | undefined, srcId: string, dst: number | undefined, dstId: string): void;
    get path(): string;
    /**
     * Builds the id index, writes the deferred relationships, builds the other indexes, switches the
     * file to WAL like every store file, closes and syncs it. Every endpoint of a bulk load is a node
     * of the same load, so a deferred relationship that finds no endpoint is a bug, not data.
     */
    complete(): void;
    /**
     * Replaces the target with the completed side file. The caller has closed every connection to
     * the target; its WAL files belong to the replaced content, so they go first.
     */
    swapIn(): void;
    /** Drops the side file: the load failed or was interrupted, the target was never touched. */
    discard(): void;
}
/**
 * Copies a completed side file's rows into `db`, an empty store file, in one transaction: the slow
 * way in, for when the file cannot be swapped. Rowids are kept, so relationships stay valid. If
 * another writer added rows since the load began, the copy fails on their keys and adds nothing.
 */
export declare function copyDatabase(db: Database.Database, sidePath: string): void;
