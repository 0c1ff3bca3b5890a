import type { TenantScope } from '../domain/tenant-scope.js';
import type { ResourcePageFilter, TenantGraphReads } from '../store/graph-store.js';
import { CompactGraphBuilder, type CompactGraph } from './compact-graph.js';

export const EXTRACT_PAGE_SIZE = 10_000;

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
export async function extractTenantGraph(
  store: TenantGraphReads,
  scope: TenantScope,
  hooks: ExtractHooks = {},
  pageSize = EXTRACT_PAGE_SIZE,
): Promise<ExtractedGraph> {
  const builder = new CompactGraphBuilder();
  if (store.readTenantGraph) {
    hooks.signal?.throwIfAborted();
    await store.readTenantGraph(scope, builder);
    hooks.onProgress?.('reading relationships', builder.nodeIds.length, builder.nodeIds.length);
    return { graph: builder.build() };
  }
  const subscriptions = scope.subscriptionIds?.length ? { subscriptionIds: scope.subscriptionIds } : {};
  const filters: ResourcePageFilter[] = [
    { tenantId: scope.tenantId, ...subscriptions },
    ...(scope.includeNullTenant ? [{ tenantId: null, ...subscriptions }] : []),
  ];
  for (const filter of filters) {
    for (let after = ''; ; ) {
      hooks.signal?.throwIfAborted();
      const page = await store.readResourcePage(filter, after, pageSize);
      for (const row of page) builder.addNode(row.id, row.type);
      hooks.onProgress?.('reading resources', builder.nodeIds.length, null);
      if (page.length < pageSize) break;
      after = page[page.length - 1]!.id;
    }
  }
  const ids = builder.nodeIds;
  for (let start = 0; start < ids.length; start += pageSize) {
    hooks.signal?.throwIfAborted();
    for (const r of await store.readOutRelationships(ids.slice(start, start + pageSize))) builder.addEdge(r.src, r.type, r.dst);
    hooks.onProgress?.('reading relationships', Math.min(ids.length, start + pageSize), ids.length);
  }
  return { graph: builder.build() };
}
