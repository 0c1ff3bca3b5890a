import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/load-config.js';
import { scaleUpDefaults } from '../../src/config/operation-defaults.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { scaleUpRandom } from '../../src/scale-up/random/random-scale-up.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import { storeKinds, storeWithTenants } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const T = 'c4ec4ec4-0000-4000-8000-00000000000c';
const names = (checks) => checks.map((c) => c.name);
for (const kind of storeKinds()) {
    describe(`validation.check_original_layer and check_relationship_parity are read (${kind})`, () => {
        test('switched off, their checks are not run by scale-ups nor scale-validate; on (the default), they are', async () => {
            const opened = await storeWithTenants(kind, [{ tenantId: T, resources: 300, seed: 4 }]);
            try {
                const on = scaleUpDefaults(loadConfig({ env: { HOME: testHome() } }).config, 'template');
                const off = scaleUpDefaults(loadConfig({
                    env: { HOME: testHome(), TENANT_SCALE_VALIDATION_CHECK_ORIGINAL_LAYER: 'no', TENANT_SCALE_VALIDATION_CHECK_RELATIONSHIP_PARITY: 'false' },
                }).config, 'template');
                const base = { tenantId: T, scaleFactor: 2, batchSize: 500, concurrency: 2, maxResources: 10_000 };
                const checked = await scaleUpTemplate(opened.store, { ...base, skipChecks: on.skipChecks });
                assert.ok(['no-original-contamination', 'relationship-parity', 'in-degree-parity'].every((n) => names(checked.validation).includes(n)), names(checked.validation).join());
                const unchecked = await scaleUpTemplate(opened.store, { ...base, skipChecks: off.skipChecks });
                assert.deepEqual(names(unchecked.validation).filter((n) => ['no-original-contamination', 'relationship-parity', 'in-degree-parity'].includes(n)), []);
                assert.ok(names(unchecked.validation).includes('type-counts'), 'the other checks still run');
                const random = await scaleUpRandom(opened.store, {
                    tenantId: T,
                    targetCount: 200,
                    typeDistribution: 'tenant',
                    relationshipDensity: 2,
                    seed: 1,
                    batchSize: 500,
                    concurrency: 2,
                    maxResources: 10_000,
                    skipChecks: off.skipChecks,
                });
                assert.ok(!names(random.validation).includes('no-original-contamination'));
                const report = await validateTenant(opened.store, T, checked.operationId, { skipChecks: off.skipChecks });
                assert.ok(!names(report.operations[0].checks).includes('relationship-parity'));
                assert.ok(names((await validateTenant(opened.store, T, checked.operationId)).operations[0].checks).includes('relationship-parity'));
                // The CLI reads them from the environment (or the config file) the same way.
                const cli = spawnSync(process.execPath, [MAIN, '--db', opened.dbArg, '--tenant-id', T, '--json', 'scale-validate', '--operation-id', checked.operationId], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome(), TENANT_SCALE_VALIDATION_CHECK_RELATIONSHIP_PARITY: 'NO' } });
                assert.equal(cli.status, 0, cli.stderr);
                const checks = JSON.parse(cli.stdout).operations[0].checks;
                assert.ok(!names(checks).includes('relationship-parity') && names(checks).includes('no-original-contamination'));
            }
            finally {
                await opened.dispose();
            }
        });
    });
}
//# sourceMappingURL=validation-switches.test.js.map