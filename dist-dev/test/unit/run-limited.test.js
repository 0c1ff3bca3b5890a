import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runLimited } from '../../src/store/write-chunks.js';
test('runLimited rejects only after the batches in flight have settled, and starts no new one', async () => {
    const events = [];
    const err = await runLimited([1, 2, 3, 4], 2, async (item) => {
        if (item === 1) {
            await new Promise((r) => setTimeout(r, 50));
            events.push('slow sibling done');
            return;
        }
        if (item === 2) {
            events.push('failing');
            throw new Error('boom');
        }
        events.push(`started ${item}`);
    }).catch((e) => e);
    events.push('rejected');
    assert.equal(err.message, 'boom');
    assert.deepEqual(events, ['failing', 'slow sibling done', 'rejected']);
});
//# sourceMappingURL=run-limited.test.js.map