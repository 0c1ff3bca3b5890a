import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
let home;
/** An empty home folder for the CLI processes a test starts: the developer's own ~/.config never changes what a test sees. */
export function testHome() {
    if (home === undefined) {
        const made = mkdtempSync(join(tmpdir(), 'tenant-scale-test-home-'));
        process.once('exit', () => rmSync(made, { recursive: true, force: true }));
        home = made;
    }
    return home;
}
//# sourceMappingURL=test-home.js.map