import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { retryWindowMs } from '../../src/store/neo4j/neo4j-store.js';
import { testHome } from '../helpers/test-home.js';
const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
/** The heap limit the command ran under, from its debug log. */
function heapLimitOf(env, db) {
    const r = spawnSync(process.execPath, [MAIN, '--db', db, '--log-level', 'debug', 'scale-stats', '--json'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: testHome(), ...env },
    });
    const line = r.stderr.split('\n').find((l) => l.includes('"configuration loaded"'));
    assert.ok(line, r.stderr);
    return JSON.parse(line).heapLimitMb;
}
// Both keys were accepted and never read (an ignored safety switch is worse than none).
describe('performance.memory_limit_mb and retry_attempts are read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-perf-keys-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    test('memory_limit_mb caps the heap the command runs under; unset, V8 chooses', () => {
        const db = `sqlite:${join(dir, 'graph.db')}`;
        const capped = heapLimitOf({ TENANT_SCALE_PERFORMANCE_MEMORY_LIMIT_MB: '128' }, db);
        assert.ok(capped >= 128 && capped < 256, `heap limit ${capped} MB under a 128 MB cap`);
        const free = heapLimitOf({}, db);
        assert.ok(free > 256, `heap limit ${free} MB without a cap`);
    });
    test('memory_limit_mb below 64 is refused, naming the key', () => {
        const r = spawnSync(process.execPath, [MAIN, '--db', `sqlite:${join(dir, 'never.db')}`, 'scale-stats'], {
            encoding: 'utf8',
            env: { PATH: process.env.PATH, HOME: testHome(), TENANT_SCALE_PERFORMANCE_MEMORY_LIMIT_MB: '8' },
        });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /memory_limit_mb/);
    });
    test("retry_attempts sets the driver's retry window: N attempts of its 1, 2, 4 … s backoff (jitter included); 0 never retries", () => {
        assert.equal(retryWindowMs(0), 0);
        assert.equal(retryWindowMs(1), 1200);
        assert.equal(retryWindowMs(5), 31 * 1200);
    });
});
//# sourceMappingURL=performance-keys.test.js.map