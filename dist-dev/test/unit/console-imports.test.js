import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
// The web console is a client of the library, not a second implementation: its server code imports
// the public entry point (src/index.ts), its own modules and packages — nothing else of src/.
const CONSOLE = fileURLToPath(new URL('../../../src/console/', import.meta.url));
test('the console server imports nothing of src/ but the public entry point', () => {
    const files = readdirSync(CONSOLE).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length >= 5, `the console's modules: ${files.join(', ')}`);
    const stray = [];
    let relative = 0;
    for (const file of files) {
        const text = readFileSync(join(CONSOLE, file), 'utf8');
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
            relative++;
            const spec = m[1];
            if (spec !== '../index.js' && !/^\.\/[\w-]+\.js$/.test(spec))
                stray.push(`${file}: ${spec}`);
        }
    }
    assert.ok(relative > 0, 'the scan found the imports');
    assert.deepEqual(stray, []);
});
//# sourceMappingURL=console-imports.test.js.map