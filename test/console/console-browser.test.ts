import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startConsole, type RunningConsole } from '../../src/console/console-server.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import { chromiumPath } from '../helpers/chromium.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
import { readTenantStats } from '../../src/operations/tenant-stats.js';

/**
 * The web console end to end in a real Chromium, on each store: the page, its API and the library
 * under it, nothing mocked. Screenshots of each page go to test-artifacts/console/ (the test prints
 * where).
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WEB_ROOT = join(ROOT, 'dist', 'web');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SHOTS = join(ROOT, 'test-artifacts', 'console');
const TENANT = 'c0ffee00-0000-4000-8000-00000000c0de';

/** One HTTP request with headers fetch would not let us set (Host). */
function raw(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

/** The page's globals, typed for the functions playwright runs in it (this file compiles without the DOM's types; a type is erased, so the function stays self-contained). */
type InPage = { document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null } };

const executablePath = chromiumPath();
mkdirSync(SHOTS, { recursive: true });

for (const kind of storeKinds()) {
  describe(`the web console in Chromium, on ${kind}`, () => {
    let opened: OpenedStore;
    let other: OpenedStore;
    let store: GraphStore;
    let running: RunningConsole;
    let browser: Browser;
    let page: Page;
    let dir: string;
    const shot = async (name: string) => page.screenshot({ path: join(SHOTS, `${kind}-${name}.png`), fullPage: true });
    /** Waits for `selector`, or fails at once with the error the page shows instead. */
    const outcome = async (selector: string, timeout = 120_000) => {
      await page.locator(`${selector}, .error, .field-error`).first().waitFor({ timeout });
      if (!(await page.locator(selector).count()))
        assert.fail(`the page shows an error instead of ${selector}: ${await page.locator('.error, .field-error').first().innerText()}`);
    };
    const operations = async () => (await store.listOperations(TENANT)).map((o) => `${o.kind}:${o.status}`);

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-console-test-'));
      opened = await freshStore(kind);
      store = opened.store;
      await loadGeneratedTenant(store, { tenantId: TENANT, resources: 300, seed: 5, batchSize: 500, concurrency: 2 });
      // Small scale-up batches: a Stop lands between many of them.
      const { config } = loadConfig({ env: {}, flags: { scale_up: { batch_size: 10 } } });
      // The second store tenants are copied to and from: SQLite beside either.
      other = await freshStore('sqlite');
      running = await startConsole({ store, config, port: 0, webRoot: WEB_ROOT, backupDir: dir, otherStore: other.store });
      browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
      page = await (await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } })).newPage();
    });
    after(async () => {
      await browser?.close();
      await running?.close();
      await opened?.dispose();
      await other?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    test('Tenants: the tenant with its counts; its page: resources and relationships by type', async (t) => {
      await page.goto(running.url);
      const row = page.locator(`tr[data-tenant="${TENANT}"]`);
      await row.waitFor();
      assert.match(await row.innerText(), /\b300\b/, 'its 300 resources');
      await shot('tenants');
      await row.locator('a').click();
      await page.locator('#totals').waitFor();
      assert.match(await page.locator('#totals').innerText(), /300 resources/);
      assert.ok((await page.locator('.bars .bar').count()) > 5, 'bars by type');
      // The relationship counts follow the first figures.
      await page.locator('#relationships .bar').first().waitFor();
      const relationships = (await readTenantStats(store, { tenantId: TENANT, includeNullTenant: false })).relationshipsByType;
      assert.equal(await page.locator('#relationships .bar').count(), relationships.length, 'a bar per relationship type');
      assert.match(
        await page.locator('#relationship-total').innerText(),
        new RegExp(`${relationships.reduce((n, r) => n + r.count, 0).toLocaleString('en-US')} relationships`),
      );
      assert.match(await page.locator('#operations').innerText(), /generate-tenant\s+completed/);
      await shot('tenant');
      t.diagnostic(`screenshots: ${SHOTS}`);
    });

    test('Run: a template scale-up previewed (the real plan), run to its end with progress, validated, then cleaned up from the tenant page: the store as before', async () => {
      const before = await canonicalHash(store);
      await page.goto(`${running.url.replace(/\/$/, '')}/#/run?tenant=${TENANT}`);
      await page.locator('#field-scaleFactor').fill('2');
      await page.locator('#preview').click();
      await outcome('#plan');
      assert.match(await page.locator('#plan').innerText(), /plannedResources\s+300/);
      assert.equal(await canonicalHash(store), before, 'a preview writes nothing');
      await page.locator('#run').click();
      await outcome('#result');
      const progressEvents = Number(await page.locator('#run-output').getAttribute('data-progress-events'));
      assert.ok(progressEvents > 0, 'progress reached the page');
      const [, done, total] = /(\d+)\/(\d+)$/.exec((await page.locator('#run-output').getAttribute('data-last-progress')) ?? '') ?? [];
      assert.ok(Number(done) > 0 && done === total, `the progress shown reached the end: ${done} of ${total}`);
      assert.match(await page.locator('#result').innerText(), /Completed/);
      assert.match(await page.locator('#result').innerText(), /300 resources/);
      assert.ok((await page.locator('#result [data-check] .pass').count()) >= 5, 'its validation checks, passed');
      assert.equal(await page.locator('#result [data-check] .fail').count(), 0);
      // Its fidelity: a template copy writes every kind of connection it copies, and its report is shown.
      const growth = await page.locator('#growth').innerText();
      const [, from, to] = /grown from\s+([\d,]+) to ([\d,]+) resources/.exec(growth) ?? [];
      assert.equal(Number(to?.replace(/,/g, '')) - Number(from?.replace(/,/g, '')), 300, growth);
      assert.match(growth, /type triples written\s+([1-9]\d*) of \1 \(100\.0 %\)/);
      await page.frameLocator('#result iframe.report').locator('svg').first().waitFor();
      await shot('run-result');
      const [operation] = (await store.listOperations(TENANT)).filter((o) => o.kind === 'template');
      assert.ok(operation && operation.status === 'completed');

      await page.goto(`${running.url.replace(/\/$/, '')}/#/tenant/${TENANT}`);
      const row = page.locator(`tr[data-operation="${operation.id}"]`);
      await row.locator('[data-action=details]').click();
      const phases = page.locator(`tr[data-details="${operation.id}"] [data-phase]`);
      await phases.first().waitFor();
      assert.deepEqual(
        await phases.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-phase'))),
        ((operation.metrics?.phases ?? []) as { name: string }[]).map((p) => p.name),
        'its recorded phases, each with its timing',
      );
      assert.ok((await phases.count()) >= 2);
      await row.locator('[data-action=validate]').click();
      await outcome('#validation');
      assert.match(await page.locator('#validation h3').innerText(), /Validation passed/);
      await row.locator('[data-action=cleanup]').click();
      await outcome('#cleanup-preview');
      assert.match(await page.locator('#cleanup-preview').innerText(), /300 nodes/);
      assert.notEqual(await canonicalHash(store), before, 'the preview removed nothing');
      await shot('cleanup-preview');
      await page.locator('#confirm-cleanup').click();
      await outcome('#cleanup-done');
      assert.equal(await canonicalHash(store), before, 'cleaned up: the store exactly as before the scale-up');
    });

    test('Stop a running scale-up mid-way: it rolls back, the store as before', async () => {
      const before = await canonicalHash(store);
      const recordsBefore = await operations();
      await page.goto(`${running.url.replace(/\/$/, '')}/#/run?tenant=${TENANT}`);
      await page.locator('#field-scaleFactor').fill('60');
      await page.locator('#run').click();
      // Stop once some batches are written, well before the end.
      await page.waitForFunction(
        () => Number((globalThis as unknown as InPage).document.querySelector('#progress-numbers')?.getAttribute('data-done') ?? 0) > 0,
      );
      const doneAtStop = Number(await page.locator('#progress-numbers').getAttribute('data-done'));
      await page.locator('#stop').click();
      await page.locator('#stopped').waitFor({ timeout: 120_000 });
      assert.ok(doneAtStop < 300 * 59, `stopped mid-way (${doneAtStop} written of ${300 * 59})`);
      await shot('stopped');
      assert.equal(await canonicalHash(store), before, 'rolled back: the store exactly as before');
      assert.deepEqual(await operations(), [...recordsBefore, 'template:rolled_back']);
    });

    test('a bad form value: the error at its field, with the fix, and nothing written', async () => {
      const before = await canonicalHash(store);
      const recordsBefore = await operations();
      await page.goto(`${running.url.replace(/\/$/, '')}/#/run?tenant=${TENANT}`);
      await page.locator('#field-scaleFactor').fill('0.5');
      await page.locator('#run').click();
      const error = page.locator('.field-error[data-error-for="scaleFactor"]');
      await error.waitFor();
      assert.match(await error.innerText(), /`scaleFactor` must be a number greater than 1 \(got 0\.5\)\nfix: /);
      assert.match((await page.locator('#field-scaleFactor').getAttribute('class')) ?? '', /invalid/);
      await shot('bad-input');
      assert.equal(await canonicalHash(store), before);
      assert.deepEqual(await operations(), recordsBefore);
    });

    test('Scale down by pattern, in place: the delete waits for its confirmation, writes its backup, and cleaned up from the tenant page the store is as before', async () => {
      const before = await canonicalHash(store);
      const recordsBefore = await operations();
      const resourcesBefore = (await store.tenantCensus(TENANT)).resourcesWithTenant;
      await page.goto(`${running.url.replace(/\/$/, '')}/#/run?tenant=${TENANT}`);
      await page.locator('[data-kind="scale-down"]').click();
      await page.locator('#field-algorithm').selectOption('pattern');
      assert.ok(await page.locator('#field-includeNeighbors').isVisible(), "the pattern's fields shown");
      assert.ok(!(await page.locator('#field-burningProbability').isVisible()), "the forest fire's hidden");
      await page.locator('#field-pattern').selectOption('network');
      await page.locator('#field-targetSize').fill('0.5');
      await page.locator('#field-output').selectOption('delete');
      assert.ok(await page.locator('#field-backup').isChecked(), 'a backup by default');
      await page.locator('#run').click();
      const error = page.locator('.field-error[data-error-for="confirmed"]');
      await error.waitFor();
      assert.match(
        await error.innerText(),
        /deletes every resource of the tenant outside the sample, and `confirmed` is not given\nfix: pass `confirmed` to confirm/,
      );
      assert.equal(await canonicalHash(store), before, 'unconfirmed: nothing deleted');
      assert.deepEqual(await operations(), recordsBefore);
      await page.locator('#field-confirmed').check();
      await page.locator('#run').click();
      await outcome('#result');
      assert.match(await page.locator('#result h3').first().innerText(), /Tenant shrunk in place/);
      const [deleted] = (await store.listOperations(TENANT)).filter((o) => o.kind === 'scale-down-delete');
      assert.ok(deleted?.status === 'completed', JSON.stringify(deleted));
      const kept = (await store.tenantCensus(TENANT)).resourcesWithTenant;
      assert.ok(kept > 0 && kept < resourcesBefore, `shrunk: ${kept} of ${resourcesBefore} kept`);
      assert.match(await page.locator('#result').innerText(), new RegExp(`kept\\s+${kept.toLocaleString('en-US')} resources`), 'the page says what was kept');
      const backup = String(deleted.params.backupFile);
      assert.ok(backup.startsWith(dir) && existsSync(backup), `the backup in the console's backup folder: ${backup}`);
      assert.ok((await page.locator('#result').innerText()).includes(backup), 'the page names the backup');
      await shot('scale-down-delete');
      await page.locator('#undo-delete a').click();
      await page.locator(`tr[data-operation="${deleted.id}"] [data-action=cleanup]`).click();
      await outcome('#cleanup-preview');
      await page.locator('#confirm-cleanup').click();
      await outcome('#cleanup-done');
      assert.equal(await canonicalHash(store), before, 'restored from its backup: the store exactly as before');
    });

    test('Scenario: a custom YAML with a syntax error is shown at the editor with its line and column, nothing written; fixed, it runs and validates', async () => {
      const before = await canonicalHash(store);
      const recordsBefore = await operations();
      await page.goto(`${running.url.replace(/\/$/, '')}/#/run?tenant=${TENANT}`);
      await page.locator('[data-kind="scenario"]').click();
      await page.locator('#field-scenario').selectOption('custom');
      const editor = page.locator('#field-scenarioText');
      const starter = await editor.inputValue();
      assert.match(starter, /^name: /, 'the editor starts with a scenario');
      await editor.fill(starter.replace('  - name: site\n', '  - name: site\n   broken: [\n'));
      await page.locator('#run').click();
      const error = page.locator('.field-error[data-error-for="scenarioText"]');
      await error.waitFor();
      assert.match(await error.innerText(), /not valid YAML at line \d+, column \d+/);
      await shot('scenario-error');
      assert.equal(await canonicalHash(store), before, 'nothing written');
      assert.deepEqual(await operations(), recordsBefore);
      await editor.fill(starter);
      await page.locator('#run').click();
      await outcome('#result');
      assert.match(await page.locator('#result').innerText(), /Completed/);
      assert.equal(await page.locator('#result [data-check] .fail').count(), 0);
      assert.ok((await page.locator('#result [data-check] .pass').count()) >= 3, 'its validation checks, passed');
      const [scenario] = (await store.listOperations(TENANT)).filter((o) => o.kind === 'scenario');
      assert.ok(scenario && scenario.status === 'completed' && scenario.resourcesCreated === 7, JSON.stringify(scenario));
    });

    test('Scale down: a forest-fire sample with its fidelity plots, and its export downloaded byte for byte as the CLI writes it', async () => {
      await page.goto(`${running.url.replace(/\/$/, '')}/#/run?tenant=${TENANT}`);
      await page.locator('[data-kind="scale-down"]').click();
      await page.locator('#field-algorithm').selectOption('forest-fire');
      await page.locator('#field-targetSize').fill('0.2');
      await page.locator('#field-seed').fill('7');
      await page.locator('#field-preservePaths').selectOption('all');
      await page.locator('#field-output').selectOption('export');
      await page.locator('#field-format').selectOption('json');
      await page.locator('#run').click();
      await outcome('#result');
      const report = page.frameLocator('iframe.report');
      await report.locator('svg').first().waitFor();
      assert.ok((await report.locator('svg').count()) >= 3, 'the fidelity plots');
      // Coverage, every kind kept (--preserve-paths all): in the result panel and in the report's table.
      const result = await page.locator('#result').innerText();
      assert.match(result, /security path kinds present\s+([1-9]\d*) of \1 \(100\.0 %\)/);
      assert.match(result, /type triples present\s+([1-9]\d*) of \1 \(100\.0 %\)/);
      assert.equal(await report.locator('td', { hasText: 'security path kinds present' }).count(), 1, "the report's table row");
      assert.match(await page.locator('#result').innerText(), /typed 2-paths present\s+\d+ of \d+ \(\d+\.\d %\)/);
      assert.equal(await report.locator('td', { hasText: 'typed 2-paths present' }).count(), 1, "the report's table row");
      await shot('scale-down-result');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-export').click()]);
      const fromPage = join(dir, 'from-page.json');
      await download.saveAs(fromPage);
      const fromCli = join(dir, 'from-cli.json');
      const cli = spawnSync(
        process.execPath,
        [
          MAIN,
          '--db',
          opened.dbArg,
          '--tenant-id',
          TENANT,
          'scale-down',
          'algorithm',
          '--algorithm',
          'forest-fire',
          '--target-size',
          '0.2',
          '--seed',
          '7',
          '--preserve-paths',
          'all',
          '--output-mode',
          'export',
          '--output-file',
          fromCli,
          '--format',
          'json',
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome() } },
      );
      assert.equal(cli.status, 0, cli.stderr);
      const page1 = readFileSync(fromPage);
      assert.ok(page1.length > 1000, 'a real export');
      assert.ok(page1.equals(readFileSync(fromCli)), 'the same bytes as the CLI wrote');
    });

    test('Operations: one a crash left running shows as crashed with its way out, and Resolve… closes it', async () => {
      const dead = spawnSync(process.execPath, ['-e', '']).pid; // a process that has ended
      const id = `crashed-${kind}-${dead}`;
      await store.recordOperation({
        id,
        tenantId: TENANT,
        kind: 'random',
        status: 'running',
        params: { process: { host: hostname(), pid: dead } },
        startedAt: new Date().toISOString(),
        finishedAt: null,
        resourcesCreated: 0,
        relationshipsCreated: 0,
        metrics: null,
        error: null,
      });
      await page.goto(`${running.url.replace(/\/$/, '')}/#/tenant/${TENANT}`);
      const row = page.locator(`tr[data-operation="${id}"]`);
      await row.waitFor();
      assert.match(
        await row.locator('[data-crashed]').innerText(),
        new RegExp(`crashed\\s+Crashed: its process \\(${dead}\\) is gone and left it running\\. Resolve… undoes what it wrote`),
      );
      await shot('crashed');
      await row.locator('[data-action=cleanup]').click();
      await outcome('#cleanup-preview');
      await page.locator('#confirm-cleanup').click();
      await outcome('#cleanup-done');
      assert.equal((await store.getOperation(id))?.status, 'rolled_back');
      assert.equal(await page.locator(`tr[data-operation="${id}"] [data-crashed]`).count(), 0, 'no longer shown as crashed');
    });

    test('Import and export: a tenant exported by the CLI, uploaded as a new tenant, exported again from the page byte for byte as the CLI exports it', async () => {
      const COPY = 'c0ffee00-0000-4000-8000-00000000c0py';
      const cli = (...args: string[]) => {
        const r = spawnSync(process.execPath, [MAIN, '--db', opened.dbArg, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome() } });
        assert.equal(r.status, 0, r.stderr);
      };
      const source = join(dir, 'source.json');
      cli('--tenant-id', TENANT, 'export', '--output', source, '--include-original');
      await page.goto(`${running.url.replace(/\/$/, '')}/#/transfer`);
      await page.locator('#field-file').setInputFiles(source);
      await page.locator('#field-format').selectOption('json');
      await page.locator('#field-tenantId').fill(COPY);
      await page.locator('#import').click();
      await outcome('#import-result');
      assert.match(await page.locator('#import-result').innerText(), /Imported: operation /);
      const imported = await store.listOperations(COPY);
      assert.deepEqual(
        imported.map((o) => `${o.kind}:${o.status}`).filter((o) => o.startsWith('import')),
        ['import:completed'],
      );
      await shot('import');
      await page.reload(); // the tenants list anew, the new tenant in it
      await page.locator('#export-tenant').selectOption(COPY);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-link').click()]);
      const fromPage = join(dir, 'copy-from-page.json');
      await download.saveAs(fromPage);
      const fromCli = join(dir, 'copy-from-cli.json');
      cli('--tenant-id', COPY, 'export', '--output', fromCli);
      assert.ok(readFileSync(fromPage).length > 10_000, 'a real export');
      assert.ok(readFileSync(fromPage).equals(readFileSync(fromCli)), 'the same bytes as the CLI exports');
      cli('--tenant-id', COPY, 'scale-cleanup', '--operation-id', imported.find((o) => o.kind === 'import')!.id, '--yes');
    });

    test('Copy: the tenant copied whole into the second store; copied back it is refused (it exists here), nothing written', async () => {
      await page.goto(`${running.url.replace(/\/$/, '')}/#/transfer`);
      await page.locator('#copy-out-tenant').selectOption(TENANT);
      await page.locator('#copy-out').click();
      await outcome('#copy-result');
      assert.match(
        await page.locator('#copy-result').innerText(),
        new RegExp(`Copied tenant ${TENANT} into ${other.store.target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
      );
      const scope = { tenantId: TENANT, includeNullTenant: false };
      assert.deepEqual(await readTenantStats(other.store, scope), await readTenantStats(store, scope), 'the same tenant, type by type, in the second store');
      assert.deepEqual(
        (await other.store.listOperations(TENANT)).filter((o) => o.kind === 'import').map((o) => o.status),
        ['completed'],
      );
      await shot('copy');

      const before = await canonicalHash(store);
      const recordsBefore = await operations();
      await page.reload();
      await page.locator('#copy-in-tenant').selectOption(TENANT);
      await page.locator('#copy-in').click();
      const error = page.locator('.field-error[data-error-for="tenantId"]');
      await error.waitFor();
      assert.match(await error.innerText(), new RegExp(`tenant ${TENANT} already exists`));
      assert.equal(await canonicalHash(store), before, 'refused: nothing written here');
      assert.deepEqual(await operations(), recordsBefore);
    });

    test('an upload over the limit is refused at the file field, and nothing is written', async () => {
      const small = await startConsole({ store, config: loadConfig({ env: {} }).config, port: 0, webRoot: WEB_ROOT, uploadLimitBytes: 1024 });
      try {
        const before = await canonicalHash(store);
        const base = small.url.replace(/\/$/, '');
        const { csrfToken } = (await (await fetch(`${base}/api/session`)).json()) as { csrfToken: string };
        const r = await fetch(`${base}/api/import?format=json&tenantId=too-big`, {
          method: 'POST',
          headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/octet-stream' },
          body: Buffer.alloc(4096, 32),
        });
        assert.equal(r.status, 400);
        const body = (await r.json()) as { error: string; fields: string[] };
        assert.match(body.error, /larger than the console takes/);
        assert.deepEqual(body.fields, ['file']);
        assert.equal(await canonicalHash(store), before);
      } finally {
        await small.close();
      }
    });

    test('Graph: the neighbourhood of a resource drawn with WebGL and laid out', async () => {
      await page.goto(`${running.url.replace(/\/$/, '')}/#/graph?tenant=${TENANT}&q=virtualNetworks&limit=200`);
      await page.waitForFunction(
        () => Number((globalThis as unknown as InPage).document.querySelector('#graph-info')?.getAttribute('data-laid-out') ?? 0) > 0,
        undefined,
        {
          timeout: 30_000,
        },
      );
      const nodes = Number(await page.locator('#graph-info').getAttribute('data-nodes'));
      assert.ok(nodes > 10 && nodes <= 200, `${nodes} resources drawn, within the bound`);
      assert.ok((await page.locator('#graph canvas').count()) > 0, 'sigma drew on its canvases');
      await shot('graph');
    });

    test('who may talk to it: a foreign Host is refused, a change without the session token is refused, off loopback the access token is required', async () => {
      const port = running.port;
      const foreign = await raw(port, '/api/tenants', { host: `rebound.example:${port}` });
      assert.equal(foreign.status, 403);
      assert.match(foreign.body, /Host header .* does not name this console/);
      const noCsrf = await raw(port, `/api/tenants/${TENANT}/cleanup`, { host: `127.0.0.1:${port}`, 'content-type': 'application/json' }, 'POST');
      assert.equal(noCsrf.status, 403);
      assert.match(noCsrf.body, /lacks the session token/);
      const cors = await raw(port, '/api/session', { host: `127.0.0.1:${port}`, origin: 'https://evil.example' });
      assert.equal(cors.headers['access-control-allow-origin'], undefined, 'no CORS: another site cannot read the session token');

      // Off loopback, and (on Neo4j) logged in with a password that must never reach the page.
      const password = 'n0t-the@real:pass/word %';
      const secretStore =
        kind === 'neo4j' ? await Neo4jStore.connect({ uri: opened.dbArg.replace('bolt://', `bolt://neo4j:${encodeURIComponent(password)}@`) }) : store;
      const open = await startConsole({ store: secretStore, config: loadConfig({ env: {} }).config, host: '0.0.0.0', port: 0, webRoot: WEB_ROOT });
      try {
        const token = new URL(open.url).searchParams.get('token');
        assert.ok(token && token.length >= 20, 'the printed URL carries a token');
        const without = await raw(open.port, '/api/tenants', { host: `127.0.0.1:${open.port}` });
        assert.equal(without.status, 403);
        assert.match(without.body, /needs its access token/);
        const entry = await raw(open.port, `/?token=${token}`, { host: `127.0.0.1:${open.port}` });
        assert.equal(entry.status, 303);
        const cookie = String(entry.headers['set-cookie']).split(';')[0]!;
        const withCookie = await raw(open.port, '/api/tenants', { host: `127.0.0.1:${open.port}`, cookie });
        assert.equal(withCookie.status, 200);
        assert.match(withCookie.body, new RegExp(TENANT));
        const session = await raw(open.port, '/api/session', { host: `127.0.0.1:${open.port}`, cookie });
        assert.match(session.body, /"target"/);
        for (const spelling of [password, encodeURIComponent(password)]) assert.ok(!session.body.includes(spelling), 'no password reaches the page');
      } finally {
        await open.close();
        if (secretStore !== store) await secretStore.close();
      }
    });
  });
}
