import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
const dist = fileURLToPath(new URL('../..', import.meta.url)); // dist/, this file being dist/test/unit/…
const root = join(dist, '..');
function files(dir) {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
    });
}
test('every compiled file has its source: no test of a deleted file runs from a stale dist/', () => {
    const stale = ['src', 'test', 'bench']
        .flatMap((top) => (existsSync(join(dist, top)) ? files(join(dist, top)) : []))
        .map((js) => relative(dist, js))
        .filter((js) => !existsSync(join(root, js.replace(/\.js$/, '.ts'))));
    assert.deepEqual(stale, []);
});
//# sourceMappingURL=build-output.test.js.map