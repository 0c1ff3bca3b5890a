import type { PhaseMetric } from '../domain/operation-record.js';
import { decideTenantScope, nothingInSubscriptions } from '../domain/tenant-scope.js';
import { OperationMetrics } from '../operations/metrics.js';
import type { GraphStore } from '../store/graph-store.js';
import { CompactGraphBuilder, type CompactGraph } from '../fidelity/compact-graph.js';
import { extractTenantGraph, type ExtractHooks } from '../fidelity/extract.js';
import { distributions, measureFidelity, type FidelityReport } from '../fidelity/metrics/fidelity.js';
import { writeFidelityReport } from './report/write-report.js';
import { inducedSubgraph } from '../fidelity/induced-subgraph.js';
import { checkSamplerParams, SAMPLER_DEFAULTS, sampleGraph, type SamplerParams, type SamplingAlgorithm } from './samplers/index.js';
import { resolveTarget, type TargetOptions } from './target-size.js';
import { opt, UsageError } from '../domain/errors.js';
import { Rng } from '../domain/rng.js';
import { patternSeeds, type PatternSpec } from './pattern-seeds.js';
import { growPattern } from './samplers/pattern.js';
import { preservePaths, type PreservePaths } from './samplers/preserve-paths.js';
import { checkOutputFile } from '../io/graph-formats/index.js';
import type { DeleteResult } from './outputs/delete-in-place.js';
import { sampleOutput, type ScaleDownOutput, type ScaleDownOutputResult } from './outputs/index.js';

export type { ScaleDownOutput, ScaleDownOutputResult } from './outputs/index.js';

export interface ScaleDownOptions extends TargetOptions {
  readonly tenantId?: string;
  readonly subscriptionIds?: readonly string[];
  /** A graph sampler, or `pattern` (then `pattern` says which resources and hops). */
  readonly algorithm: SamplingAlgorithm | 'pattern';
  readonly pattern?: PatternSpec;
  /** Used when neither targetSize nor targetCount is given (config scale_down.default_target_size). */
  readonly defaultTargetSize: number;
  readonly seed: number;
  readonly params?: Partial<SamplerParams>;
  readonly preserveTypes?: boolean;
  /** Grow the sample so every security path kind, every (type, relationship, type) triple, or both, that the tenant has is in it. */
  readonly preservePaths?: PreservePaths;
  /** Per-type quotas: the sample keeps the tenant's resource-type mix. */
  readonly stratifyTypes?: boolean;
  /** Read and plan only: the real counts and the target, no sampling, nothing written. */
  readonly dryRun?: boolean;
  /** Where the sample goes; without it the sample is measured only. */
  readonly output?: ScaleDownOutput;
  /** Rows per write or delete transaction, and write batches in flight (Neo4j), for the writing outputs. */
  readonly batchSize?: number;
  readonly concurrency?: number;
  /** An HTML report of the fidelity (with a random-node baseline of the same size) to write. */
  readonly report?: { readonly file: string; readonly force?: boolean };
}

/** What a scale-down reports (and prints with --json). */
export interface ScaleDownSummary {
  readonly tenantId: string;
  readonly algorithm: SamplingAlgorithm | 'pattern';
  readonly pattern: {
    readonly pattern: string;
    readonly resourceTypes: readonly string[];
    readonly tags: Readonly<Record<string, string>>;
    readonly hops: number;
    readonly seeds: number;
  } | null;
  readonly seed: number;
  readonly params: SamplerParams;
  readonly preserveTypes: boolean;
  readonly preservePaths: PreservePaths | null;
  readonly stratifyTypes: boolean;
  readonly dryRun: boolean;
  readonly tenant: { readonly resources: number; readonly relationships: number };
  /** Resources the sample takes (before preserveTypes and preservePaths add any). */
  readonly target: number;
  readonly sample: { readonly resources: number; readonly relationships: number; readonly addedForTypes: number; readonly addedForPaths: number } | null;
  readonly fidelity: FidelityReport | null;
  readonly output: ScaleDownOutputResult | null;
  /** The output asked for (a dry run writes nothing but says what the output would do). */
  readonly outputMode: ScaleDownOutput['mode'] | null;
  /** The report written, with the random-node baseline's fidelity it shows. */
  readonly report: { readonly file: string; readonly baseline: FidelityReport } | null;
  readonly phases: readonly PhaseMetric[];
}

/** The summary, and the graphs an output writer or a report needs. */
export interface ScaleDownOutcome {
  readonly summary: ScaleDownSummary;
  readonly graph: CompactGraph;
  /** Sampled node indexes into `graph`, in the order taken (empty for a dry run). */
  readonly sampled: Uint32Array;
  readonly sampleGraph: CompactGraph | null;
}

/**
 * Scale-down, sample mode: extract the tenant's graph (tenant-scoped, abstracted layer), take a
 * seeded sample of `target` resources, measure its fidelity. Reads only: outputs (export, a new
 * tenant, delete) are separate steps over the outcome.
 */
