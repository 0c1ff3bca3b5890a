#!/usr/bin/env node
/**
 * `npm run demo`: the main job on the embedded store, no server needed. Generates a base tenant
 * in ./tenant-scale-demo.db (recreated on every run: the file belongs to the demo), grows it with
 * each scale-up strategy, validates, prints the stats and cleans up; then shrinks it to a 10 % sample
 * with its fidelity, exported as JSON, and an HTML report; writes a sample as a new tenant; and
 * shrinks the tenant in place with a backup, then restores it.
 */
import { rmSync } from 'node:fs';
import {
  cleanupOperations,
  tenantStatsReport,
  validateTenant,
  scaleUpRandom,
  type ScaleUpResult,
  scaleUpScenario,
  scaleUpTemplate,
  SqliteStore,
  loadGeneratedTenant,
  scaleDown,
  restoreFromBackup,
} from '../index.js';
import { renderStats } from '../cli/commands/scale-stats.js';
import { renderScaleDown } from '../cli/commands/scale-down.js';
import { formatCount } from '../cli/format.js';
import { createProgress } from '../cli/progress.js';

const DEMO_DB = './tenant-scale-demo.db';
const DEMO_SAMPLE = './tenant-scale-demo-sample.json';
const DEMO_REPORT = './tenant-scale-demo-report.html';
const DEMO_BACKUP = './tenant-scale-demo-backup.json';
const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const RESOURCES = Number(process.env.DEMO_RESOURCES ?? 20_000);

