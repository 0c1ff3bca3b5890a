import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { badInputFamily } from '../../torture/families/bad-input.js';
import { injectionFamily } from '../../torture/families/injection.js';
import { rowPassed } from '../../torture/harness/report.js';
import { neo4jFactory, sqliteFactory } from '../../torture/harness/stores.js';
import { neo4jUri, storeKinds } from '../helpers/stores.js';
// A sample of the two input families (every 60th case) on every store: CI runs every 10th (npm run torture -- --sample 10), `npm run torture` all of them.
const SAMPLE = 60;
function factories() {
    return storeKinds().map((kind) => (kind === 'sqlite' ? sqliteFactory() : neo4jFactory(neo4jUri())));
}
async function allPassed(family) {
    const rows = await family.run({ factories: factories(), trials: 1, seed: 1, log: () => { } });
    assert.ok(rows.length > 0, `${family.name} produced no rows`);
    const failures = rows.flatMap((r) => r.failures.map((f) => `${r.command} / ${r.store} / ${r.fault}: ${f}`));
    assert.deepEqual(failures, [], `${family.name} failures:\n${failures.join('\n')}`);
    assert.ok(rows.every(rowPassed), 'every row ran and passed');
    return rows;
}
/** A row's figures: how many trials its checked column says were written and refused. */
function figures(row) {
    const count = (what) => Number(what.exec(row.checked)?.[1] ?? 0);
    return { written: count(/(\d+) written/), refused: count(/(\d+) refused for the stated reason/) };
}
describe('torture input families (a sample)', () => {
    test('bad-input: each refused for its stated reason (exit 2, field and rule named, a fix), nothing written', async () => {
        const rows = await allPassed(badInputFamily({ sample: SAMPLE }));
        for (const row of rows)
            assert.equal(figures(row).refused, row.trials, `${row.command} / ${row.fault}: ${row.checked}`);
    });
    test('injection: each hostile string refused for its stated reason, or written and read back byte for byte', async () => {
        const rows = await allPassed(injectionFamily({ sample: SAMPLE }));
        for (const row of rows) {
            const { written, refused } = figures(row);
            assert.equal(written + refused, row.trials, `${row.command} / ${row.fault}: every trial counted once: ${row.checked}`);
        }
        // The sample holds both endings, so both kinds of proof ran.
        const total = rows.map(figures).reduce((a, b) => ({ written: a.written + b.written, refused: a.refused + b.refused }));
        assert.ok(total.written > 0 && total.refused > 0, `written ${total.written}, refused ${total.refused}`);
    });
});
//# sourceMappingURL=input-families.test.js.map