import { type GraphStore, readTenantStats } from '../index.js';

export interface GraphView {
  /** The resource the view is centred on (the first whose id, name or type holds the query). */
  readonly centre: string | null;
  readonly nodes: readonly { readonly id: string; readonly type: string; readonly name: string; readonly synthetic: boolean; readonly hops: number }[];
  readonly edges: readonly { readonly src: string; readonly dst: string; readonly type: string }[];
  /** The bound was reached: there is more around it. */
  readonly truncated: boolean;
  /** How the centre was found: by its type (the tenant's whole index), or among the first `searched` resources by id. */
  readonly search: { readonly by: 'type' | 'id'; readonly searched: number };
}

/** At most this many resources are searched for the query (a keyset walk), so a search of a huge tenant answers in bounded time. */
const SEARCH_BUDGET = 200_000;
const PAGE = 5_000;
export const MAX_VIEW_NODES = 20_000;

/**
 * The resources around one (breadth first, relationships both ways, resources only) up to `limit`
 * nodes: what the Graph page draws. Generic store reads only (a page of resources, nodes and
 * relationships by key), the same on every store.
 */
export async function neighbourhood(store: GraphStore, tenantId: string, query: string, limit: number): Promise<GraphView> {
  const bound = Math.max(1, Math.min(MAX_VIEW_NODES, Number.isFinite(limit) ? Math.floor(limit) : 500));
  const found = await findCentre(store, tenantId, query.trim().toLowerCase());
  const centre = found.centre;
  if (centre === null) return { centre, nodes: [], edges: [], truncated: false, search: found.search };
  const hops = new Map<string, number>([[centre, 0]]);
  const edges = new Map<string, { src: string; dst: string; type: string }>();
  let frontier = [centre];
  let truncated = false;
  for (let hop = 1; frontier.length > 0 && !truncated; hop++) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += PAGE) {
      const keys = frontier.slice(i, i + PAGE);
      for (const direction of ['out', 'in'] as const) {
        for (const r of await store.readNodeRelationships('Resource', keys, direction)) {
          if (!r.other.labels.includes('Resource') || r.other.labels.includes('Original') || r.other.tenantId !== tenantId) continue;
          if (!hops.has(r.other.key)) {
            if (hops.size >= bound) {
              truncated = true;
              continue;
            }
            hops.set(r.other.key, hop);
            next.push(r.other.key);
          }
          const [src, dst] = direction === 'out' ? [r.key, r.other.key] : [r.other.key, r.key];
          edges.set(`${src}\u0000${r.type}\u0000${dst}`, { src, dst, type: r.type });
        }
      }
    }
    frontier = next;
  }
  const ids = [...hops.keys()];
  const nodes = [];
  for (let i = 0; i < ids.length; i += PAGE) {
    for (const n of await store.readNodes('Resource', ids.slice(i, i + PAGE))) {
      if (n.labels.includes('Original')) continue;
      const id = String(n.properties.id);
      nodes.push({
        id,
        type: String(n.properties.type ?? ''),
        name: String(n.properties.name ?? id.slice(id.lastIndexOf('/') + 1)),
        synthetic: n.properties.synthetic === true,
        hops: hops.get(id) ?? 0,
      });
    }
  }
  return { centre, nodes, edges: [...edges.values()].filter((e) => hops.has(e.src) && hops.has(e.dst)), truncated, search: found.search };
}

/**
 * The resource to centre on. A query that names one of the tenant's resource types finds its most
 * connected resource through the store's type index, however large the tenant; any other query is
 * looked for in the ids and types of the first SEARCH_BUDGET resources (by id), so it answers in bounded time.
 */
async function findCentre(store: GraphStore, tenantId: string, q: string): Promise<{ centre: string | null; search: GraphView['search'] }> {
  if (q !== '') {
    const stats = await readTenantStats(store, { tenantId, includeNullTenant: false }, { relationships: false });
    // The type named exactly, else the shortest holding the query (virtualNetworks: not …/virtualNetworks/subnets).
    const type = stats.resourcesByLayer.abstracted
      .map((t) => t.key)
      .filter((t) => t.toLowerCase().includes(q))
      .sort((a, b) => Number(b.toLowerCase() === q) - Number(a.toLowerCase() === q) || a.length - b.length)[0];
    if (type) {
      const [hub] = (await store.readTemplates({ tenantId, includeNullTenant: false }, [type])).sort(
        (a, b) => b.outDegree - a.outDegree || (a.id < b.id ? -1 : 1),
      );
      if (hub) return { centre: hub.id, search: { by: 'type', searched: 0 } };
    }
  }
  let seen = 0;
  for (let after = ''; seen < SEARCH_BUDGET; ) {
    const page = await store.readResourcePage({ tenantId }, after, PAGE);
    if (page.length === 0) break;
    seen += page.length;
    after = page[page.length - 1]!.id;
    const hit = q === '' ? page[0] : page.find((r) => r.id.toLowerCase().includes(q));
    if (hit) return { centre: hit.id, search: { by: 'id', searched: seen } };
    if (page.length < PAGE) break;
  }
  return { centre: null, search: { by: 'id', searched: seen } };
}
