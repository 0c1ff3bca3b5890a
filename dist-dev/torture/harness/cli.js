import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testHome } from '../../test/helpers/test-home.js';
/** The compiled CLI, run as a user runs it (a child process, its own exit code). */
export const CLI_MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
export { isWriteProgress } from '../../test/helpers/crash-at.js';
/** CLI processes running now: stopped with the suite when it is interrupted. */
export const runningCli = new Set();
/** Starts the CLI without waiting (for SIGKILL at a chosen moment). */
export function startCli(args, options = {}) {
    const began = performance.now();
    const command = [...(options.wrapper ?? []), process.execPath, ...(options.nodeOptions ?? []), CLI_MAIN, ...args];
    const child = spawn(command[0], command.slice(1), {
        env: { PATH: process.env.PATH, HOME: testHome(), TMPDIR: process.env.TMPDIR, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    runningCli.add(child);
    child.once('exit', () => runningCli.delete(child));
    let stdout = '';
    let stderr = '';
    const events = [];
    const waiters = [];
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => {
        stderr += d;
        const lines = (partial + d).split('\n');
        partial = lines.pop();
        for (const line of lines) {
            const event = operationEventOf(line);
            if (!event)
                continue;
            const timed = { event, atMs: performance.now() - began };
            events.push(timed);
            for (const w of waiters.splice(0)) {
                if (w.matches(event))
                    w.resolve(timed);
                else
                    waiters.push(w);
            }
        }
    });
    child.stdin.on('error', () => { });
    child.stdin.end(options.input ?? '');
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    const done = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            for (const w of waiters.splice(0))
                w.resolve(undefined);
            resolve({ args, code, signal, stdout, stderr, ms: performance.now() - began });
        });
    });
    let ended = false;
    void done.then(() => (ended = true));
    const waitFor = (matches) => {
        const seen = events.find((t) => matches(t.event));
        if (seen || ended)
            return Promise.resolve(seen);
        return new Promise((resolve) => waiters.push({ matches, resolve }));
    };
    return { child, done, events, waitFor };
}
/** The operation event a `--log-level debug` line carries, if it is one. */
function operationEventOf(line) {
    if (!line.includes('"operation event"'))
        return undefined;
    try {
        return JSON.parse(line).event;
    }
    catch {
        return undefined;
    }
}
export function runCli(args, options = {}) {
    return startCli(args, { timeoutMs: 300_000, ...options }).done;
}
/** One line for a failure report: the command, how it ended, the end of its stderr. */
export function describeRun(run) {
    const how = run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
    return `tenant-scale ${run.args.join(' ').slice(0, 200)} → ${how}: ${run.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`;
}
//# sourceMappingURL=cli.js.map