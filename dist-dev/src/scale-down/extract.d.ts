import type { TenantScope } from '../domain/tenant-scope.js';
import type { TenantGraphReads } from '../store/graph-store.js';
import { type CompactGraph } from './compact-graph.js';
export declare const EXTRACT_PAGE_SIZE = 10000;
export interface ExtractHooks {
    /** Phases: 'reading resources' and 'reading relationships', then what an output does ('writing', 'deleting'). */
    readonly onProgress?: (phase: string, done: number, total: number | null) => void;
    readonly signal?: AbortSignal;
}
export interface ExtractedGraph {
    readonly graph: CompactGraph;
}
/**
 * Reads a tenant's abstracted resources and the relationships among them into a CompactGraph,
 * through the store's keyset-paged reads: every resource first (tenant_id = T, then, when the
 * scope takes them, the null-tenant ones; each in id order, so node indexes are the same on every
 * store), then the relationships of each page of them. The Original layer and SCAN_SOURCE_NODE are
 * never read into it; another tenant's resources are not either.
 */
export declare function extractTenantGraph(store: TenantGraphReads, scope: TenantScope, hooks?: ExtractHooks, pageSize?: number): Promise<ExtractedGraph>;
