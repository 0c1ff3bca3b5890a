import { LABEL, REL } from '../../domain/atg-schema.js';
import { refLabel, sortNodes, sortRelationships, type GraphSlice, type SliceRelationship } from '../../io/graph-slice.js';
import type { StoredNode, TenantGraphReads } from '../../store/graph-store.js';

const PAGE = 1_000;

/**
 * Everything deleting these abstracted resources removes: the resources, their Original twins (an
 * Original without its abstracted node would be an orphan) and every relationship touching either,
 * whatever is at the other end — exactly what a restore has to put back. Each relationship is
 * taken once: all that leave a removed node, and those entering one from a node that stays.
 */
export async function collectRemoval(store: TenantGraphReads, tenantId: string, resourceIds: readonly string[]): Promise<GraphSlice> {
  const nodes: StoredNode[] = [];
  const removed = new Set<string>();
  const originals: string[] = [];
  for (let i = 0; i < resourceIds.length; i += PAGE) {
    const page = resourceIds.slice(i, i + PAGE);
    for (const n of await store.readNodes(LABEL.Resource, page)) {
      if (n.properties.tenant_id !== tenantId) continue;
      nodes.push(n);
      removed.add(String(n.properties.id));
    }
    for (const rel of await store.readNodeRelationships(LABEL.Resource, page, 'out')) {
      if (rel.type === REL.SCAN_SOURCE_NODE && removed.has(rel.key)) originals.push(rel.other.key);
    }
  }
  for (let i = 0; i < originals.length; i += PAGE) {
    for (const n of await store.readNodes(LABEL.Resource, originals.slice(i, i + PAGE))) {
      if (n.properties.tenant_id !== tenantId || removed.has(String(n.properties.id))) continue;
      nodes.push(n);
      removed.add(String(n.properties.id));
    }
  }
  const relationships: SliceRelationship[] = [];
  const keys = [...removed];
  for (let i = 0; i < keys.length; i += PAGE) {
    const page = keys.slice(i, i + PAGE);
    for (const rel of await store.readNodeRelationships(LABEL.Resource, page, 'out')) {
      relationships.push({ type: rel.type, src: { label: LABEL.Resource, key: rel.key }, dst: { label: refLabel(rel.other.labels), key: rel.other.key } });
    }
    for (const rel of await store.readNodeRelationships(LABEL.Resource, page, 'in')) {
      const src = { label: refLabel(rel.other.labels), key: rel.other.key };
      if (src.label === LABEL.Resource && removed.has(src.key)) continue;
      relationships.push({ type: rel.type, src, dst: { label: LABEL.Resource, key: rel.key } });
    }
  }
  return { tenantId, nodes: sortNodes(nodes), relationships: sortRelationships(relationships) };
}
