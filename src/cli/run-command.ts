import { existsSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import type { Command } from 'commander';
import type { Logger } from 'pino';
import {
  loadConfig,
  type ScaleConfig,
  TenantScaleError,
  passwordOf,
  scrubSecrets,
  secretSpellings,
  type GraphStore,
  openStore,
  resolveStore,
  storeFailure,
  onOperationEvents,
  SPOOL_PREFIX,
  sweepStale,
} from '../index.js';
import { heapLimitMb, runUnderHeapLimit } from './heap-limit.js';
import { createLogger } from './logger.js';
import { printable } from './printable.js';

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface GlobalOptions {
  db?: string;
  neo4jDatabase?: string;
  tenantId?: string;
  json?: boolean;
  logLevel: string;
  config?: string;
}

export interface CommandContext {
  readonly globals: GlobalOptions;
  /** The tenant: --tenant-id, else AZURE_TENANT_ID (resolved here once; undefined when neither is set). */
  readonly tenantId: string | undefined;
  readonly config: ScaleConfig;
  readonly logger: Logger;
  /** Aborted on Ctrl-C: long operations stop and roll back. */
  readonly signal: AbortSignal;
  /** Opens the store on first use; closed when the command ends. `mustExist` for read-only commands. */
  store(options?: { mustExist?: boolean }): Promise<GraphStore>;
  /** Opens a second store (another --db-like location, e.g. --to-db); closed when the command ends. */
  otherStore(db: string, options?: { mustExist?: boolean }): Promise<GraphStore>;
}

export interface CommandOutput<T> {
  readonly result: T;
  /** Human rendering; --json prints `result` instead. */
  readonly text: string;
  /** Non-zero when the command ran but its result is a failure (e.g. validation failed). */
  readonly exitCode?: number;
}

/**
 * Runs one command: config, logger, store, output, and the single mapping of errors to exit codes
 * (usage 2, environment/operation 1, bug 70). With --json, stdout carries exactly one JSON object.
 */
export async function runCommand<T>(
  command: Command,
  flags: Record<string, Record<string, unknown>>,
  body: (ctx: CommandContext) => Promise<CommandOutput<T>>,
): Promise<void> {
  const globals = command.optsWithGlobals() as GlobalOptions;
  // Whatever is printed passes through scrub: a driver error may quote the URL with its password.
  const secrets = secretSpellings([passwordOf(globals.db ?? process.env.NEO4J_URI ?? ''), process.env.NEO4J_PASSWORD]);
  const others: GraphStore[] = [];
  /** SQLite files this command created: removed again when it fails on bad input with nothing in them. */
  const created: { store: GraphStore; path: string }[] = [];
  const remember = (db: string | undefined, opened: GraphStore, wasThere: boolean) => {
    const resolved = resolveStore({ ...(db !== undefined ? { db } : {}) });
    if (resolved.kind === 'sqlite' && !wasThere) created.push({ store: opened, path: resolved.path });
    return opened;
  };
  const existed = (db: string | undefined) => {
    const resolved = resolveStore({ ...(db !== undefined ? { db } : {}) });
    return resolved.kind !== 'sqlite' || existsSync(resolved.path);
  };
  const scrub = (text: string) => scrubSecrets(text, secrets);
  const controller = new AbortController();
  // Ctrl-C, SIGTERM (a service manager, `timeout`) and SIGHUP (a closed terminal) stop the command the
  // same way: what it wrote is rolled back and its temporary files removed; a second signal quits at once.
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(128 + (os.constants.signals[signal] ?? 0));
    process.stderr.write(`\ninterrupted (${signal}): stopping and rolling back (send it again to quit at once)\n`);
    controller.abort();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  // Spools and partial files a killed run (SIGKILL) left behind.
  sweepStale(tmpdir(), SPOOL_PREFIX);
  let store: GraphStore | undefined;
  let unsubscribe = () => {};
  try {
    const logger = createLogger(globals.logLevel, scrub);
    // At debug level every operation event is a log line: what ran, phase by phase, batch by batch.
    if (logger.isLevelEnabled('debug')) unsubscribe = onOperationEvents((event) => logger.debug({ event }, 'operation event'));
    const { config, source } = loadConfig({ ...(globals.config ? { path: globals.config } : {}), flags });
    const underLimit = await runUnderHeapLimit(config.performance.memory_limit_mb);
    if (underLimit !== undefined) {
      process.exitCode = underLimit; // the command ran in a child under the heap limit, and printed its own output
      return;
    }
    logger.debug({ configFile: source ?? null, heapLimitMb: heapLimitMb() }, 'configuration loaded');
    const ctx: CommandContext = {
      globals,
      tenantId: globals.tenantId ?? process.env.AZURE_TENANT_ID,
      config,
      logger,
      signal: controller.signal,
      store: async (options = {}) => {
        const wasThere = store !== undefined || existed(globals.db);
        store ??= await openStore({
          ...(globals.db !== undefined ? { db: globals.db } : {}),
          ...(globals.neo4jDatabase ? { neo4jDatabase: globals.neo4jDatabase } : {}),
          mustExist: options.mustExist ?? false,
          queryTimeoutSeconds: config.performance.query_timeout_s,
          retryAttempts: config.performance.retry_attempts,
        });
        logger.debug({ store: store.target }, 'store opened');
        return remember(globals.db, store, wasThere);
      },
      otherStore: async (db, options = {}) => {
        secrets.push(...secretSpellings([passwordOf(db)]));
        const wasThere = existed(db);
        const other = await openStore({
          db,
          mustExist: options.mustExist ?? false,
          queryTimeoutSeconds: config.performance.query_timeout_s,
          retryAttempts: config.performance.retry_attempts,
        });
        others.push(other);
        return remember(db, other, wasThere);
      },
    };
    const output = await body(ctx);
    process.stdout.write(scrub(globals.json ? `${JSON.stringify(output.result, null, 2)}\n` : `${output.text}\n`));
    process.exitCode = output.exitCode ?? 0;
  } catch (err) {
    process.exitCode = reportError(err, globals, scrub);
    if (err instanceof TenantScaleError && err.exitCode === 2) await removeUntouched(created);
  } finally {
    unsubscribe();
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    await store?.close().catch(() => {});
    for (const other of others) await other.close().catch(() => {});
  }
}

/** Bad input writes nothing: a store file the command created is removed again while it holds no node and no operation record. */
async function removeUntouched(created: readonly { store: GraphStore; path: string }[]): Promise<void> {
  for (const { store, path } of created) {
    try {
      const empty = (await store.isEmpty()) && (await store.listOperations()).length === 0;
      if (!empty) continue;
      await store.close();
      for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
    } catch {
      // best effort: the error already reported is the one that matters
    }
  }
}

function reportError(thrown: unknown, globals: GlobalOptions, scrub: (text: string) => string): number {
  const out = (stream: NodeJS.WriteStream, text: string) => stream.write(scrub(text));
  // A store that failed under a command (a server gone, a locked or full file) is exit 1 with a fix, not a bug.
  const err = storeFailure(thrown) ?? thrown;
  if (err instanceof TenantScaleError) {
    const { message, fix } = err.forCli();
    // One line each, whatever the values quoted in them hold (--json carries them as they are).
    out(process.stderr, `error: ${printable(message)}\n${fix ? `  fix: ${printable(fix)}\n` : ''}`);
    if (globals.json) out(process.stdout, `${JSON.stringify({ error: { kind: err.name, message, fix: fix ?? null } }, null, 2)}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  out(process.stderr, `internal error: ${printable(message)}\n  this is a bug in tenant-scale; rerun with --log-level debug and report it\n`);
  if (globals.logLevel === 'debug' || globals.logLevel === 'trace') out(process.stderr, `${(err as Error).stack ?? ''}\n`);
  if (globals.json) out(process.stdout, `${JSON.stringify({ error: { kind: 'InternalError', message, fix: null } }, null, 2)}\n`);
  return 70;
}
