import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { InternalError } from '../../domain/errors.js';
import { migrate, NEW_FILE_PAGE_SIZE } from './sqlite-connection.js';

/** Built first at the end of a load: the deferred relationships find their endpoints through it. */
const ID_INDEX = 'nodes_by_id';

/** Where a bulk load into `target` is written before it is swapped in. */
export function sideFilePath(target: string): string {
  return `${target}.loading`;
}

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
export class BulkLoadFile {
  readonly db: Database.Database;
  private readonly deferredIndexes: { name: string; sql: string }[];
  private readonly deferRelationship: Database.Statement;
  private deferredRelationships = 0;
  /**
   * Merge-mode (shared) nodes written so far, id → nid: without the unique index INSERT OR IGNORE
   * cannot see them, and they are few and referenced throughout (regions, tags), so they stay known.
   */
  readonly mergedNodes = new Map<string, number>();

  constructor(readonly target: string) {
    const path = sideFilePath(target);
    removeDatabaseFiles(path);
    this.db = new Database(path);
    this.db.pragma(`page_size = ${NEW_FILE_PAGE_SIZE}`);
    // In memory: a fresh file without indexes only appends, so the journal stays small. (OFF is
    // refused by better-sqlite3's defensive mode and measured no faster.)
    this.db.pragma('journal_mode = MEMORY');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('locking_mode = EXCLUSIVE');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = FILE'); // CREATE INDEX sorts through temp storage: in memory it would grow with the load
    this.db.pragma('foreign_keys = OFF');
    migrate(this.db);
    this.deferredIndexes = (
      this.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('nodes', 'rels')").all() as {
        name: string;
        sql: string;
      }[]
    ).sort((a, b) => Number(b.name === ID_INDEX) - Number(a.name === ID_INDEX));
    for (const index of this.deferredIndexes) this.db.exec(`DROP INDEX ${index.name}`);
    this.db.exec('CREATE TEMP TABLE deferred_rels (type TEXT NOT NULL, src INTEGER, src_id TEXT NOT NULL, dst INTEGER, dst_id TEXT NOT NULL)');
    this.deferRelationship = this.db.prepare('INSERT INTO temp.deferred_rels (type, src, src_id, dst, dst_id) VALUES (?, ?, ?, ?, ?)');
  }

  /** A relationship with an endpoint the writer could not resolve (`undefined` nid): written at `complete()`. */
  defer(type: string, src: number | undefined, srcId: string, dst: number | undefined, dstId: string): void {
    this.deferRelationship.run(type, src ?? null, srcId, dst ?? null, dstId);
    this.deferredRelationships++;
  }

  get path(): string {
    return sideFilePath(this.target);
  }

  /** The indexes exist (built by `buildIndexes`): the load reads and looks ids up like any store file. */
  get indexed(): boolean {
    return this.unresolved !== undefined;
  }

  private unresolved: number | undefined;

  /**
   * Builds the id index, writes the deferred relationships, builds the other indexes: once, at the
   * end of the load, or earlier when the load's own work reads what it wrote (an import validates
   * by reading the tenant back). A deferred relationship without an endpoint is dropped here, as
   * Cypher's MATCH … CREATE drops it, and counted: complete() refuses to finish such a load.
   */
  buildIndexes(): void {
    if (this.indexed) return;
    if (this.db.inTransaction) this.db.exec('COMMIT');
    const [idIndex, ...others] = this.deferredIndexes;
    this.db.exec(idIndex!.sql);
    const written = this.db
      .prepare(
        `INSERT INTO rels (type, src, dst)
         SELECT r.type, coalesce(r.src, (SELECT nid FROM nodes WHERE id = r.src_id)) AS s, coalesce(r.dst, (SELECT nid FROM nodes WHERE id = r.dst_id)) AS d
         FROM temp.deferred_rels r WHERE s IS NOT NULL AND d IS NOT NULL`,
      )
      .run().changes;
    this.db.exec('DROP TABLE temp.deferred_rels');
    for (const index of others) this.db.exec(index.sql);
    this.unresolved = this.deferredRelationships - written;
  }

  /**
   * Builds the indexes (if the load did not need them earlier), switches the file to WAL like every
   * store file, closes and syncs it. Every endpoint of a bulk load is a node of the same load, so a
   * deferred relationship that found no endpoint is a bug, not data.
   */
  complete(): void {
    this.buildIndexes();
    if (this.unresolved) {
      throw new InternalError(`bulk load: ${this.unresolved} of ${this.deferredRelationships} deferred relationships have an endpoint the load did not write`);
    }
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.db.pragma('locking_mode = NORMAL');
    this.db.pragma('journal_mode = WAL');
    this.db.close();
    syncFile(this.path);
  }

  /**
   * Replaces the target with the completed side file. The caller has closed every connection to
   * the target; its WAL files belong to the replaced content, so they go first.
   */
  swapIn(): void {
    for (const suffix of ['-wal', '-shm']) rmSync(`${this.target}${suffix}`, { force: true });
    renameSync(this.path, this.target);
    syncFile(dirname(this.target));
  }

  /** Drops the side file: the load failed or was interrupted, the target was never touched. */
  discard(): void {
    if (this.db.open) this.db.close();
    removeDatabaseFiles(this.path);
  }
}

/**
 * Copies a completed side file's rows into `db`, an empty store file, in one transaction: the slow
 * way in, for when the file cannot be swapped. Rowids are kept, so relationships stay valid. If
 * another writer added rows since the load began, the copy fails on their keys and adds nothing.
 */
export function copyDatabase(db: Database.Database, sidePath: string): void {
  db.prepare('ATTACH DATABASE ? AS bulk').run(sidePath);
  try {
    db.transaction(() => {
      for (const table of ['nodes', 'rels', 'operations']) db.exec(`INSERT INTO main.${table} SELECT * FROM bulk.${table}`);
    })();
  } finally {
    db.exec('DETACH DATABASE bulk');
  }
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
