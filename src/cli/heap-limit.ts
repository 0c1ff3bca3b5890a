import { spawn } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import { OperationFailedError } from '../index.js';

/** The JavaScript heap's limit in MB, as V8 reports it (old space plus the young generation). */
export function heapLimitMb(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
}

/**
 * `performance.memory_limit_mb`: the limit of the command's JavaScript heap. V8 fixes it when the
 * process starts, so the command runs again in a child started with --max-old-space-size (stdio
 * shared, so progress bars and prompts work as before). Returns the child's exit code, or
 * undefined when there is no limit or this process already runs under one. A child V8 stopped for running
 * out of heap (SIGABRT) becomes an error naming the key.
 */
export async function runUnderHeapLimit(limitMb: number | undefined): Promise<number | undefined> {
  // The child (or a process the user started with its own limit) runs as it is.
  if (limitMb === undefined || process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${limitMb}`, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  // Ctrl-C reaches the child from the terminal itself (same process group); a TERM sent to us is passed on.
  const onTerm = () => child.kill('SIGTERM');
  const onInt = () => {};
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (c, s) => resolve([c, s]));
    });
    if (code !== null) return code;
    if (signal === 'SIGABRT' || signal === 'SIGTRAP') {
      throw new OperationFailedError(
        `the command ran out of memory: performance.memory_limit_mb limits its heap to ${limitMb} MB`,
        'raise performance.memory_limit_mb (or TENANT_SCALE_PERFORMANCE_MEMORY_LIMIT_MB), or unset it; an operation it left running is undone by scale-cleanup {{option:operationId}} … {{option:yes}}',
      );
    }
    process.kill(process.pid, signal ?? 'SIGTERM');
    return 1;
  } finally {
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onInt);
  }
}
