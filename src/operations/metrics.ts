import type { PhaseMetric } from '../domain/operation-record.js';
import { publishOperationEvent } from './events.js';

/** Per-phase timings and counters of one operation, reported in its result and record. */
export class OperationMetrics {
  readonly phases: PhaseMetric[] = [];
  batches = 0;
  queries = 0;
  queryTimeSeconds = 0;

  constructor(readonly batchSize: number) {}

  async phase<T>(name: string, work: () => Promise<T>, items: (result: T) => number): Promise<T> {
    publishOperationEvent({ type: 'phase', name });
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const count = items(result);
    this.phases.push({ name, seconds: round(seconds), items: count, itemsPerSecond: seconds > 0 ? Math.round(count / seconds) : count });
    return result;
  }

  /** Times one store call. */
  async query<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.queries++;
      this.queryTimeSeconds += (performance.now() - started) / 1000;
    }
  }

  toJSON(): Record<string, unknown> {
    return {
      phases: this.phases,
      batches: this.batches,
      batchSize: this.batchSize,
      queries: this.queries,
      queryTimeSeconds: round(this.queryTimeSeconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  }
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
