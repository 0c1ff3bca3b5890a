import { hostname } from 'node:os';
import { UsageError } from '../../domain/errors.js';
import type { OperationRecord } from '../../domain/operation-record.js';
import { describeKind } from '../kinds/registry.js';

/** Where a running operation runs, kept in its params: the process that can still be writing. */
export interface OperationProcess {
  readonly host: string;
  readonly pid: number;
}

export function thisProcess(): OperationProcess {
  return { host: hostname(), pid: process.pid };
}

/**
 * A `running` record is either an operation still at work or one a crash left behind. On this
 * machine the difference is whether its process lives; one started elsewhere cannot be told apart
 * (and is treated as left behind, as before processes were recorded).
 */
export function isAlive(record: OperationRecord): boolean {
  const owner = record.params.process as Partial<OperationProcess> | undefined;
  if (record.status !== 'running' || !owner || owner.host !== hostname() || typeof owner.pid !== 'number') return false;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** Undoing an operation that is still writing would race it (its later batches and its completion land after the undo). */
export function assertNotAlive(records: readonly OperationRecord[]): void {
  const live = records.find(isAlive);
  if (!live) return;
  const pid = (live.params.process as OperationProcess).pid;
  throw new UsageError(
    `operation ${live.id} (${describeKind(live.kind)}) is still running, in process ${pid} on this machine`,
    `wait for it to end (or stop it: Ctrl-C or kill ${pid} rolls it back), then run scale-cleanup again`,
  );
}

/** A `running` record no live process owns: what a crash left behind, waiting to be resolved (undone, or a delete finished). */
export function isLeftBehind(record: OperationRecord): boolean {
  return record.status === 'running' && !isAlive(record);
}
