import type { OperationGraph, RelationshipProfileRow } from '../graph-store.js';
import type { Run } from './neo4j-template-replication.js';
export declare function operationRelationshipProfile(read: Run, operationId: string): Promise<RelationshipProfileRow[]>;
export declare function readOperationGraph(read: Run, operationId: string): Promise<OperationGraph>;
