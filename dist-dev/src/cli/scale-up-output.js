import { scaleUpDefaults } from '../config/operation-defaults.js';
import { formatCount, table } from './format.js';
import { positiveIntegerOption } from './parse-options.js';
import { createProgress } from './progress.js';
const BATCH_DEFAULT = { batch_size: '10000', generated_batch_size: '5000' };
export function addCommonScaleUpOptions(command, batchKey = 'batch_size') {
    return command
        .option('--batch-size <n>', `rows per write batch (default: scale_up.${batchKey}, ${BATCH_DEFAULT[batchKey]})`, positiveIntegerOption)
        .option('--concurrency <n>', 'node batches in flight on Neo4j (default: scale_up.concurrency, 2)', positiveIntegerOption)
        .option('--max-resources <n>', 'refuse plans above this many new resources (default: scale_up.max_resources, 5000000)', positiveIntegerOption)
        .option('--dry-run', 'print the plan and write nothing')
        .option('--no-validate', 'skip the post-write validation');
}
export function commonConfigFlags(flags, batchKey = 'batch_size') {
    return { scale_up: { [batchKey]: flags.batchSize, concurrency: flags.concurrency, max_resources: flags.maxResources } };
}
/** Options shared by the scale-up functions, from flags and configuration. */
export function commonScaleUpOptions(ctx, flags, batchKey = 'batch_size') {
    const defaults = scaleUpDefaults(ctx.config, batchKey === 'batch_size' ? 'template' : 'generated');
    return {
        tenantId: ctx.globals.tenantId ?? process.env.AZURE_TENANT_ID,
        batchSize: defaults.batchSize,
        concurrency: defaults.concurrency,
        maxResources: defaults.maxResources,
        dryRun: flags.dryRun ?? false,
        validate: flags.validate && defaults.validate,
        skipChecks: defaults.skipChecks,
    };
}
/** Runs a scale-up with a progress bar (stderr, TTY only) and renders its result. */
export async function runScaleUp(ctx, label, run, renderPlan) {
    const progress = createProgress(label);
    try {
        const result = await run({ onProgress: (phase, done, total) => progress.update(done, total, phase), signal: ctx.signal });
        progress.stop();
        return { result, text: renderScaleUp(result, renderPlan(result)) };
    }
    finally {
        progress.stop();
    }
}
function renderScaleUp(r, plan) {
    if (r.dryRun)
        return plan.join('\n');
    const phases = r.metrics.phases ?? [];
    return [
        `Scale-up ${r.operationId} (${r.strategy}) for tenant ${r.tenantId}: ${formatCount(r.resourcesCreated)} resources and ${formatCount(r.relationshipsCreated)} relationships in ${r.durationSeconds.toFixed(2)} s`,
        ...plan,
        `Validation:${r.validation.length ? '' : ' skipped (--no-validate)'}`,
        ...r.validation.map((c) => `  ${c.passed ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`),
        'Phases:',
        table(phases.map((p) => [`  ${p.name}`, `${p.seconds.toFixed(3)} s`, `${formatCount(p.items)} items`, `${formatCount(p.itemsPerSecond)}/s`]), [1, 2, 3]),
        `Peak RSS ${String(r.metrics.peakRssMb)} MB`,
    ].join('\n');
}
/** "Plan (dry run, nothing written): …" or "Plan: …". */
export function planHeading(dryRun, body) {
    return `${dryRun ? 'Plan (dry run, nothing written)' : 'Plan'}: ${body}`;
}
export function typeTable(rows, heading = 'resources') {
    return table([['  type', heading], ...rows.map((t) => [`  ${t.key}`, formatCount(t.count)])], [1]);
}
//# sourceMappingURL=scale-up-output.js.map