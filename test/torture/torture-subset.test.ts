import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FAMILIES } from '../../torture/families/index.js';
import { renderTable, rowPassed } from '../../torture/harness/report.js';
import { neo4jFactory, sqliteFactory, type StoreFactory } from '../../torture/harness/stores.js';
import { neo4jUri, storeKinds } from '../helpers/stores.js';

// `npm test`'s share of `npm run torture`: one trial of every row (server faults without their
// retry row), on the stores of this run. The full suite (20 trials a row) is `npm run torture`.
// The input families run a sample of their corpus in input-families.test.ts.
const SAMPLED_ELSEWHERE = new Set(['bad-input', 'injection']);
const factories: StoreFactory[] = storeKinds().map((kind) => (kind === 'sqlite' ? sqliteFactory() : neo4jFactory(neo4jUri())));

describe('torture suite, quick subset', () => {
  for (const family of FAMILIES.filter((f) => !SAMPLED_ELSEWHERE.has(f.name))) {
    test(`${family.name}: every trial passes`, async (t) => {
      const rows = await family.run({ factories, trials: 1, seed: 1, quick: true, log: () => {} });
      t.diagnostic(`\n${renderTable(rows)}`);
      assert.ok(rows.length > 0, 'the family ran');
      assert.ok(rows.every(rowPassed), renderTable(rows));
    });
  }
});
