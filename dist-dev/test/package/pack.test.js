import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { storeKinds } from '../helpers/stores.js';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** What a user's project does with the package: every call through the public entry point. */
const CONSUMER = `
import { openStore, loadGeneratedTenant, scaleUpTemplate, validateTenant, scaleDown, cleanupOperations, tenantStatsReport, UsageError } from 'tenant-scale';
const store = await openStore({ db: 'sqlite:./graph.db' });
const out = {};
try {
  const tenant = await loadGeneratedTenant(store, { resources: 300, seed: 1, tenantId: 'lib-tenant', batchSize: 1000, concurrency: 1 });
  const steps = [];
  const up = await scaleUpTemplate(store, { tenantId: 'lib-tenant', scaleFactor: 2, batchSize: 1000, concurrency: 1, maxResources: 10000 }, { onProgress: (phase) => steps.push(phase) });
  out.generated = tenant.resources;
  out.scaledUp = up.resourcesCreated;
  out.progress = steps.length > 0;
  out.valid = (await validateTenant(store, 'lib-tenant')).passed;
  out.sample = (await scaleDown(store, { tenantId: 'lib-tenant', algorithm: 'forest-fire', targetCount: 50, defaultTargetSize: 0.1, seed: 1 })).summary.sample.resources;
  out.cleaned = (await cleanupOperations(store, { operationId: up.operationId, yes: true, batchSize: 1000 })).nodesDeleted;
  out.after = (await tenantStatsReport(store, 'lib-tenant')).syntheticResources;
  const controller = new AbortController();
  controller.abort();
  out.aborted = await scaleUpTemplate(store, { tenantId: 'lib-tenant', scaleFactor: 2, batchSize: 100, concurrency: 1, maxResources: 10000 }, { signal: controller.signal }).then(() => 'completed', (e) => e.name);
  out.usage = await scaleUpTemplate(store, { tenantId: 'lib-tenant', scaleFactor: 0.5, batchSize: 100, concurrency: 1, maxResources: 10000 }).then(() => 'completed', (e) => e instanceof UsageError);
} finally {
  await store.close();
}
console.log(JSON.stringify(out));
`;
// Run once, with the SQLite store. The install skips install scripts and takes better-sqlite3's native
// addon from this checkout's own install (the same pinned version, built for this Node): compiling it a
// second time (~2 min) would test node-gyp, not our package.
if (storeKinds().includes('sqlite')) {
    describe('the package as a user installs it', () => {
        const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-pack-'));
        after(() => rmSync(dir, { recursive: true, force: true }));
        test('npm pack, install the tarball into a new project, run a scale-up through the public API', () => {
            // dist/ is built by `npm test` before the tests run; --ignore-scripts keeps `prepare` from building again.
            execFileSync('npm', ['pack', ROOT, '--pack-destination', dir, '--ignore-scripts'], { cwd: dir, stdio: 'pipe' });
            const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
            assert.ok(tarball, 'npm pack wrote a tarball');
            const project = join(dir, 'consumer');
            execFileSync('mkdir', [project]);
            writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
            execFileSync('npm', ['install', join(dir, tarball), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project, stdio: 'pipe' });
            const addon = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
            assert.ok(!existsSync(join(project, addon)), 'the install compiled nothing');
            cpSync(join(ROOT, addon), join(project, addon));
            assert.ok(existsSync(join(project, 'node_modules', 'tenant-scale', 'dist', 'src', 'index.d.ts')), 'types ship with it');
            writeFileSync(join(project, 'main.mjs'), CONSUMER);
            const out = JSON.parse(execFileSync(process.execPath, ['main.mjs'], { cwd: project, encoding: 'utf8' }).trim());
            assert.deepEqual(out, {
                generated: 300,
                scaledUp: 300,
                progress: true,
                valid: true,
                sample: 50,
                cleaned: 300,
                after: 0,
                aborted: 'OperationFailedError',
                usage: true,
            });
        });
    });
}
//# sourceMappingURL=pack.test.js.map