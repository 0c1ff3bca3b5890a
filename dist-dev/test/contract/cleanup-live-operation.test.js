import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, test } from 'node:test';
import { UsageError } from '../../src/domain/errors.js';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import { storeKinds, storeWithTenants } from '../helpers/stores.js';
const A = 'a3a3a3a3-0000-4000-8000-00000000000a';
/** A pid that was a process a moment ago and is none now. */
function deadPid() {
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(r.stdout);
}
// Found by the torture suite (concurrency): scale-cleanup --all run while a scale-up was writing undid
// it as if a crash had left it running; the scale-up then marked itself completed over the undo, and
// the tenant held a completed operation without its relationships.
for (const kind of storeKinds()) {
    describe(`scale-cleanup and an operation still running (${kind})`, () => {
        test('refuses to undo an operation whose process lives; undoes one whose process is gone', async () => {
            const opened = await storeWithTenants(kind, [{ tenantId: A, resources: 200, seed: 1 }]);
            const { store } = opened;
            try {
                const clean = await canonicalHash(store);
                const up = await scaleUpTemplate(store, { tenantId: A, scaleFactor: 2, batchSize: 500, concurrency: 2, maxResources: 10_000 });
                const record = (await store.getOperation(up.operationId));
                // The scale-up as it looks while it writes: running, in a live process (this one) on this machine.
                await store.updateOperation(up.operationId, { status: 'running', params: { ...record.params, process: { host: hostname(), pid: process.pid } } });
                const written = await canonicalHash(store);
                for (const options of [{ operationId: up.operationId }, { all: true, tenantId: A }]) {
                    await assert.rejects(cleanupOperations(store, { ...options, yes: true, batchSize: 100 }), (err) => {
                        assert.ok(err instanceof UsageError);
                        assert.match(err.message, /still running, in process \d+ on this machine/);
                        return true;
                    });
                    assert.equal(await canonicalHash(store), written, 'nothing undone');
                }
                // Its process gone (a crash): scale-cleanup resolves it.
                await store.updateOperation(up.operationId, { params: { ...record.params, process: { host: hostname(), pid: deadPid() } } });
                await cleanupOperations(store, { operationId: up.operationId, yes: true, batchSize: 100 });
                assert.equal(await canonicalHash(store), clean);
                assert.equal((await store.getOperation(up.operationId)).status, 'rolled_back');
            }
            finally {
                await opened.dispose();
            }
        });
    });
}
//# sourceMappingURL=cleanup-live-operation.test.js.map