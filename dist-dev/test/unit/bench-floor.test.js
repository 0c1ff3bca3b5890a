import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeAtMost } from '../../bench/floor-writer.js';
const dist = fileURLToPath(new URL('../..', import.meta.url)); // dist/, this file being dist/test/unit/…
const bench = join(dist, 'bench');
/** The one module under src/store/ a floor may use: the `nodes` table's row layout, applied outside the clock. */
const ALLOWED_STORE_MODULES = ['src/store/sqlite/sqlite-rows.js'];
/** Every import and re-export of a compiled module (type-only imports are gone from the JS). */
function specifiersOf(file) {
    const js = readFileSync(file, 'utf8');
    const found = [];
    for (const m of js.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm))
        found.push(m[1]);
    for (const m of js.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm))
        found.push(m[1]);
    for (const m of js.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g))
        found.push(m[1]);
    return found;
}
/** The repository modules `entry` loads, itself included, following relative imports; packages are named as such. */
function moduleClosure(entry) {
    const modules = new Set();
    const packages = new Set();
    const queue = [entry];
    while (queue.length) {
        const file = queue.pop();
        if (modules.has(file))
            continue;
        modules.add(file);
        for (const spec of specifiersOf(file)) {
            if (spec.startsWith('.'))
                queue.push(resolve(dirname(file), spec));
            else
                packages.add(spec);
        }
    }
    return { modules, packages };
}
const floorFiles = readdirSync(bench)
    .filter((name) => /^floor.*\.js$/.test(name))
    .map((name) => join(bench, name));
test('the bench floors are the files the independence check reads', () => {
    // A rename would otherwise leave the check below reading nothing.
    for (const name of ['floor-template.js', 'floor-chunks.js', 'floor-extraction.js', 'floor-neo4j.js', 'floor-sqlite.js', 'floor-writer.js'])
        assert.ok(floorFiles.includes(join(bench, name)), name);
});
test('no bench floor loads our store adapters, their queries, encoders or batch helpers (only the SQLite row layout)', () => {
    const offending = [];
    for (const file of floorFiles) {
        for (const module of moduleClosure(file).modules) {
            assert.ok(existsSync(module), `${relative(dist, file)} imports ${relative(dist, module)}, which is not built`);
            const path = relative(dist, module);
            if (path.startsWith('src/store/') && !ALLOWED_STORE_MODULES.includes(path))
                offending.push(`${relative(dist, file)} → ${path}`);
            if (path.startsWith('test/'))
                offending.push(`${relative(dist, file)} → ${path}`);
        }
    }
    assert.deepEqual(offending, []);
});
test('the Neo4j floor writes with neo4j-driver itself', () => {
    const { packages } = moduleClosure(join(bench, 'floor-neo4j.js'));
    assert.ok(packages.has('neo4j-driver'), [...packages].join(', '));
});
test('writeAtMost keeps at most `limit` writes in flight, reaches it, and adds up what they wrote', async () => {
    for (const limit of [1, 2]) {
        let inFlight = 0;
        let most = 0;
        const writes = [3, 5, 7, 11, 13].map((n) => async () => {
            most = Math.max(most, ++inFlight);
            await new Promise((r) => setTimeout(r, 5));
            inFlight--;
            return n;
        });
        assert.equal(await writeAtMost(limit, writes), 39);
        assert.equal(most, limit);
    }
});
//# sourceMappingURL=bench-floor.test.js.map