/**
 * Loaded with `node --import` into a CLI process under test, it SIGKILLs that process at an exact
 * operation event, so a crash test kills on an event, not at a moment on a clock that may fall
 * before or after the work. TENANT_SCALE_CRASH_AT names the event:
 *   recorded       the operation's record is written (nothing else yet)
 *   phase:NAME     phase NAME begins (collect, backup, delete, write, validate, …)
 *   progress:N     the N-th progress event that reports work done (N ≥ 1): N batches written
 * A process that never meets the event runs to its end: the test must check that it was killed.
 */
import { onOperationEvents } from '../../src/operations/events.js';

const spec = process.env.TENANT_SCALE_CRASH_AT ?? '';
const [what, arg] = spec.split(':', 2) as [string, string | undefined];
let progressSeen = 0;

if (spec) {
  onOperationEvents((event) => {
    const hit =
      (what === 'recorded' && event.type === 'recorded') ||
      (what === 'phase' && event.type === 'phase' && event.name === arg) ||
      (what === 'progress' && event.type === 'progress' && event.done > 0 && ++progressSeen === Number(arg));
    if (hit) process.kill(process.pid, 'SIGKILL');
  });
}

/** The path to pass to `node --import` (this file, compiled). */
export const CRASH_AT_MODULE = new URL(import.meta.url).href;
