import type { PhaseMetric } from '../domain/operation-record.js';
import type { GraphStore } from '../store/graph-store.js';
import { type CompactGraph } from './compact-graph.js';
import { type ExtractHooks } from './extract.js';
import { type FidelityReport } from './fidelity/fidelity.js';
import { type SamplerParams, type SamplingAlgorithm } from './samplers/index.js';
import { type TargetOptions } from './target-size.js';
import { type PatternSpec } from './pattern-seeds.js';
import { type ExportOutput, type ExportResult } from './outputs/export-sample.js';
import { type NewTenantOutput, type NewTenantResult } from './outputs/new-tenant.js';
import { type DeleteOutput, type DeleteResult } from './outputs/delete-in-place.js';
/** Where a sample goes: a file, a new tenant (in this store or another), or the tenant itself shrunk in place. */
export type ScaleDownOutput = ExportOutput | NewTenantOutput | DeleteOutput;
export type ScaleDownOutputResult = (ExportResult & {
    readonly mode: 'export';
}) | NewTenantResult | DeleteResult;
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
    readonly report?: {
        readonly file: string;
        readonly force?: boolean;
    };
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
    readonly stratifyTypes: boolean;
    readonly dryRun: boolean;
    readonly tenant: {
        readonly resources: number;
        readonly relationships: number;
    };
    /** Resources the sample takes (before --preserve-types adds any). */
    readonly target: number;
    readonly sample: {
        readonly resources: number;
        readonly relationships: number;
        readonly addedForTypes: number;
    } | null;
    readonly fidelity: FidelityReport | null;
    readonly output: ScaleDownOutputResult | null;
    /** The output asked for (a dry run writes nothing but says what the output would do). */
    readonly outputMode: ScaleDownOutput['mode'] | null;
    /** The report written, with the random-node baseline's fidelity it shows. */
    readonly report: {
        readonly file: string;
        readonly baseline: FidelityReport;
    } | null;
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
export declare function scaleDown(store: GraphStore, options: ScaleDownOptions, hooks?: ExtractHooks): Promise<ScaleDownOutcome>;
