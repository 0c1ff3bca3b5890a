import { publishOperationEvent } from './events.js';
/** Per-phase timings and counters of one operation, reported in its result and record. */
export class OperationMetrics {
    batchSize;
    phases = [];
    batches = 0;
    queries = 0;
    queryTimeSeconds = 0;
    constructor(batchSize) {
        this.batchSize = batchSize;
    }
    async phase(name, work, items) {
        publishOperationEvent({ type: 'phase', name });
        const started = performance.now();
        const result = await work();
        const seconds = (performance.now() - started) / 1000;
        const count = items(result);
        this.phases.push({ name, seconds: round(seconds), items: count, itemsPerSecond: seconds > 0 ? Math.round(count / seconds) : count });
        return result;
    }
    /** Times one store call. */
    async query(work) {
        const started = performance.now();
        try {
            return await work();
        }
        finally {
            this.queries++;
            this.queryTimeSeconds += (performance.now() - started) / 1000;
        }
    }
    toJSON() {
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
export function round(n) {
    return Math.round(n * 1000) / 1000;
}
//# sourceMappingURL=metrics.js.map