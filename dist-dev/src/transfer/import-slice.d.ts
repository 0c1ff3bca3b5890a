import { type GraphSlice } from '../io/graph-slice.js';
import { type GraphStream } from '../io/graph-stream.js';
import type { ValidationCheck } from '../operations/validate-operation.js';
import type { OperationRecord } from '../domain/operation-record.js';
import type { GraphStore } from '../store/graph-store.js';
export interface ImportSliceOptions {
    /** The tenant it becomes: the graph's own by default; another id rewrites every id (as scale-down new-tenant does), which reads the graph whole. */
    readonly tenantId?: string;
    /** Where the data came from, for the operation record (a file, a store). */
    readonly source: string;
    readonly batchSize: number;
    readonly concurrency: number;
    readonly signal?: AbortSignal;
    readonly onProgress?: (done: number, total: number) => void;
    /**
     * A copy: the source's operation records of the tenant, written inside the import (before it is
     * completed) and marked `copiedWith` it — undoing the import removes the tenant and closes them, and
     * they do not block that undo as operations written into the tenant afterwards do.
     */
    readonly history?: readonly OperationRecord[];
}
export interface ImportResult {
    /** What is odd but still usable (ATG `properties` strings cut at 5,000 characters). */
    readonly warnings: readonly string[];
    readonly operationId: string;
    readonly tenantId: string;
    readonly store: string;
    readonly nodes: number;
    readonly relationships: number;
    readonly seconds: number;
    readonly validation: readonly ValidationCheck[];
    /** A copy: the source's operation records of the tenant written to the target (its import is recorded too). */
    readonly operationsCopied?: number;
}
/**
 * Writes a tenant (a graph read from a file or another store, a page at a time) into a store where
 * that tenant does not exist: a survey first (nodes another tenant holds are refused before any
 * write), then one recorded operation, all or nothing (a failure deletes what it wrote, and the
 * shared nodes it created), validated by reading the tenant back: every node present, relationships
 * by type and the very same relationships.
 */
export declare function importGraph(store: GraphStore, source: GraphStream, options: ImportSliceOptions): Promise<ImportResult>;
/** importGraph for a slice in memory (what the Azure importers emit). */
export declare function importSlice(store: GraphStore, slice: GraphSlice, options: ImportSliceOptions): Promise<ImportResult>;
