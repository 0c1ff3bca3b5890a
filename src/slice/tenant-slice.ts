import { LABEL, SHARED_LABELS } from '../domain/atg-schema.js';
import type { NodeRelationship, StoredNode, TenantGraphReads, TenantPage } from '../store/graph-store.js';
import { sortNodes, sortRelationships } from './graph-slice.js';
import { refLabel, refOf, type GraphSlice, type SliceRelationship } from '../domain/graph-slice.js';
import { STREAM_PAGE } from '../io/graph-stream.js';

/** The labels a tenant's nodes are listed by (each has a tenant_id index), in the order they are walked; a node is taken under its key label only. */
const TENANT_LABELS = [
  LABEL.Tenant,
  LABEL.Subscription,
  LABEL.ResourceGroup,
  LABEL.Resource,
  ...SHARED_LABELS.filter((l) => ![LABEL.Tenant, LABEL.Subscription, LABEL.ResourceGroup].includes(l as never)).sort(),
];

export interface TenantSliceOptions {
  /** Also the Original layer (every `:Original` node of the tenant, with its relationships). */
  readonly includeOriginal?: boolean;
  /** Read node properties (default); without, an owned node is its labels, key and tenant_id (enough to count and compare). */
  readonly withProperties?: boolean;
  /**
   * Only these of the tenant's nodes (read with their properties), with every relationship touching
   * them; the nodes at the other ends come along as context, whoever owns them.
   */
  readonly select?: (node: StoredNode) => boolean;
  /**
   * Read relationships entering the tenant's nodes from nodes it does not own (default). A caller
   * that knows there are none (an import whose graph has none) skips half the relationship reads.
   */
  readonly inbound?: boolean;
  /**
   * Read the nodes outside the tenant its relationships reach (default). A caller that needs only the
   * relationships (their ends come with their labels and keys) skips those reads.
   */
  readonly context?: boolean;
}

/** One page of a walked tenant: some of its nodes, and the relationships the walk assigns to them. */
export type { TenantPage } from '../store/graph-store.js';

/** A node the walk did not read: its labels, key and tenant. */
const keyOf = (key: string, labels: readonly string[], tenantId: string): StoredNode => ({
  labels,
  properties: { [labels.includes(LABEL.Region) ? 'code' : 'id']: key, tenant_id: tenantId },
});

/**
 * A whole tenant, a page at a time: every node carrying its tenant_id (both layers with
 * `includeOriginal`; Tenant, subscriptions, groups, identities, role assignments, …) with every
 * relationship leaving it, and every relationship entering it from a node the tenant does not own;
 * then the shared nodes (no tenant_id: regions, tags, role definitions) those relationships reach,
 * as context. Importing it into an empty store gives the tenant back, node for node and
 * relationship for relationship. Owned nodes come in key-label order (Tenant, subscriptions,
 * groups, resources, the rest by name) and key order within a label (keyset pages), so memory holds
 * one page plus the context keys and the inbound relationships (a handful: relationships start at a
 * tenant's own nodes).
 */
export async function* walkTenant(store: TenantGraphReads, tenantId: string, options: TenantSliceOptions = {}): AsyncGenerator<TenantPage> {
  const { select } = options;
  const withProperties = (options.withProperties ?? true) || select !== undefined;
  const context = new Map<string, Set<string>>();
  const inbound: SliceRelationship[] = [];
  const wanted = (r: NodeRelationship) => options.includeOriginal || !r.other.labels.includes(LABEL.Original);
  /** Which of the tenant's nodes these relationships reach are selected (all of them without a selection). */
  const selectedEnds = async (rels: readonly NodeRelationship[]): Promise<(r: NodeRelationship) => boolean> => {
    if (!select) return (r) => r.other.tenantId === tenantId;
    const owned = new Map<string, Set<string>>();
    for (const r of rels) {
      if (r.other.tenantId !== tenantId) continue;
      const label = refLabel(r.other.labels);
      if (!owned.has(label)) owned.set(label, new Set());
      owned.get(label)!.add(r.other.key);
    }
    const chosen = new Set<string>();
    for (const [label, keys] of owned) {
      for (const n of await store.readNodes(label, [...keys])) if (select(n)) chosen.add(`${label}\u0000${refOf(n).key}`);
    }
    return (r) => chosen.has(`${refLabel(r.other.labels)}\u0000${r.other.key}`);
  };
  /** A node a relationship reaches that is not walked itself comes along as context. */
  const reach = (key: string, label: string) => {
    if (!context.has(label)) context.set(label, new Set());
    context.get(label)!.add(key);
  };
  for (const label of TENANT_LABELS) {
    for (let after = ''; ; ) {
      const listed = await store.listTenantNodes(tenantId, label, { after, limit: STREAM_PAGE });
      if (listed.length === 0) break;
      after = listed[listed.length - 1]!.key;
      const mine = listed.filter((n) => refLabel(n.labels) === label && (options.includeOriginal || !n.labels.includes(LABEL.Original)));
      if (mine.length === 0) continue;
      let nodes = withProperties
        ? sortNodes(
            await store.readNodes(
              label,
              mine.map((n) => n.key),
            ),
          )
        : mine.map((n) => keyOf(n.key, n.labels, tenantId));
      if (select) nodes = nodes.filter(select);
      if (nodes.length === 0) continue;
      const keys = select ? nodes.map((n) => refOf(n).key) : mine.map((n) => n.key);
      const relationships: SliceRelationship[] = [];
      const out = (await store.readNodeRelationships(label, keys, 'out')).filter(wanted);
      // Without a selection, an inbound relationship from a node the tenant owns comes as that node's out-relationship: only the others are read.
      const into =
        options.inbound === false ? [] : (await store.readNodeRelationships(label, keys, 'in', select ? undefined : { otherOutside: tenantId })).filter(wanted);
      const walked = await selectedEnds([...out, ...into]);
      for (const r of out) {
        const other = refLabel(r.other.labels);
        if (!walked(r)) reach(r.other.key, other);
        relationships.push({ type: r.type, src: { label, key: r.key }, dst: { label: other, key: r.other.key } });
      }
      for (const r of into) {
        // A walked source's relationships come as its out-relationships.
        if (walked(r)) continue;
        const other = refLabel(r.other.labels);
        reach(r.other.key, other);
        inbound.push({ type: r.type, src: { label: other, key: r.other.key }, dst: { label, key: r.key } });
      }
      yield { nodes, relationships: sortRelationships(relationships) };
      if (listed.length < STREAM_PAGE) break;
    }
  }
  if (options.context === false) context.clear();
  for (const [label, keys] of [...context].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const list = [...keys].sort();
    for (let i = 0; i < list.length; i += STREAM_PAGE) {
      const page = list.slice(i, i + STREAM_PAGE);
      yield { nodes: sortNodes(await store.readNodes(label, page)), relationships: [] };
    }
  }
  if (inbound.length) yield { nodes: [], relationships: sortRelationships(inbound) };
}

/** A whole tenant in memory (see walkTenant): for what is small or needs it whole. */
export async function collectTenant(store: TenantGraphReads, tenantId: string, options: TenantSliceOptions = {}): Promise<GraphSlice> {
  const nodes: StoredNode[] = [];
  const relationships: SliceRelationship[] = [];
  for await (const page of walkTenant(store, tenantId, options)) {
    nodes.push(...page.nodes);
    relationships.push(...page.relationships);
  }
  return { tenantId, nodes, relationships };
}
