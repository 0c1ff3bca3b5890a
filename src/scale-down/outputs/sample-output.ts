import type { TenantCensus, TenantScope } from '../../domain/tenant-scope.js';
import type { OperationMetrics } from '../../operations/metrics.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { CompactGraph } from '../../fidelity/compact-graph.js';

/** What an output is told before anything is sampled. */
export interface OutputCheckContext {
  readonly scope: TenantScope;
  readonly census: TenantCensus;
  readonly dryRun: boolean;
  readonly batchSize: number;
  readonly metrics: OperationMetrics;
  readonly signal?: AbortSignal;
}

/** The sample an output writes, and what it needs to write it. */
export interface SampleToWrite {
  readonly tenantId: string;
  readonly graph: CompactGraph;
  readonly sampled: Uint32Array;
  /** The sampled resources' ids, sorted. */
  readonly sampledIds: readonly string[];
  /** Recorded with a writing output's operation: how the sample was taken. */
  readonly params: Record<string, unknown>;
  readonly source: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly metrics: OperationMetrics;
  readonly signal?: AbortSignal;
  readonly onProgress?: (phase: string, done: number, total: number) => void;
}

/**
 * Where a scale-down's sample goes — a file, a new tenant, the tenant shrunk in place — as one
 * interface: check before anything is read or sampled, then write (an output that writes into a
 * store validates what it wrote inside its recorded operation, and rolls back on failure). A new
 * output is a module in this folder and one line in SAMPLE_OUTPUTS (outputs/index.ts).
 */
export interface SampleOutput<O, R> {
  /** Refuses, before the store is read, what is wrong with the output itself (a file that exists). */
  checkOptions?(output: O): void;
  /**
   * Refuses what the store says cannot be done (a tenant taken, live scale-ups under a delete). May
   * instead finish an earlier run a crash interrupted and return its result: the scale-down then ends there.
   */
  checkStore?(store: GraphStore, output: O, context: OutputCheckContext): Promise<R | undefined>;
  write(store: GraphStore, output: O, sample: SampleToWrite): Promise<R>;
}
