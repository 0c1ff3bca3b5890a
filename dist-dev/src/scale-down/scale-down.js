import { decideTenantScope, nothingInSubscriptions } from '../domain/tenant-scope.js';
import { OperationMetrics } from '../operations/metrics.js';
import { CompactGraphBuilder } from './compact-graph.js';
import { extractTenantGraph } from './extract.js';
import { distributions, measureFidelity } from './fidelity/fidelity.js';
import { writeFidelityReport } from './report/write-report.js';
import { inducedSubgraph } from './induced-subgraph.js';
import { checkSamplerParams, SAMPLER_DEFAULTS, sampleGraph } from './samplers/index.js';
import { resolveTarget } from './target-size.js';
import { opt, UsageError } from '../domain/errors.js';
import { Rng } from '../domain/rng.js';
import { patternSeeds } from './pattern-seeds.js';
import { growPattern } from './samplers/pattern.js';
import { checkOutputFile } from '../io/graph-formats/index.js';
import { exportSample } from './outputs/export-sample.js';
import { checkNewTenant, writeSampleAsNewTenant } from './outputs/new-tenant.js';
import { checkDeleteOutput, checkDeleteScope, checkNoLiveScaleUps, deleteOutsideSample, interruptedDelete, resumeDelete, } from './outputs/delete-in-place.js';
import { existsSync } from 'node:fs';
/**
 * Scale-down, sample mode: extract the tenant's graph (tenant-scoped, abstracted layer), take a
 * seeded sample of `target` resources, measure its fidelity. Reads only: outputs (export, a new
 * tenant, delete) are separate steps over the outcome.
 */
