import type { FloorResult, FloorTarget } from './floor-writer.js';
/**
 * The extraction floor: the plainest read of the tenant's relationships among its abstracted
 * resources, endpoints by id, streamed and counted (SQLite: one SELECT; Neo4j: one MATCH … RETURN
 * through session.run, 10k records per fetch as ours), nothing kept. The connection is opened
 * before the clock.
 */
export declare function runExtractionFloor(target: FloorTarget, tenantId: string): Promise<FloorResult>;
