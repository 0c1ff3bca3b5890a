import { type GraphFormat } from '../io/graph-formats/index.js';
import type { GraphStore } from '../store/graph-store.js';
import { type ImportResult, type ImportSliceOptions } from './import-slice.js';
export interface ExportTenantOptions {
    readonly tenantId: string;
    readonly file: string;
    readonly format: GraphFormat;
    /** Also the Original layer (needed for an export that imports back to the same tenant). */
    readonly includeOriginal?: boolean;
    /** Replace an existing file. */
    readonly force?: boolean;
    /** Only the nodes this operation wrote (with every relationship touching them and the nodes at their other ends). */
    readonly operationId?: string;
    /** Only the synthetic nodes (every scale-up's), likewise. */
    readonly syntheticOnly?: boolean;
    /** Nodes and relationships read so far (into the spool; the file is written from it at the end). */
    readonly onProgress?: (done: number) => void;
    /** Aborted: the export stops, writes no file and removes its spool. */
    readonly signal?: AbortSignal;
}
export interface ExportTenantResult {
    readonly tenantId: string;
    readonly file: string;
    readonly format: GraphFormat;
    readonly nodes: number;
    readonly relationships: number;
    readonly bytes: number;
}
/**
 * export: a whole tenant (see walkTenant) to a file, streamed: the walk is spooled to a temporary
 * folder (the formats put every node before the relationships), then written atomically. A file in
 * the way is refused before anything is read.
 */
export declare function exportTenant(store: GraphStore, options: ExportTenantOptions): Promise<ExportTenantResult>;
/** import --format json: a file of this tool's own format (an export, a scale-down sample), checked whole and then streamed into the store as a tenant. */
export declare function importGraphFile(store: GraphStore, file: string, options: Omit<ImportSliceOptions, 'source'>): Promise<ImportResult>;
/** copy: a whole tenant, both layers and its context, from one store into another where it does not exist yet, streamed through a temporary spool. */
export declare function copyTenant(from: GraphStore, to: GraphStore, options: Omit<ImportSliceOptions, 'source'> & {
    readonly tenantId: string;
}): Promise<ImportResult>;
