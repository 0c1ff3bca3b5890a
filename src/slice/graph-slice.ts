import { LABEL, REL, SHARED_LABELS } from '../domain/atg-schema.js';
import type { TenantGraphReads } from '../store/graph-store.js';
import { type GraphSlice, type NodeRef, refLabel, refOf, type SliceRelationship, type StoredNode } from '../domain/graph-slice.js';

/** Keys per read: 5,000 halved Neo4j's time per key against 1,000 (fewer round trips); SQLite is indifferent. */
const PAGE = 5_000;

const refKey = (r: NodeRef) => `${r.label}\u0000${r.key}`;
const isShared = (labels: readonly string[]) => !labels.includes(LABEL.Resource) || labels.some((l) => SHARED_LABELS.includes(l));

/**
 * Collects the slice of a tenant around `resourceIds` (abstracted resources): the resources, the
 * relationships among them, the shared nodes they point at (tags, regions, identities, role
 * assignments, diagnostic settings, secrets, …) with those relationships, the Tenant, their
 * subscriptions and resource groups with the subscription → group CONTAINS, and with
 * `includeOriginal` their Original twins with SCAN_SOURCE_NODE and the group → Original CONTAINS.
 * Relationships to resources outside the slice are left out.
 */
export async function collectSlice(
  store: TenantGraphReads,
  tenantId: string,
  resourceIds: readonly string[],
  options: { includeOriginal?: boolean } = {},
): Promise<GraphSlice> {
  const inSlice = new Set(resourceIds);
  const nodes = new Map<string, StoredNode>();
  const relationships: SliceRelationship[] = [];
  const context = new Map<string, Set<string>>();
  const want = (ref: NodeRef) => {
    if (!context.has(ref.label)) context.set(ref.label, new Set());
    context.get(ref.label)!.add(ref.key);
  };
  const originals: string[] = [];
  const addNodes = (found: readonly StoredNode[]) => {
    for (const n of found) nodes.set(refKey(refOf(n)), n);
  };

  for (let i = 0; i < resourceIds.length; i += PAGE) {
    const page = resourceIds.slice(i, i + PAGE);
    const resources = await store.readNodes(LABEL.Resource, page);
    addNodes(resources);
    for (const r of resources) {
      const sub = r.properties.subscription_id;
      if (typeof sub === 'string' && sub) {
        want({ label: LABEL.Subscription, key: `/subscriptions/${sub}` });
        if (typeof r.properties.resource_group === 'string' && r.properties.resource_group)
          want({ label: LABEL.ResourceGroup, key: `/subscriptions/${sub}/resourceGroups/${r.properties.resource_group}` });
      }
    }
    for (const rel of await store.readNodeRelationships(LABEL.Resource, page, 'out')) {
      const src = { label: LABEL.Resource, key: rel.key };
      const dst = { label: refLabel(rel.other.labels), key: rel.other.key };
      if (rel.type === REL.SCAN_SOURCE_NODE) {
        if (!options.includeOriginal) continue;
        originals.push(rel.other.key);
      } else if (isShared(rel.other.labels)) {
        // A shared node comes along as context, unless it is a sampled resource itself (an identity labelled Resource).
        if (!(dst.label === LABEL.Resource && inSlice.has(rel.other.key))) want(dst);
      } else if (!inSlice.has(rel.other.key)) continue;
      relationships.push({ type: rel.type, src, dst });
    }
  }
  want({ label: LABEL.Tenant, key: tenantId });
  for (const [label, keys] of context) {
    const missing = [...keys].filter((k) => !nodes.has(refKey({ label, key: k })));
    for (let i = 0; i < missing.length; i += PAGE) addNodes(await store.readNodes(label, missing.slice(i, i + PAGE)));
  }
  // Subscription → resource group (and anything else the context nodes hold among themselves, e.g. Tenant → subscription).
  for (const label of [LABEL.Tenant, LABEL.Subscription]) {
    const keys = [...(context.get(label) ?? [])];
    for (const rel of keys.length ? await store.readNodeRelationships(label, keys, 'out') : []) {
      const dst = { label: refLabel(rel.other.labels), key: rel.other.key };
      if (nodes.has(refKey(dst))) relationships.push({ type: rel.type, src: { label, key: rel.key }, dst });
    }
  }
  for (let i = 0; i < originals.length; i += PAGE) {
    const page = originals.slice(i, i + PAGE);
    addNodes(await store.readNodes(LABEL.Resource, page));
    for (const rel of await store.readNodeRelationships(LABEL.Resource, page, 'in')) {
      const src = { label: refLabel(rel.other.labels), key: rel.other.key };
      if (rel.type === REL.CONTAINS && src.label === LABEL.ResourceGroup && nodes.has(refKey(src)))
        relationships.push({ type: rel.type, src, dst: { label: LABEL.Resource, key: rel.key } });
    }
  }
  return { tenantId, nodes: sortNodes([...nodes.values()]), relationships: sortRelationships(relationships) };
}

const NODE_ORDER = [LABEL.Tenant, LABEL.Subscription, LABEL.ResourceGroup, LABEL.Resource];
const rank = (n: StoredNode) => {
  const label = refLabel(n.labels);
  const i = NODE_ORDER.indexOf(label as (typeof NODE_ORDER)[number]);
  return i >= 0 ? i : NODE_ORDER.length;
};

/** Sorts by precomputed keys: a comparator that derived its keys per comparison cost seconds at 10^5–10^6 elements. */
function sortByKeys<T>(items: T[], keysOf: (item: T) => readonly (string | number)[]): T[] {
  const keyed = items.map((item, i) => ({ keys: keysOf(item), i }));
  keyed.sort((a, b) => {
    for (let k = 0; k < a.keys.length; k++) {
      const x = a.keys[k]!;
      const y = b.keys[k]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.i - b.i;
  });
  return keyed.map((k) => items[k.i]!);
}

export function sortNodes(nodes: StoredNode[]): StoredNode[] {
  return sortByKeys(nodes, (n) => {
    const ref = refOf(n);
    return [rank(n), ref.label, ref.key];
  });
}

export function sortRelationships(rels: SliceRelationship[]): SliceRelationship[] {
  return sortByKeys(rels, (r) => [r.src.label, r.src.key, r.type, r.dst.label, r.dst.key]);
}
