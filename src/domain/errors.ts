/**
 * Typed errors. Expected failures carry the fix and map to exit 2 (bad usage) or 1 (environment);
 * anything else is a bug. The CLI maps classes to exit codes in one place (cli/run-command.ts).
 */
export abstract class TenantScaleError extends Error {
  abstract readonly exitCode: number;
  constructor(message: string, readonly fix?: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The user asked for something that cannot be done as asked: exit 2, nothing written. */
export class UsageError extends TenantScaleError {
  readonly exitCode = 2;
}

/** Configuration file or environment is invalid: exit 2, nothing written. */
export class ConfigError extends TenantScaleError {
  readonly exitCode = 2;
}

/** The store cannot be reached or refused us (bad URL, server down, wrong credentials): exit 1. */
export class StoreConnectionError extends TenantScaleError {
  readonly exitCode = 1;
}

/** An operation failed after it started writing and was rolled back: exit 1. */
export class OperationFailedError extends TenantScaleError {
  readonly exitCode = 1;
}

/** A broken invariant: a bug in tenant-scale, never the user's fault. */
export class InternalError extends TenantScaleError {
  readonly exitCode = 70;
}

/** A database query ran past the configured query timeout and the server stopped it: exit 1 (the operation rolls back). */
export class QueryTimeoutError extends TenantScaleError {
  readonly exitCode = 1;
}
