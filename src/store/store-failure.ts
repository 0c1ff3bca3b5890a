import { StoreError, TenantScaleError } from '../domain/errors.js';

/** Neo4j codes that are ours to fix, not the server's: a query we wrote wrongly. */
const OUR_QUERY = /^Neo\.ClientError\.(Statement|Procedure)\./;

const SQLITE_REASONS: Readonly<Record<string, string>> = {
  SQLITE_BUSY: 'the database file is locked by another process writing to it',
  SQLITE_LOCKED: 'the database file is locked',
  SQLITE_FULL: 'the disk (or the file size limit) is full',
  SQLITE_READONLY: 'the database file is read-only',
  SQLITE_IOERR: 'reading or writing the file failed',
  // Extended codes named on their own where the base reason would hide the likely cause.
  SQLITE_IOERR_WRITE: 'writing the file failed (a full disk, a file size limit or quota, or a failing device)',
  SQLITE_IOERR_FSYNC: 'flushing the file to disk failed (a full disk or a failing device)',
  SQLITE_IOERR_TRUNCATE: 'resizing the file failed (a full disk, a file size limit or quota)',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_CANTOPEN: 'the database file cannot be opened',
};

/**
 * What a failure of the store itself is, for the user: a Neo4j server that went away, timed out a
 * lock or refused a write, a SQLite file that is locked, full or read-only. These are exit 1 with a
 * message and a fix — not "a bug". A Neo4j statement error is a query of ours, hence a bug.
 * Undefined for anything else (which is a bug too, unless it is one of our own errors).
 */
export function storeFailure(err: unknown): TenantScaleError | undefined {
  if (err instanceof TenantScaleError) return undefined;
  const e = err as { name?: string; code?: unknown; message?: string };
  const code = typeof e.code === 'string' ? e.code : '';
  const first = (e.message ?? String(err)).split('\n')[0]!;
  if (code.startsWith('SQLITE_')) {
    const base = code.replace(/^(SQLITE_[A-Z]+?)(_[A-Z_]+)?$/, '$1');
    const reason = SQLITE_REASONS[code] ?? SQLITE_REASONS[base] ?? first;
    if (base === 'SQLITE_CONSTRAINT' || base === 'SQLITE_ERROR' || base === 'SQLITE_MISUSE') return undefined;
    return new StoreError(
      `SQLite failed: ${reason} (${code}: ${first})`,
      base === 'SQLITE_BUSY' || base === 'SQLITE_LOCKED'
        ? 'wait for the other tenant-scale (or program) using the file to finish, then run it again'
        : "free space or fix the file's permissions, then run it again",
    );
  }
  if (e.name === 'Neo4jError' || code.startsWith('Neo.') || code === 'ServiceUnavailable' || code === 'SessionExpired') {
    if (OUR_QUERY.test(code)) return undefined;
    return new StoreError(
      `Neo4j failed: ${first}${code ? ` (${code})` : ''}`,
      'check that the server is up and not overloaded, then run it again (an operation it interrupted was rolled back, or is resolved by scale-cleanup {{option:operationId}} … {{option:yes}})',
    );
  }
  return undefined;
}

/**
 * The store cannot answer right now but may soon: a Neo4j server gone or restarting, a transient
 * error (deadlock, leader change), a SQLite file another process holds locked. Worth waiting for
 * where giving up would leave work half done (a rollback).
 */
export function storeUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return false;
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.') || /^SQLITE_(BUSY|LOCKED)/.test(code);
}
