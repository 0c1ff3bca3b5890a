import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
/**
 * Temporary files and folders (spools, partial outputs) carry the pid of the process that made them
 * and are removed when that process ends: at the end of the work, on failure, and at exit (the CLI
 * turns Ctrl-C, SIGTERM and SIGHUP into an orderly exit). A process killed outright (SIGKILL, a
 * power loss) cannot clean up: the next process that looks finds its leftovers by their dead pid
 * and removes them.
 */
const owned = new Set();
let exitHook = false;
/** Removes `path` when this process exits, unless `release` (returned) removes it first. */
export function removeOnExit(path) {
    owned.add(path);
    if (!exitHook) {
        exitHook = true;
        process.once('exit', () => {
            for (const p of owned)
                rmSync(p, { recursive: true, force: true });
        });
    }
    return () => {
        owned.delete(path);
        rmSync(path, { recursive: true, force: true });
    };
}
/** Prefix of this tool's spool folders in the system's temporary folder. */
export const SPOOL_PREFIX = 'tenant-scale-spool-';
/** A new private folder under TMPDIR named for this process; removed by the returned `dispose`, or at exit. */
export function processTempDir(prefix) {
    sweepStale(tmpdir(), prefix);
    const dir = mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`));
    return { dir, dispose: removeOnExit(dir) };
}
/** `${file}.partial-<pid>`: the side file an atomic write fills before renaming it over `file`. */
export function partialFileOf(file) {
    sweepStale(dirname(file), `${basename(file)}.partial-`, '');
    const partial = `${file}.partial-${process.pid}`;
    removeOnExit(partial);
    return partial;
}
/**
 * Removes the entries of `folder` named `${prefix}<pid>${rest}` whose process is gone: what a killed
 * run left. A live process's entries (another command running now) are never touched.
 */
export function sweepStale(folder, prefix, separator = '-') {
    let names;
    try {
        names = readdirSync(folder);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const pidText = separator ? name.slice(prefix.length).split(separator)[0] : name.slice(prefix.length);
        const pid = Number(pidText);
        if (!/^\d+$/.test(pidText) || pid === process.pid || alive(pid))
            continue;
        rmSync(join(folder, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        // EPERM: a live process of another user.
        return err.code === 'EPERM';
    }
}
//# sourceMappingURL=temp-files.js.map