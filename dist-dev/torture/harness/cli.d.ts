import { type ChildProcess } from 'node:child_process';
import type { OperationEvent } from '../../src/operations/events.js';
/** The compiled CLI, run as a user runs it (a child process, its own exit code). */
export declare const CLI_MAIN: string;
export interface CliRun {
    readonly args: readonly string[];
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly stdout: string;
    readonly stderr: string;
    readonly ms: number;
}
export interface CliOptions {
    /** Added to a clean environment (PATH, an empty HOME): the developer's config and NEO4J_URI never leak in. */
    readonly env?: NodeJS.ProcessEnv;
    /** Text on stdin (some commands ask before deleting). */
    readonly input?: string;
    /** Killed with SIGKILL after this long (a hung command is a failure, not a hung suite). */
    readonly timeoutMs?: number;
    /** Wraps the command, e.g. `['bash', '-c', 'ulimit -f 64; exec "$0" "$@"']` for a size-limited file. */
    readonly wrapper?: readonly string[];
    /** Options for node itself, before the CLI's path (e.g. `--import` a module that kills it at an event). */
    readonly nodeOptions?: readonly string[];
}
export interface StartedCli {
    readonly child: ChildProcess;
    readonly done: Promise<CliRun>;
    /** Operation events the CLI logged (it runs with `--log-level debug`), in order, with when they arrived. */
    readonly events: readonly TimedEvent[];
    /** Resolves with the first event (arrived so far or later) that `matches`, or undefined once the command ended without one. */
    waitFor(matches: (event: OperationEvent) => boolean): Promise<TimedEvent | undefined>;
}
export interface TimedEvent {
    readonly event: OperationEvent;
    /** Milliseconds since the command started. */
    readonly atMs: number;
}
export { isWriteProgress } from '../../test/helpers/crash-at.js';
/** CLI processes running now: stopped with the suite when it is interrupted. */
export declare const runningCli: Set<ChildProcess>;
/** Starts the CLI without waiting (for SIGKILL at a chosen moment). */
export declare function startCli(args: readonly string[], options?: CliOptions): StartedCli;
export declare function runCli(args: readonly string[], options?: CliOptions): Promise<CliRun>;
/** One line for a failure report: the command, how it ended, the end of its stderr. */
export declare function describeRun(run: CliRun): string;
