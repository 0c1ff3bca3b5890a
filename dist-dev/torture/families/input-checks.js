import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { secretProblems } from '../harness/secrets.js';
/** Every file under `dir` with a digest of its content: a file created, removed or changed shows. */
export function listing(dir) {
    const out = new Map();
    const walk = (d) => {
        for (const name of readdirSync(d)) {
            const path = join(d, name);
            if (statSync(path).isDirectory()) {
                out.set(`${relative(dir, path)}/`, 'dir');
                walk(path);
            }
            else
                out.set(relative(dir, path), createHash('sha1').update(readFileSync(path)).digest('hex'));
        }
    };
    if (existsSync(dir))
        walk(dir);
    return out;
}
/** Paths created, removed or changed between two listings. */
export function listingChanges(before, after, ignore = () => false) {
    const changed = [];
    for (const [path, digest] of after)
        if (!ignore(path) && before.get(path) !== digest)
            changed.push(before.has(path) ? `${path} changed` : `${path} created`);
    for (const path of before.keys())
        if (!ignore(path) && !after.has(path))
            changed.push(`${path} removed`);
    return changed;
}
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
/** A refusal as users should see it: exit 2, the problem named, a fix line, no stack trace and no "internal error". */
export function refusalProblems(run, expect) {
    const problems = [];
    const how = run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
    if (run.code !== 2)
        problems.push(`${how}, not 2`);
    if (!expect.test(run.stderr))
        problems.push(`stderr does not match ${expect}`);
    if (!/^\s*fix: \S/m.test(run.stderr))
        problems.push('no fix: line');
    problems.push(...crashSigns(run));
    return problems;
}
/** What no run may show, whatever its exit code: a stack trace, an internal error, a signal, the store's password. */
export function crashSigns(run) {
    const problems = [...secretProblems(run)];
    if (STACK.test(run.stderr) || STACK.test(run.stdout))
        problems.push('stack trace printed');
    if (/internal error/i.test(run.stderr))
        problems.push('internal error');
    if (run.signal)
        problems.push(`killed by ${run.signal}`);
    if (run.code === 70)
        problems.push('exit 70');
    return problems;
}
/** The first lines of stderr, for a failure report. */
export const stderrHead = (run) => run.stderr.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300);
//# sourceMappingURL=input-checks.js.map