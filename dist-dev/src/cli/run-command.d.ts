import type { Command } from 'commander';
import type { Logger } from 'pino';
import type { ScaleConfig } from '../config/config-schema.js';
import type { GraphStore } from '../store/graph-store.js';
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
    readonly config: ScaleConfig;
    readonly logger: Logger;
    /** Aborted on Ctrl-C: long operations stop and roll back. */
    readonly signal: AbortSignal;
    /** Opens the store on first use; closed when the command ends. `mustExist` for read-only commands. */
    store(options?: {
        mustExist?: boolean;
    }): Promise<GraphStore>;
    /** Opens a second store (another --db-like location, e.g. --to-db); closed when the command ends. */
    otherStore(db: string, options?: {
        mustExist?: boolean;
    }): Promise<GraphStore>;
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
export declare function runCommand<T>(command: Command, flags: Record<string, Record<string, unknown>>, body: (ctx: CommandContext) => Promise<CommandOutput<T>>): Promise<void>;
