import { type FloorResult, type FloorTarget } from './floor-writer.js';
/**
 * The floor of a template scale-up: the same copies and relationships, built client-side from the
 * base (read outside the clock), copies `concurrency` batches of `batchRows` at a time, then the
 * relationships one batch at a time.
 */
export declare function runTemplateFloor(target: FloorTarget, tenantId: string, scaleFactor: number, batchRows: number, concurrency: number): Promise<FloorResult>;
