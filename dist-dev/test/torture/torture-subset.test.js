import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crashFamilyOf } from '../../torture/families/crash.js';
import { renderTable, rowPassed } from '../../torture/harness/report.js';
import { neo4jFactory, sqliteFactory } from '../../torture/harness/stores.js';
import { neo4jUri, storeKinds } from '../helpers/stores.js';
// `npm test`'s share of `npm run torture`: one crash trial of three commands that recover three
// different ways (undone by cleanup, finished by a rerun or undone with its backup, brought back by
// a rerun) on the stores of this run; each must be killed inside its work. The whole suite, and
// CI's bounded sample of it (one trial of every row), is `npm run torture`.
const COMMANDS = ['scale-up template', 'scale-down delete', 'restore'];
const factories = storeKinds().map((kind) => (kind === 'sqlite' ? sqliteFactory() : neo4jFactory(neo4jUri())));
describe('torture suite, quick subset', () => {
    test('crash: killed inside the work, every trial recovers exactly', async (t) => {
        const rows = await crashFamilyOf(COMMANDS).run({ factories, trials: 1, seed: 1, quick: true, log: () => { } });
        t.diagnostic(`\n${renderTable(rows)}`);
        assert.equal(rows.length, COMMANDS.length * factories.length, 'a row per command and store');
        for (const r of rows)
            assert.match(r.checked, /^1\/1 killed mid-way/, `${r.command} on ${r.store}: ${r.checked}`);
        assert.ok(rows.every(rowPassed), renderTable(rows));
    });
});
//# sourceMappingURL=torture-subset.test.js.map