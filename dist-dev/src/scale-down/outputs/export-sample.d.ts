import { type GraphFormat } from '../../io/graph-formats/index.js';
import type { TenantGraphReads } from '../../store/graph-store.js';
import type { CompactGraph } from '../compact-graph.js';
export interface ExportOutput {
    readonly mode: 'export';
    readonly file: string;
    readonly format: GraphFormat;
    /** Replace an existing file. */
    readonly force?: boolean;
    /** Also the sampled resources' Original twins, with SCAN_SOURCE_NODE and their resource group's CONTAINS. */
    readonly includeOriginal?: boolean;
}
export interface ExportResult {
    readonly file: string;
    readonly format: GraphFormat;
    readonly nodes: number;
    readonly relationships: number;
    readonly bytes: number;
}
/** Writes the sample, with its context, as a file (the ids sorted, so the bytes depend only on the sample). */
export declare function exportSample(store: TenantGraphReads, tenantId: string, graph: CompactGraph, sampled: Uint32Array, output: ExportOutput, meta: Record<string, unknown>): Promise<ExportResult>;
