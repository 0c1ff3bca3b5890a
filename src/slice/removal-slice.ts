import { LABEL, REL } from '../domain/atg-schema.js';
import { sortNodes, sortRelationships } from './graph-slice.js';
import { refLabel, type SliceRelationship } from '../domain/graph-slice.js';
import type { StoredNode, TenantGraphReads } from '../store/graph-store.js';
import type { TenantPage } from './tenant-slice.js';

/** Keys per read: 5,000 halved Neo4j's time per key against 1,000 (fewer round trips); SQLite is indifferent. */
const PAGE = 5_000;

/**
 * Everything deleting these abstracted resources removes, a page at a time: the resources, their
 * Original twins (an Original without its abstracted node would be an orphan) and every
 * relationship touching either, whatever is at the other end — exactly what a restore has to put
 * back. Each relationship is taken once: all that leave a removed node (with that node's page), and
 * then those entering one from a node that stays. Memory holds a page and the removed keys.
 */
export async function* walkRemoval(store: TenantGraphReads, tenantId: string, resourceIds: readonly string[]): AsyncGenerator<TenantPage> {
  const removed = new Set<string>();
  const originals: string[] = [];
  // Abstracted resources, then their Original twins: each node and its out-relationships read once.
  async function* take(keys: readonly string[], findTwins: boolean): AsyncGenerator<TenantPage> {
    for (let i = 0; i < keys.length; i += PAGE) {
      const page = keys.slice(i, i + PAGE);
      const nodes: StoredNode[] = [];
      for (const n of await store.readNodes(LABEL.Resource, page)) {
        if (n.properties.tenant_id !== tenantId || removed.has(String(n.properties.id))) continue;
        nodes.push(n);
        removed.add(String(n.properties.id));
      }
      const relationships: SliceRelationship[] = [];
      for (const rel of await store.readNodeRelationships(LABEL.Resource, page, 'out')) {
        if (!removed.has(rel.key)) continue;
        relationships.push({ type: rel.type, src: { label: LABEL.Resource, key: rel.key }, dst: { label: refLabel(rel.other.labels), key: rel.other.key } });
        if (findTwins && rel.type === REL.SCAN_SOURCE_NODE) originals.push(rel.other.key);
      }
      yield { nodes: sortNodes(nodes), relationships: sortRelationships(relationships) };
    }
  }
  yield* take(resourceIds, true);
  yield* take(originals, false);
  const keys = [...removed];
  for (let i = 0; i < keys.length; i += PAGE) {
    const relationships: SliceRelationship[] = [];
    for (const rel of await store.readNodeRelationships(LABEL.Resource, keys.slice(i, i + PAGE), 'in')) {
      const src = { label: refLabel(rel.other.labels), key: rel.other.key };
      if (src.label === LABEL.Resource && removed.has(src.key)) continue; // taken as an out-relationship of a removed node
      relationships.push({ type: rel.type, src, dst: { label: LABEL.Resource, key: rel.key } });
    }
    if (relationships.length) yield { nodes: [], relationships: sortRelationships(relationships) };
  }
}
