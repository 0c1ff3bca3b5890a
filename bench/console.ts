/**
 * node dist/bench/console.js sqlite|neo4j RESOURCES — the web console at size, in headless Chromium
 * (run by `npm run bench -- --console`): a generated tenant of RESOURCES resources, then
 *   - the tenant's page: its first figures (resources by type, synthetic share: the store's indexes)
 *     and the whole stats (relationships by type: a read of each relationship), from navigation;
 *   - the tenants list;
 *   - the graph page with a 5,000-node neighbourhood: fetched and drawn, then laid out (ForceAtlas2 in
 *     a worker, stopped at its time budget);
 *   - a template scale-up ×2 of the whole tenant from the Run page: progress events reaching the page
 *     per second over 15 s, then Stop → the page says it is rolled back (seconds after the click; what
 *     was written by then beside it).
 * Prints one JSON line. Figures, not thresholds: docs/console.md reads them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { GraphStore } from '../src/store/graph-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { loadGeneratedTenant } from '../src/tenant-generator/load-tenant.js';
import { chromiumPath } from '../test/helpers/chromium.js';
import { wipeNeo4j } from '../test/helpers/stores.js';
import { BENCH_SEED, BENCH_TENANT } from './workloads.js';

const [kind, resourcesArg] = process.argv.slice(2);
const resources = Number(resourcesArg ?? 1_000_000);
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bench-console-'));
const since = (t: number) => Math.round(performance.now() - t) / 1000;

/** The tenant, loaded here; the console then runs as users run it, `tenant-scale ui`, in a process of its own (a measurement in the server's process would wait for the server). */
const db = kind === 'sqlite' ? `sqlite:${join(dir, 'console.db')}` : process.env.TENANT_SCALE_TEST_NEO4J_URI!;
const open = async (): Promise<GraphStore> => (kind === 'sqlite' ? new SqliteStore(db.slice('sqlite:'.length)) : Neo4jStore.connect({ uri: db }));
if (kind === 'neo4j') await wipeNeo4j(db);
let store = await open();
const loadStarted = performance.now();
await loadGeneratedTenant(store, { resources, seed: BENCH_SEED, tenantId: BENCH_TENANT, batchSize: 10_000, concurrency: 2 });
const loadSeconds = since(loadStarted);
const resourcesBefore = (await store.tenantCensus(BENCH_TENANT)).resourcesWithTenant;
await store.close();

const ui = spawn(process.execPath, [join(here, '..', 'src', 'cli', 'main.js'), '--db', db, 'ui', '--port', '0', '--backup-dir', dir], {
  stdio: ['ignore', 'ignore', 'pipe'],
  // The bench's own TENANT_SCALE_TEST_* settings are not the CLI's configuration (TENANT_SCALE_<SECTION>_<KEY>).
  env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TENANT_SCALE_'))), HOME: dir },
});
const base = await new Promise<string>((resolve, reject) => {
  let err = '';
  ui.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    const url = /http:\/\/\S+/.exec(err)?.[0];
    if (url) resolve(url.replace(/\/$/, ''));
  });
  ui.once('exit', (code) => reject(new Error(`tenant-scale ui exited (${code}): ${err}`)));
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${base}/#/graph`); // the bundle loaded and cached: each figure below is the page's work
  const timeout = 600_000;

  /** Waits for `selector`, or fails with the error the page shows instead. */
  const shown = async (selector: string) => {
    await page.locator(`${selector}, .error, .field-error`).first().waitFor({ timeout });
    if (!(await page.locator(selector).count()))
      throw new Error(`the page shows an error instead of ${selector}: ${await page.locator('.error, .field-error').first().textContent()}`);
  };
  let t = performance.now();
  await page.goto(`${base}/#/tenant/${BENCH_TENANT}`);
  await shown('#totals');
  const firstStats = since(t);
  await shown('#relationships .bar');
  const fullStats = since(t);

  t = performance.now();
  await page.goto(`${base}/#/`);
  await page.locator(`tr[data-tenant="${BENCH_TENANT}"]`).waitFor({ timeout });
  const tenantsList = since(t);

  t = performance.now();
  await page.goto(`${base}/#/graph?tenant=${BENCH_TENANT}&q=virtualNetworks&limit=5000`);
  await shown('#graph-info[data-nodes]');
  const drawn = since(t);
  const graphNodes = Number(await page.locator('#graph-info').getAttribute('data-nodes'));
  await page.locator('#graph-info[data-laid-out]').waitFor({ timeout });
  const laidOut = since(t);
  await page.screenshot({ path: join(dir, 'graph.png') });

  await page.goto(`${base}/#/run?tenant=${BENCH_TENANT}`);
  await page.locator('#field-scaleFactor').fill('2');
  await page.locator('#run').click();
  const events = () => page.locator('#run-output').getAttribute('data-progress-events').then(Number);
  await page.locator('#run-output[data-progress-events]').waitFor({ timeout });
  // Progress over 15 s (or until the scale-up ends, on a small tenant), then Stop.
  const first = await events();
  t = performance.now();
  while (since(t) < 15 && !(await page.locator('#result, #failed').count())) await page.waitForTimeout(250);
  const progressPerSecond = Math.round((((await events()) - first) / since(t)) * 10) / 10;
  let stopToRolledBack: number | null = null;
  let writtenAtStop: string | null = null;
  if (!(await page.locator('#result, #failed').count())) {
    writtenAtStop = (await page.locator('#run-output').getAttribute('data-last-progress')) ?? null;
    t = performance.now();
    await page.locator('#stop').click();
    await page.locator('#stopped').waitFor({ timeout });
    stopToRolledBack = since(t);
    store = await open();
    const resourcesAfter = (await store.tenantCensus(BENCH_TENANT)).resourcesWithTenant;
    await store.close();
    if (resourcesAfter !== resourcesBefore) throw new Error(`the stopped scale-up left ${resourcesAfter - resourcesBefore} resources`);
  }

  console.log(
    JSON.stringify({
      store: kind,
      resources,
      loadSeconds,
      firstStats,
      fullStats,
      tenantsList,
      graphNodes,
      graphDrawn: drawn,
      graphLaidOut: laidOut,
      progressPerSecond,
      stopToRolledBack,
      writtenAtStop,
    }),
  );
} finally {
  await browser.close();
  ui.kill('SIGINT');
  await new Promise((resolve) => ui.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
