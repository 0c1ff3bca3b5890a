import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, storeKinds } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
import { CRASH_AT_MODULE } from '../helpers/crash-at.js';
import { partialFileOf, SPOOL_PREFIX } from '../../src/io/temp-files.js';
/**
 * An export or a copy killed outright (SIGKILL, which nothing can catch) leaves its spool folder
 * under TMPDIR; the next command finds it by its dead pid and removes it. Each run here has a
 * TMPDIR of its own, so only its own spools are seen.
 */
const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const TENANT = 'eeeeeeee-2828-4000-8000-00000000000e';
function cli(args, tmp, crashAt) {
    const r = spawnSync(process.execPath, [...(crashAt ? ['--import', CRASH_AT_MODULE] : []), MAIN, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: testHome(), TMPDIR: tmp, ...(crashAt ? { TEST_CRASH_AT: crashAt } : {}) },
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
const spools = (tmp) => readdirSync(tmp).filter((n) => n.startsWith(SPOOL_PREFIX));
describe('temporary files of interrupted runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-spools-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    for (const kind of storeKinds()) {
        describe(`on ${kind}`, () => {
            let opened;
            before(async () => {
                opened = await freshStore(kind);
                await loadGeneratedTenant(opened.store, { resources: 200, seed: 4, tenantId: TENANT, batchSize: 1000, concurrency: 1 });
            });
            after(async () => opened.dispose());
            const cases = [
                // Killed once its first page is in the spool (the file is written from the spool at the end).
                ['export', (tmp) => ['--db', opened.dbArg, '--tenant-id', TENANT, 'export', '--output', join(tmp, '..', `${kind}-out.json`)], 'progress:1'],
                // Killed once its first batch is written into the other store (the spool is complete by then).
                ['copy', (tmp) => ['--tenant-id', TENANT, 'copy', '--from', opened.dbArg, '--to', `sqlite:${join(tmp, '..', `${kind}-copy.db`)}`], 'progress:1'],
            ];
            for (const [name, args, crashAt] of cases) {
                test(`${name} killed mid-way: its spool is left, and the next command removes it`, () => {
                    const tmp = join(dir, `${kind}-${name}`, 'tmp');
                    mkdirSync(tmp, { recursive: true });
                    const killed = cli(args(tmp), tmp, crashAt);
                    assert.equal(killed.signal, 'SIGKILL', `the ${name} was killed at its event: ${killed.stderr}`);
                    assert.equal(spools(tmp).length, 1, `the killed ${name} left its spool`);
                    const next = cli(['--db', opened.dbArg, '--tenant-id', TENANT, 'scale-stats'], tmp);
                    assert.equal(next.code, 0, next.stderr);
                    assert.deepEqual(spools(tmp), [], 'the next command removed the dead run’s spool');
                });
            }
            test('a finished export leaves no spool and no partial file', () => {
                const tmp = join(dir, `${kind}-finished`, 'tmp');
                mkdirSync(tmp, { recursive: true });
                const out = join(dir, `${kind}-finished`, 'out.json');
                const r = cli(['--db', opened.dbArg, '--tenant-id', TENANT, 'export', '--output', out], tmp);
                assert.equal(r.code, 0, r.stderr);
                assert.deepEqual(spools(tmp), []);
                assert.deepEqual(readdirSync(join(dir, `${kind}-finished`)).filter((n) => n.includes('.partial-')), []);
            });
        });
    }
    test("a partial output file of a dead process is removed by the next write to that name; a live process's is left", () => {
        const folder = mkdtempSync(join(dir, 'partial-'));
        const file = join(folder, 'out.json');
        const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
        writeFileSync(`${file}.partial-${dead}`, 'half');
        writeFileSync(`${file}.partial-${process.ppid}`, 'another run, alive');
        const mine = partialFileOf(file);
        assert.equal(existsSync(`${file}.partial-${dead}`), false, 'the dead run’s partial file is gone');
        assert.equal(existsSync(`${file}.partial-${process.ppid}`), true, 'a live process’s is not touched');
        assert.equal(mine, `${file}.partial-${process.pid}`);
    });
});
//# sourceMappingURL=interrupted-spools.test.js.map