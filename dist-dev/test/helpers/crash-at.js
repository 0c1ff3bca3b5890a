/**
 * Loaded with `node --import` into a CLI process under test, it SIGKILLs that process at an exact
 * operation event, so a crash test kills on an event, not at a moment on a clock that may fall
 * before or after the work. TEST_CRASH_AT names the event (not TENANT_SCALE_…: the CLI reads those
 * as configuration and refuses one that names no config section):
 *   recorded       the operation's record is written (nothing else yet)
 *   phase:NAME     phase NAME begins (collect, backup, delete, write, validate, …)
 *   progress:N     the N-th progress event that reports work done (N ≥ 1): N batches written
 *   progress:N:P   the N-th such event of progress phase P only (`deleting`, `restoring`, `writing`, …),
 *                  so the reads a command reports before its writes are not counted
 *   write:N:MS     MS milliseconds after the N-th write event (`isWriteProgress`: work done, not a read),
 *                  so a kill lands between batches (MS = 0) or inside the transactions after one
 * With TEST_CRASH_AT_REPORT set, it first writes there (synchronously) what it saw: the event it aimed
 * at and how many write events the process had reported when it killed it — the proof that the kill
 * landed inside the work, not a guess from the command's output (which a kill may cut short).
 * A process that never meets the event runs to its end: the test must check that it was killed.
 */
import { writeFileSync } from 'node:fs';
import { onOperationEvents } from '../../src/operations/events.js';
/** A progress event that reports items written, deleted or restored (not read): the command's writes have begun. */
export const isWriteProgress = (e) => e.type === 'progress' && e.done > 0 && !e.phase.startsWith('reading');
const spec = process.env.TEST_CRASH_AT ?? '';
const reportPath = process.env.TEST_CRASH_AT_REPORT;
const [what, arg, third] = spec.split(':');
let progressSeen = 0;
let writesSeen = 0;
let finished = false;
let armed = false;
function killNow() {
    if (reportPath)
        writeFileSync(reportPath, JSON.stringify({ spec, writesSeen, finished }));
    process.kill(process.pid, 'SIGKILL');
}
if (spec) {
    onOperationEvents((event) => {
        if (isWriteProgress(event))
            writesSeen++;
        if (event.type === 'finished')
            finished = true;
        if (what === 'write') {
            if (!armed && isWriteProgress(event) && writesSeen === Number(arg)) {
                armed = true;
                const delayMs = Number(third ?? 0);
                if (delayMs > 0)
                    setTimeout(killNow, delayMs);
                else
                    killNow();
            }
            return;
        }
        const hit = (what === 'recorded' && event.type === 'recorded') ||
            (what === 'phase' && event.type === 'phase' && event.name === arg) ||
            (what === 'progress' && event.type === 'progress' && event.done > 0 && (third === undefined || event.phase === third) && ++progressSeen === Number(arg));
        if (hit)
            killNow();
    });
}
/** The path to pass to `node --import` (this file, compiled). */
export const CRASH_AT_MODULE = new URL(import.meta.url).href;
//# sourceMappingURL=crash-at.js.map