import type { GraphChunk, NodeBatch, Properties, RelationshipBatch } from '../domain/graph.js';
import { LABEL } from '../domain/atg-schema.js';
import type { StoredNode } from '../store/graph-store.js';
import { refOf, type SliceRelationship } from '../domain/graph-slice.js';

/**
 * A node a tenant owns (it carries tenant_id) is created; a node without one (Region, Tag,
 * RoleDefinition) is shared between tenants and merged, so writing never duplicates it.
 */
export const isTenantOwned = (node: StoredNode): boolean => typeof node.properties.tenant_id === 'string';

/** The keys of the nodes a test picks, grouped by the label they are keyed under (what the by-key store reads take). */
export function keysByLabel(nodes: readonly StoredNode[], pick: (node: StoredNode) => boolean): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const n of nodes) {
    if (!pick(n)) continue;
    const ref = refOf(n);
    if (!byLabel.has(ref.label)) byLabel.set(ref.label, []);
    byLabel.get(ref.label)!.push(ref.key);
  }
  return byLabel;
}

const isResource = (labels: readonly string[]) => labels.includes(LABEL.Resource) && !labels.includes(LABEL.Original);

/**
 * Nodes and relationships as the chunks the store writer takes: nodes first (grouped by label set,
 * `rows` per chunk), then relationships (grouped by type and endpoint labels). Every node row gets
 * its key as `id` (a Region's `code`), which the writer requires.
 */
export function* sliceChunks(nodes: readonly StoredNode[], relationships: readonly SliceRelationship[], rows: number): Generator<GraphChunk> {
  for (let i = 0; i < nodes.length; i += rows) {
    const groups = new Map<string, NodeBatch & { rows: (Properties & { id: string })[] }>();
    let resources = 0;
    for (const node of nodes.slice(i, i + rows)) {
      const mode = isTenantOwned(node) ? 'create' : 'merge';
      const key = `${mode}|${node.labels.join(':')}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { mode, labels: node.labels, rows: [] }));
      const id = node.properties.id ?? node.properties.code;
      group.rows.push({ ...node.properties, id: String(id) });
      if (isResource(node.labels)) resources++;
    }
    yield { nodes: [...groups.values()], relationships: [], resources };
  }
  for (let i = 0; i < relationships.length; i += rows) {
    const groups = new Map<string, RelationshipBatch & { rows: { src: string; dst: string }[] }>();
    for (const r of relationships.slice(i, i + rows)) {
      const key = `${r.type}|${r.src.label}|${r.dst.label}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { type: r.type, srcLabel: r.src.label, dstLabel: r.dst.label, rows: [] }));
      group.rows.push({ src: r.src.key, dst: r.dst.key });
    }
    yield { nodes: [], relationships: [...groups.values()], resources: 0 };
  }
}
