import { LABEL, SHARED_LABELS } from '../domain/atg-schema.js';
import type { StoredNode, TenantGraphReads } from '../store/graph-store.js';
import { refLabel, sortNodes, sortRelationships, type GraphSlice, type SliceRelationship } from './graph-slice.js';

const PAGE = 5_000;

/** The labels a tenant's nodes are listed by (each has a tenant_id index); a node is taken under its key label only. */
const TENANT_LABELS = [LABEL.Resource, ...SHARED_LABELS];

export interface TenantSliceOptions {
  /** Also the Original layer (every `:Original` node of the tenant, with its relationships). */
  readonly includeOriginal?: boolean;
}

/**
 * A whole tenant as a slice: every node carrying its tenant_id (both layers with `includeOriginal`;
 * Tenant, subscriptions, groups, identities, role assignments, …), every relationship leaving one of
 * them or entering one from a node the tenant does not own, and the shared nodes (no tenant_id:
 * regions, tags, role definitions) those relationships reach, as context. Importing it into an
 * empty store gives the tenant back, node for node and relationship for relationship.
 */
export async function collectTenant(store: TenantGraphReads, tenantId: string, options: TenantSliceOptions = {}): Promise<GraphSlice> {
  const owned = new Map<string, string[]>();
  const ownedKeys = new Set<string>();
  for (const label of TENANT_LABELS) {
    for (const n of await store.listTenantNodes(tenantId, label)) {
      if (refLabel(n.labels) !== label || (!options.includeOriginal && n.labels.includes(LABEL.Original))) continue;
      if (!owned.has(label)) owned.set(label, []);
      owned.get(label)!.push(n.key);
      ownedKeys.add(`${label}\u0000${n.key}`);
    }
  }
  const isOwned = (label: string, key: string) => ownedKeys.has(`${label}\u0000${key}`);
  const nodes: StoredNode[] = [];
  const relationships: SliceRelationship[] = [];
  const context = new Map<string, Set<string>>();
  /** A node a relationship reaches that the tenant does not own comes along as context. */
  const reach = (label: string, key: string) => {
    if (isOwned(label, key)) return;
    if (!context.has(label)) context.set(label, new Set());
    context.get(label)!.add(key);
  };
  for (const [label, keys] of owned) {
    for (let i = 0; i < keys.length; i += PAGE) {
      const page = keys.slice(i, i + PAGE);
      nodes.push(...(await store.readNodes(label, page)));
      for (const r of await store.readNodeRelationships(label, page, 'out')) {
        const other = refLabel(r.other.labels);
        if (excluded(r.other.labels, options)) continue;
        reach(other, r.other.key);
        relationships.push({ type: r.type, src: { label, key: r.key }, dst: { label: other, key: r.other.key } });
      }
      for (const r of await store.readNodeRelationships(label, page, 'in')) {
        const other = refLabel(r.other.labels);
        if (isOwned(other, r.other.key) || excluded(r.other.labels, options)) continue; // an owned source's relationships come as its out-relationships
        reach(other, r.other.key);
        relationships.push({ type: r.type, src: { label: other, key: r.other.key }, dst: { label, key: r.key } });
      }
    }
  }
  for (const [label, keys] of context) {
    const list = [...keys];
    for (let i = 0; i < list.length; i += PAGE) nodes.push(...(await store.readNodes(label, list.slice(i, i + PAGE))));
  }
  return { tenantId, nodes: sortNodes(nodes), relationships: sortRelationships(relationships) };
}

/** Without the Original layer, a relationship to or from an Original node is left out with it. */
function excluded(labels: readonly string[], options: TenantSliceOptions): boolean {
  return !options.includeOriginal && labels.includes(LABEL.Original);
}
