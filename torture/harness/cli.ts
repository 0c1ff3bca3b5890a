import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OperationEvent } from '../../src/operations/events.js';
import { testHome } from '../../test/helpers/test-home.js';

/** The compiled CLI, run as a user runs it (a child process, its own exit code). */
export const CLI_MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

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
export const runningCli = new Set<ChildProcess>();

/** Starts the CLI without waiting (for SIGKILL at a chosen moment). */
export function startCli(args: readonly string[], options: CliOptions = {}): StartedCli {
  const began = performance.now();
  const command = [...(options.wrapper ?? []), process.execPath, ...(options.nodeOptions ?? []), CLI_MAIN, ...args];
  const child = spawn(command[0]!, command.slice(1), {
    env: { PATH: process.env.PATH, HOME: testHome(), TMPDIR: process.env.TMPDIR, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  runningCli.add(child);
  child.once('exit', () => runningCli.delete(child));
  let stdout = '';
  let stderr = '';
  const events: TimedEvent[] = [];
  const waiters: { matches: (e: OperationEvent) => boolean; resolve: (e: TimedEvent | undefined) => void }[] = [];
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    const lines = (partial + d).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      const event = operationEventOf(line);
      if (!event) continue;
      const timed = { event, atMs: performance.now() - began };
      events.push(timed);
      for (const w of waiters.splice(0)) {
        if (w.matches(event)) w.resolve(timed);
        else waiters.push(w);
      }
    }
  });
  child.stdin!.on('error', () => {});
  child.stdin!.end(options.input ?? '');
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      for (const w of waiters.splice(0)) w.resolve(undefined);
      resolve({ args, code, signal, stdout, stderr, ms: performance.now() - began });
    });
  });
  let ended = false;
  void done.then(() => (ended = true));
  const waitFor = (matches: (e: OperationEvent) => boolean) => {
    const seen = events.find((t) => matches(t.event));
    if (seen || ended) return Promise.resolve(seen);
    return new Promise<TimedEvent | undefined>((resolve) => waiters.push({ matches, resolve }));
  };
  return { child, done, events, waitFor };
}

/** The operation event a `--log-level debug` line carries, if it is one. */
function operationEventOf(line: string): OperationEvent | undefined {
  if (!line.includes('"operation event"')) return undefined;
  try {
    return (JSON.parse(line) as { event?: OperationEvent }).event;
  } catch {
    return undefined;
  }
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return startCli(args, { timeoutMs: 300_000, ...options }).done;
}

/** One line for a failure report: the command, how it ended, the end of its stderr. */
export function describeRun(run: CliRun): string {
  const how = run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
  return `tenant-scale ${run.args.join(' ').slice(0, 200)} → ${how}: ${run.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`;
}
