import { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeBatch, RelationshipBatch } from '../src/domain/graph.js';
import type { FloorWriter } from './floor-writer.js';
/**
 * The Neo4j floor's writer: the driver alone, on a connection of its own (never our adapter, its
 * queries, encoders or retry guards), so a floor ratio compares ours with the plainest bulk write
 * and not with ourselves. Each batch is one managed write transaction in a session of its own:
 * `UNWIND $rows AS row CREATE (n:Labels) SET n = row`, shared nodes by `MERGE` on their key,
 * relationships by `MATCH` on the endpoints' indexed keys.
 */
export declare function openNeo4jFloor(uri: string): Promise<Neo4jFloor>;
export declare class Neo4jFloor implements FloorWriter {
    private readonly driver;
    constructor(driver: Driver);
    nodes(batch: NodeBatch): () => Promise<number>;
    relationships(batch: RelationshipBatch): () => Promise<number>;
    /** A read outside the clock (the base a floor copies), in one managed read transaction. */
    read(cypher: string, params?: Record<string, unknown>): Promise<Neo4jRecord[]>;
    /** Streams a read, record by record, nothing kept; batches of 10k records, as our reads fetch them. */
    stream(cypher: string, params: Record<string, unknown>, onRecord: (record: Neo4jRecord) => void): Promise<void>;
    close(): Promise<void>;
    private write;
}
