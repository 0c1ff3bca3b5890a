import type { GraphChunk } from '../../domain/graph.js';
import { type GeneratedChunkContext } from '../synthetic-resource.js';
import type { ScenarioPlan } from './scenario-plan.js';
export interface ScenarioChunkContext extends GeneratedChunkContext {
    readonly seed: number;
    readonly chunkRows: number;
}
/** `s2-hub`: the stamp label prefixed by its repetition, unique within the operation. */
export declare function stampId(plan: ScenarioPlan, repetition: number, stamp: number): string;
/**
 * Streams a scenario, one repetition at a time: its resources, then its links (whose endpoints
 * are all written by then), then their region and environment-tag edges. Only one repetition's
 * ids are held. Ids derive from (operation, repetition, group, instance, role, index).
 */
export declare function scenarioChunks(plan: ScenarioPlan, context: ScenarioChunkContext): Generator<GraphChunk>;