async function main(): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DEMO_DB}${suffix}`, { force: true });
  const store = new SqliteStore(DEMO_DB);
  try {
    console.log(`tenant-scale demo — embedded store ${DEMO_DB}\n`);
    console.log(`1. generate-tenant: ${formatCount(RESOURCES)} ATG-shaped resources (seed 42)`);
    const progress = createProgress('   generating');
    const result = await loadGeneratedTenant(
      store,
      { resources: RESOURCES, seed: 42, tenantId: TENANT_ID, batchSize: 10_000, concurrency: 1 },
      { onProgress: (t, target) => progress.update(t.resources, target, `${formatCount(t.relationships)} relationships`) },
    );
    progress.stop();
    console.log(
      `   ${formatCount(result.nodesCreated)} nodes and ${formatCount(result.relationshipsCreated)} relationships in ${result.seconds.toFixed(2)} s (${formatCount(result.resourcesPerSecond)} resources/s)\n`,
    );
    const common = { tenantId: TENANT_ID, batchSize: 10_000, concurrency: 1, maxResources: 5_000_000 };
    const show = async <P>(title: string, run: (onProgress: (phase: string, done: number, total: number) => void) => Promise<ScaleUpResult<P>>) => {
      console.log(title);
      const bar = createProgress('   scaling up');
      const up = await run((phase, done, total) => bar.update(done, total, phase));
      bar.stop();
      console.log(
        `   ${up.operationId}: ${formatCount(up.resourcesCreated)} resources, ${formatCount(up.relationshipsCreated)} relationships in ${up.durationSeconds.toFixed(2)} s`,
      );
      for (const c of up.validation) console.log(`   ${c.passed ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
      console.log('');
      return up;
    };
    const ups = [
      await show("2. scale-up template --scale-factor 3 (copies keep their templates' typed relationships)", (onProgress) =>
        scaleUpTemplate(store, { ...common, scaleFactor: 3 }, { onProgress }),
      ),
      await show('3. scale-up scenario --scenario hub-spoke --spoke-count 20 --resources-per-spoke 30 (every VM reaches the hub)', (onProgress) =>
        scaleUpScenario(
          store,
          { ...common, source: { name: 'hub-spoke', params: { spokeCount: 20, resourcesPerSpoke: 30 } }, scaleFactor: 1, seed: 42 },
          { onProgress },
        ),
      ),
      await show('4. scale-up random --target-count 20000 --relationship-density 1.5 (only type pairs ATG records)', (onProgress) =>
        scaleUpRandom(store, { ...common, targetCount: 20_000, typeDistribution: 'tenant', relationshipDensity: 1.5, seed: 42 }, { onProgress }),
      ),
    ];

    console.log('5. scale-validate');
    const report = await validateTenant(store, TENANT_ID);
    console.log(`   ${report.passed ? 'all checks passed' : 'CHECKS FAILED'} for ${report.operations.length} operation(s)\n`);

    console.log('6. scale-stats');
    console.log(renderStats(await tenantStatsReport(store, TENANT_ID)).replace(/^/gm, '   '));

    console.log('\n7. scale-cleanup --all --yes');
    const cleaned = await cleanupOperations(store, { all: true, tenantId: TENANT_ID, yes: true, batchSize: 10_000 });
    const after = await tenantStatsReport(store, TENANT_ID);
    console.log(
      `   removed ${formatCount(cleaned.nodesDeleted)} synthetic resources; the tenant is back to ${formatCount(after.totals.abstracted)} scanned resources\n`,
    );

    console.log(`8. scale-down algorithm --algorithm random-walk --stratify-types --target-size 0.1 --output-file ${DEMO_SAMPLE} --report ${DEMO_REPORT}`);
    for (const file of [DEMO_SAMPLE, DEMO_REPORT]) rmSync(file, { force: true });
    const down = await scaleDown(store, {
      tenantId: TENANT_ID,
      algorithm: 'random-walk',
      stratifyTypes: true,
      targetSize: 0.1,
      defaultTargetSize: 0.1,
      seed: 42,
      output: { mode: 'export', file: DEMO_SAMPLE, format: 'json' },
      report: { file: DEMO_REPORT },
    });
    console.log(renderScaleDown(down.summary).replace(/^/gm, '   '));

    const sampleTenant = `${TENANT_ID.slice(0, -4)}5a3d`;
    console.log(`\n9. scale-down algorithm --target-size 0.1 --output-mode new-tenant --new-tenant-id ${sampleTenant} --include-original`);
    const copy = await scaleDown(store, {
      tenantId: TENANT_ID,
      algorithm: 'forest-fire',
      targetSize: 0.1,
      defaultTargetSize: 0.1,
      seed: 42,
      output: { mode: 'new-tenant', newTenantId: sampleTenant, includeOriginal: true },
    });
    const copied = copy.summary.output?.mode === 'new-tenant' ? copy.summary.output : undefined;
    console.log(
      `   tenant ${sampleTenant}: ${formatCount(copied?.resources ?? 0)} resources, ${formatCount(copied?.nodes ?? 0)} nodes, ${formatCount(copied?.relationships ?? 0)} relationships, new ids; checks ${copied?.validation.every((c) => c.passed) ? 'passed' : 'FAILED'} (operation ${copied?.operationId})`,
    );

    for (const suffix of ['', '.partial']) rmSync(`${DEMO_BACKUP}${suffix}`, { force: true });
    console.log(`\n10. scale-down algorithm --target-size 0.1 --output-mode delete --yes --backup-file ${DEMO_BACKUP}, then restore --file ${DEMO_BACKUP}`);
    const before = await tenantStatsReport(store, TENANT_ID);
    const shrink = await scaleDown(store, {
      tenantId: TENANT_ID,
      algorithm: 'forest-fire',
      targetSize: 0.1,
      defaultTargetSize: 0.1,
      seed: 42,
      output: { mode: 'delete', confirmed: true, backupFile: DEMO_BACKUP },
    });
    const shrunk = await tenantStatsReport(store, TENANT_ID);
    const restored = await restoreFromBackup(store, { file: DEMO_BACKUP, batchSize: 10_000 });
    const back = await tenantStatsReport(store, TENANT_ID);
    const same = JSON.stringify(back.totals) === JSON.stringify(before.totals);
    console.log(
      `   shrunk in place to ${formatCount(shrunk.totals.abstracted)} of ${formatCount(before.totals.abstracted)} resources (operation ${shrink.summary.output?.mode === 'delete' ? shrink.summary.output.operationId : '?'}); restored ${formatCount(restored.nodes)} nodes and ${formatCount(restored.relationships)} relationships: ${same ? 'the tenant is as before' : 'THE TENANT DIFFERS'}`,
    );
    if (!same || !copied?.validation.every((c) => c.passed)) process.exitCode = 1;
    if (!report.passed || ups.some((u) => !u.success)) process.exitCode = 1;
    console.log(`\nTry it yourself: npx tenant-scale --db ${DEMO_DB} --tenant-id ${TENANT_ID} scale-stats --json`);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
