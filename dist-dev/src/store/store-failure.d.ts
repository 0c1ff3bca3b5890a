import { TenantScaleError } from '../domain/errors.js';
/**
 * What a failure of the store itself is, for the user: a Neo4j server that went away, timed out a
 * lock or refused a write, a SQLite file that is locked, full or read-only. These are exit 1 with a
 * message and a fix — not "a bug". A Neo4j statement error is a query of ours, hence a bug.
 * Undefined for anything else (which is a bug too, unless it is one of our own errors).
 */
export declare function storeFailure(err: unknown): TenantScaleError | undefined;
/**
 * The store cannot answer right now but may soon: a Neo4j server gone or restarting, a transient
 * error (deadlock, leader change), a SQLite file another process holds locked. Worth waiting for
 * where giving up would leave work half done (a rollback).
 */
export declare function storeUnavailable(err: unknown): boolean;
/** Any error as one of ours: store failures as StoreError (exit 1), anything unknown as an InternalError (exit 70, a bug). */
export declare function asTenantScaleError(err: unknown): TenantScaleError;