export async function scaleDown(store: GraphStore, options: ScaleDownOptions, hooks: ExtractHooks = {}): Promise<ScaleDownOutcome> {
  checkSamplerParams(options.params ?? {});
  const output = options.output;
  const writer = output ? sampleOutput(output) : undefined;
  if (output && writer) writer.checkOptions?.(output);
  if (options.report) checkOutputFile(options.report.file, Boolean(options.report.force), opt('report'));
  const batchSize = options.batchSize ?? 10_000;
  const metrics = new OperationMetrics(batchSize);
  const census = await store.tenantCensus(options.tenantId);
  const scope = decideTenantScope(options.tenantId, census, options.subscriptionIds);
  if (output && writer?.checkStore) {
    const context = { scope, census, dryRun: Boolean(options.dryRun), batchSize, metrics, ...(hooks.signal ? { signal: hooks.signal } : {}) };
    const finished = await writer.checkStore(store, output, context);
    // Only a delete finishes an earlier run here (one a crash interrupted): this run then ends with it.
    if (finished?.mode === 'delete') return resumedOutcome(options, scope.tenantId, finished, metrics);
  }
  const { graph } = await metrics.phase(
    'extract',
    () => extractTenantGraph(store, scope, hooks),
    (r) => r.graph.nodeCount,
  );
  if (graph.nodeCount === 0) {
    const filtered = nothingInSubscriptions(scope);
    if (filtered) throw filtered;
  }
  const byPattern = options.algorithm === 'pattern';
  if (byPattern && !options.pattern) throw new UsageError('the pattern algorithm needs a pattern', 'use tenant-scale scale-down pattern {{option:pattern}} …');
  const seeds = byPattern ? await patternSeeds(store, graph, options.pattern!) : [];
  // A pattern without a target keeps everything it reaches; a sampler's target defaults to the configured size.
  const unlimited = byPattern && options.targetSize === undefined && options.targetCount === undefined;
  const target = unlimited ? graph.nodeCount : resolveTarget(options, graph.nodeCount, options.defaultTargetSize);
  const params = { ...SAMPLER_DEFAULTS, ...options.params };
  const base = {
    tenantId: scope.tenantId,
    algorithm: options.algorithm,
    pattern: byPattern
      ? {
          pattern: options.pattern!.pattern,
          resourceTypes: options.pattern!.resourceTypes ?? [],
          tags: Object.fromEntries(options.pattern!.tags ?? []),
          hops: options.pattern!.hops,
          seeds: seeds.length,
        }
      : null,
    seed: options.seed,
    params,
    preserveTypes: Boolean(options.preserveTypes),
    preservePaths: options.preservePaths ?? null,
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
  const { sampled, addedForTypes, addedForPaths } = await metrics.phase(
    'sample',
    async () => {
      const taken =
        options.algorithm === 'pattern'
          ? growPattern(graph, seeds, options.pattern!.hops, new Rng(options.seed), target)
          : sampleGraph(graph, {
              algorithm: options.algorithm,
              target,
              seed: options.seed,
              params,
              preserveTypes: Boolean(options.preserveTypes),
              stratifyTypes: Boolean(options.stratifyTypes),
            });
      const sampled = options.preservePaths ? preservePaths(graph, taken, options.preservePaths) : taken;
      return { sampled, addedForTypes: byPattern ? 0 : taken.length - target, addedForPaths: sampled.length - taken.length };
    },
    (s) => s.sampled.length,
  );
  const sub = inducedSubgraph(graph, sampled);
  const { tenantDistributions, sampleDistributions, fidelity } = await metrics.phase(
    'fidelity',
    async () => {
      const tenantDistributions = distributions(graph);
      const sampleDistributions = distributions(sub);
      return { tenantDistributions, sampleDistributions, fidelity: measureFidelity(graph, sub, options.seed, tenantDistributions, sampleDistributions) };
    },
    () => graph.nodeCount + sub.nodeCount,
  );
  const reportFile = options.report?.file;
  const report = reportFile
    ? await metrics.phase(
        'report',
        () => writeFidelityReport(reportFile, { ...base, seed: options.seed }, graph, sub, tenantDistributions, sampleDistributions, fidelity),
        () => 1,
      )
    : null;
  const exported =
    output && writer
      ? await writer.write(store, output, {
          tenantId: scope.tenantId,
          graph,
          sampled,
          sampledIds: [...sampled].map((v) => graph.ids[v]!).sort(),
          params: { algorithm: options.algorithm, seed: options.seed, target: sampled.length, sourceTenantId: scope.tenantId },
          source: `scale-down ${options.algorithm} seed ${options.seed}`,
          batchSize,
          concurrency: options.concurrency ?? 2,
          metrics,
          ...(hooks.signal ? { signal: hooks.signal } : {}),
          ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
        })
      : null;
  return {
    summary: {
      ...base,
      sample: { resources: sub.nodeCount, relationships: sub.edgeCount, addedForTypes, addedForPaths },
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

/** The outcome of a rerun that finished an interrupted delete: no new sample was taken. */
function resumedOutcome(options: ScaleDownOptions, tenantId: string, result: DeleteResult, metrics: OperationMetrics): ScaleDownOutcome {
  const empty = new CompactGraphBuilder().build();
  return {
    summary: {
      tenantId,
      algorithm: options.algorithm,
      pattern: null,
      seed: options.seed,
      params: { ...SAMPLER_DEFAULTS, ...options.params },
      preserveTypes: Boolean(options.preserveTypes),
      preservePaths: options.preservePaths ?? null,
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
