/** At most this many resources are searched for the query (a keyset walk), so a search of a huge tenant answers in bounded time. */
const SEARCH_BUDGET = 200_000;
const PAGE = 5_000;
export const MAX_VIEW_NODES = 20_000;
/**
 * The resources around one (breadth first, relationships both ways, resources only) up to `limit`
 * nodes: what the Graph page draws. Generic store reads only (a page of resources, nodes and
 * relationships by key), the same on every store.
 */
export async function neighbourhood(store, tenantId, query, limit) {
    const bound = Math.max(1, Math.min(MAX_VIEW_NODES, Number.isFinite(limit) ? Math.floor(limit) : 500));
    const q = query.trim().toLowerCase();
    let centre = null;
    for (let after = '', seen = 0; centre === null && seen < SEARCH_BUDGET;) {
        const page = await store.readResourcePage({ tenantId }, after, PAGE);
        if (page.length === 0)
            break;
        seen += page.length;
        after = page[page.length - 1].id;
        const hit = q === '' ? page[0] : page.find((r) => r.id.toLowerCase().includes(q) || r.type.toLowerCase().includes(q));
        if (hit)
            centre = hit.id;
        if (page.length < PAGE)
            break;
    }
    if (centre === null)
        return { centre, nodes: [], edges: [], truncated: false };
    const hops = new Map([[centre, 0]]);
    const edges = new Map();
    let frontier = [centre];
    let truncated = false;
    for (let hop = 1; frontier.length > 0 && !truncated; hop++) {
        const next = [];
        for (let i = 0; i < frontier.length; i += PAGE) {
            const keys = frontier.slice(i, i + PAGE);
            for (const direction of ['out', 'in']) {
                for (const r of await store.readNodeRelationships('Resource', keys, direction)) {
                    if (!r.other.labels.includes('Resource') || r.other.labels.includes('Original') || r.other.tenantId !== tenantId)
                        continue;
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
            if (n.labels.includes('Original'))
                continue;
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
    return { centre, nodes, edges: [...edges.values()].filter((e) => hops.has(e.src) && hops.has(e.dst)), truncated };
}
//# sourceMappingURL=neighbourhood.js.map