export async function scaleDown(store, options, hooks = {}) {
    checkSamplerParams(options.params ?? {});
    const output = options.output;
    if (output?.mode === 'export')
        checkOutputFile(output.file, Boolean(output.force));
    if (options.report)
        checkOutputFile(options.report.file, Boolean(options.report.force), opt('report'));
    const batchSize = options.batchSize ?? 10_000;
    const metrics = new OperationMetrics(batchSize);
    const census = await store.tenantCensus(options.tenantId);
    const scope = decideTenantScope(options.tenantId, census, options.subscriptionIds);
    if (output?.mode === 'new-tenant')
        await checkNewTenant(output.target ?? store, scope.tenantId, output.newTenantId);
    if (output?.mode === 'delete') {
        checkDeleteScope(scope, census.resourcesWithNullTenant);
        const interrupted = options.dryRun ? undefined : await interruptedDelete(store, scope.tenantId);
        if (!options.dryRun && !output.confirmed)
            checkDeleteOutput(output);
        if (interrupted) {
            const file = interrupted.params.backupFile;
            if (typeof file === 'string' && !existsSync(file)) {
                // Recorded, but its backup never reached the disk: it deleted nothing, so it is closed and this run starts afresh.
                await store.updateOperation(interrupted.id, {
                    status: 'rolled_back',
                    finishedAt: new Date().toISOString(),
                    error: 'interrupted before its backup was written; nothing had been deleted',
                });
            }
            else {
                return resumedOutcome(options, scope.tenantId, await resumeDelete(store, interrupted, { batchSize, metrics, params: {}, ...(hooks.signal ? { signal: hooks.signal } : {}) }), metrics);
            }
        }
        if (!options.dryRun) {
            checkDeleteOutput(output);
            await checkNoLiveScaleUps(store, scope.tenantId);
        }
    }
    const { graph } = await metrics.phase('extract', () => extractTenantGraph(store, scope, hooks), (r) => r.graph.nodeCount);
    if (graph.nodeCount === 0) {
        const filtered = nothingInSubscriptions(scope);
        if (filtered)
            throw filtered;
    }
    const byPattern = options.algorithm === 'pattern';
    if (byPattern && !options.pattern)
        throw new UsageError('the pattern algorithm needs a pattern', 'use tenant-scale scale-down pattern {{option:pattern}} …');
    const seeds = byPattern ? await patternSeeds(store, graph, options.pattern) : [];
    // A pattern without a target keeps everything it reaches; a sampler's target defaults to the configured size.
    const unlimited = byPattern && options.targetSize === undefined && options.targetCount === undefined;
    const target = unlimited ? graph.nodeCount : resolveTarget(options, graph.nodeCount, options.defaultTargetSize);
    const params = { ...SAMPLER_DEFAULTS, ...options.params };
    const base = {
        tenantId: scope.tenantId,
        algorithm: options.algorithm,
        pattern: byPattern
            ? {
                pattern: options.pattern.pattern,
                resourceTypes: options.pattern.resourceTypes ?? [],
                tags: Object.fromEntries(options.pattern.tags ?? []),
                hops: options.pattern.hops,
                seeds: seeds.length,
            }
            : null,
        seed: options.seed,
        params,
        preserveTypes: Boolean(options.preserveTypes),
        stratifyTypes: Boolean(options.stratifyTypes),
        dryRun: Boolean(options.dryRun),
        tenant: { resources: graph.nodeCount, relationships: graph.edgeCount },
        target,
        outputMode: output?.mode ?? null,
    };
    if (options.dryRun)
        return {
            summary: { ...base, sample: null, fidelity: null, output: null, report: null, phases: metrics.phases },
            graph,
            sampled: new Uint32Array(0),
            sampleGraph: null,
        };
    const sampled = await metrics.phase('sample', async () => options.algorithm === 'pattern'
        ? growPattern(graph, seeds, options.pattern.hops, new Rng(options.seed), target)
        : sampleGraph(graph, {
            algorithm: options.algorithm,
            target,
            seed: options.seed,
            params,
            preserveTypes: Boolean(options.preserveTypes),
            stratifyTypes: Boolean(options.stratifyTypes),
        }), (s) => s.length);
    const sub = inducedSubgraph(graph, sampled);
    const { tenantDistributions, sampleDistributions, fidelity } = await metrics.phase('fidelity', async () => {
        const tenantDistributions = distributions(graph);
        const sampleDistributions = distributions(sub);
        return { tenantDistributions, sampleDistributions, fidelity: measureFidelity(graph, sub, options.seed, tenantDistributions, sampleDistributions) };
    }, () => graph.nodeCount + sub.nodeCount);
    const reportFile = options.report?.file;
    const report = reportFile
        ? await metrics.phase('report', () => writeFidelityReport(reportFile, { ...base, seed: options.seed }, graph, sub, tenantDistributions, sampleDistributions, fidelity), () => 1)
        : null;
    const exported = output ? await writeOutput(store, scope.tenantId, graph, sampled, output, { ...options, batchSize }, metrics, hooks) : null;
    return {
        summary: {
            ...base,
            sample: { resources: sub.nodeCount, relationships: sub.edgeCount, addedForTypes: byPattern ? 0 : sampled.length - target },
            fidelity,
            output: exported,
            report,
            phases: metrics.phases,
        },
        graph,
        sampled,
        sampleGraph: sub,
    };
}
/** Sends the sample where the output says: a file, a new tenant, or the tenant shrunk to it. */
async function writeOutput(store, tenantId, graph, sampled, output, options, metrics, hooks) {
    const params = { algorithm: options.algorithm, seed: options.seed, target: sampled.length, sourceTenantId: tenantId };
    const signal = hooks.signal ? { signal: hooks.signal } : {};
    const sampledIds = [...sampled].map((v) => graph.ids[v]).sort();
    switch (output.mode) {
        case 'export': {
            const result = await metrics.phase('export', () => exportSample(store, tenantId, graph, sampled, output, { source: `scale-down ${options.algorithm} seed ${options.seed}` }), (r) => r.nodes);
            return { mode: 'export', ...result };
        }
        case 'new-tenant':
            return writeSampleAsNewTenant(store, tenantId, sampledIds, output, {
                batchSize: options.batchSize,
                concurrency: options.concurrency ?? 2,
                metrics,
                params,
                ...signal,
                ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
            });
        case 'delete': {
            const kept = new Set(sampledIds);
            const removed = graph.ids.filter((id) => !kept.has(id));
            return deleteOutsideSample(store, tenantId, removed, sampledIds.length, output, {
                batchSize: options.batchSize,
                metrics,
                params,
                ...signal,
                ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
            });
        }
    }
}
/** The outcome of a rerun that finished an interrupted delete: no new sample was taken. */
function resumedOutcome(options, tenantId, result, metrics) {
    const empty = new CompactGraphBuilder().build();
    return {
        summary: {
            tenantId,
            algorithm: options.algorithm,
            pattern: null,
            seed: options.seed,
            params: { ...SAMPLER_DEFAULTS, ...options.params },
            preserveTypes: Boolean(options.preserveTypes),
            stratifyTypes: Boolean(options.stratifyTypes),
            dryRun: false,
            tenant: { resources: result.resourcesKept + result.resourcesDeleted, relationships: 0 },
            target: result.resourcesKept,
            outputMode: 'delete',
            sample: null,
            fidelity: null,
            output: result,
            report: null,
            phases: metrics.phases,
        },
        graph: empty,
        sampled: new Uint32Array(0),
        sampleGraph: null,
    };
}
//# sourceMappingURL=scale-down.js.map