import type Database from 'better-sqlite3';
import type { OperationGraph, RelationshipProfileRow } from '../graph-store.js';
/**
 * Relationships leaving the operation's nodes, counted while streaming the join. Counted here, not
 * with GROUP BY: SQLite sorts a GROUP BY in its temp store (kept in memory), which took 400 MB at
 * 1.5 M relationships; a Map of a few dozen groups takes nothing.
 */
export declare function operationRelationshipProfile(db: Database.Database, operationId: string): RelationshipProfileRow[];
export declare function readOperationGraph(db: Database.Database, operationId: string): OperationGraph;
