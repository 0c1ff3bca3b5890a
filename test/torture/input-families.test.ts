import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { badInputFamily } from '../../torture/families/bad-input.js';
import { injectionFamily } from '../../torture/families/injection.js';
import type { TortureFamily } from '../../torture/harness/family.js';
import { rowPassed } from '../../torture/harness/report.js';
import { neo4jFactory, sqliteFactory, type StoreFactory } from '../../torture/harness/stores.js';
import { neo4jUri, storeKinds } from '../helpers/stores.js';

// A sample of the two input families (every 30th case) on every store: `npm run torture` runs them whole.
const SAMPLE = 30;

function factories(): StoreFactory[] {
  return storeKinds().map((kind) => (kind === 'sqlite' ? sqliteFactory() : neo4jFactory(neo4jUri())));
}

async function assertAllPassed(family: TortureFamily): Promise<void> {
  const rows = await family.run({ factories: factories(), trials: 1, seed: 1, log: () => {} });
  assert.ok(rows.length > 0, `${family.name} produced no rows`);
  const failures = rows.flatMap((r) => r.failures.map((f) => `${r.command} / ${r.store} / ${r.fault}: ${f}`));
  assert.deepEqual(failures, [], `${family.name} failures:\n${failures.join('\n')}`);
  assert.ok(rows.every(rowPassed), 'every row ran and passed');
}

describe('torture input families (a sample)', () => {
  test('bad-input: refused with exit 2, the problem and the fix named, nothing written', async () => {
    await assertAllPassed(badInputFamily({ sample: SAMPLE }));
  });

  test('injection: hostile strings refused cleanly or written exactly', async () => {
    await assertAllPassed(injectionFamily({ sample: SAMPLE }));
  });
});
