import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
}

export interface StartedCli {
  readonly child: ChildProcess;
  readonly done: Promise<CliRun>;
}

/** Starts the CLI without waiting (for SIGKILL at a chosen moment). */
export function startCli(args: readonly string[], options: CliOptions = {}): StartedCli {
  const began = performance.now();
  const command = [...(options.wrapper ?? []), process.execPath, CLI_MAIN, ...args];
  const child = spawn(command[0]!, command.slice(1), {
    env: { PATH: process.env.PATH, HOME: testHome(), TMPDIR: process.env.TMPDIR, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin!.on('error', () => {});
  child.stdin!.end(options.input ?? '');
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ args, code, signal, stdout, stderr, ms: performance.now() - began });
    });
  });
  return { child, done };
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return startCli(args, { timeoutMs: 300_000, ...options }).done;
}

/** One line for a failure report: the command, how it ended, the end of its stderr. */
export function describeRun(run: CliRun): string {
  const how = run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
  return `tenant-scale ${run.args.join(' ').slice(0, 200)} → ${how}: ${run.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`;
}
