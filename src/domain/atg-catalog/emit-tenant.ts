import { LABEL, REL } from '../atg-schema.js';
import type { Properties } from '../graph.js';
import { abstractedId } from '../ids.js';
import { refLabel, type GraphSlice, type SliceRelationship } from '../../io/graph-slice.js';
import type { StoredNode } from '../../store/graph-store.js';
import { armIdParts, childType, parentArmId, type ArmResource } from './arm-resource.js';
import { referencesOf } from './reference-rules.js';
import { emitTwoLayerResource, type TwoLayerSink } from './two-layer.js';

export interface EmittedTenant {
  readonly slice: GraphSlice;
  /** Abstracted resources (each also has its Original twin). */
  readonly resources: number;
  /** What was left out and why (references to resources not in the input, duplicates): the data is still usable. */
  readonly warnings: readonly string[];
}

/** Embedded collections whose items ATG records as resources of their own (a VNet's subnets). */
const EMBEDDED_CHILDREN: Readonly<Record<string, string>> = { 'microsoft.network/virtualnetworks': 'subnets' };

/**
 * The two-layer ATG graph of a set of Azure resources, as a scan would have written it: the Tenant,
 * its subscriptions and resource groups (subscription -CONTAINS-> group), for every resource an
 * abstracted node (`<prefix>-<16 hex>` id) and its `:Original` twin (the ARM id) joined by
 * `SCAN_SOURCE_NODE`, the group's `CONTAINS` to the Original, `LOCATED_IN` its Region and
 * `TAGGED_WITH` its tags; a child resource is CONTAINED by its parent; and every reference the
 * rules find becomes a relationship between abstracted nodes (a reference into a sub-resource —
 * a load balancer's backend pool — is one to the resource holding it).
 */
export function emitTenant(input: readonly ArmResource[], tenantId: string, updatedAt: string): EmittedTenant {
  const warnings: string[] = [];
  const byId = new Map<string, ArmResource>();
  const add = (res: ArmResource) => {
    const key = res.id.toLowerCase();
    if (byId.has(key)) warnings.push(`${res.id} appears twice; the first is kept`);
    else byId.set(key, res);
  };
  for (const res of input) add(res);
  for (const res of input) for (const child of embeddedChildren(res)) if (!byId.has(child.id.toLowerCase())) add(child);

  const nodes = new Map<string, StoredNode>();
  const relationships = new Map<string, SliceRelationship>();
  const node = (label: string, key: string, labels: string[], properties: Properties) => {
    if (!nodes.has(`${label}\u0000${key}`)) nodes.set(`${label}\u0000${key}`, { labels: [...labels].sort(), properties });
  };
  const relate = (type: string, src: { label: string; key: string }, dst: { label: string; key: string }) => {
    relationships.set(`${src.label}\u0000${src.key}\u0000${type}\u0000${dst.label}\u0000${dst.key}`, { type, src, dst });
  };

  const sink: TwoLayerSink = {
    node: (labels, properties) => node(refLabel(labels), String(labels.includes(LABEL.Region) ? properties.code : properties.id), labels, properties),
    relationship: relate,
  };
  node(LABEL.Tenant, tenantId, [LABEL.Tenant], { id: tenantId, name: `tenant-${tenantId.slice(0, 8)}`, tenant_id: tenantId, updated_at: updatedAt });
  const abstracted = new Map<string, string>();
  for (const [key, res] of byId) abstracted.set(key, abstractedId(res.type, res.id));

  // Subscriptions and groups are where the ids say (the fields of an export can disagree), one node per name
  // whatever its case (Azure compares them case-insensitively): the first spelling met names it.
  const spelling = new Map<string, string>();
  const canonical = (kind: string, name: string | null) => {
    if (name === null) return null;
    const key = `${kind}\u0000${name.toLowerCase()}`;
    if (!spelling.has(key)) spelling.set(key, name);
    return spelling.get(key)!;
  };
  for (const [key, res] of byId) {
    const parts = armIdParts(res.id);
    const subscription = canonical('subscription', parts.subscriptionId ?? res.subscriptionId);
    const group = subscription === null ? null : canonical(`group ${subscription}`, parts.resourceGroup ?? res.resourceGroup);
    const id = abstracted.get(key)!;
    const location = res.location ? res.location.toLowerCase().replace(/\s+/g, '') : null;
    if (subscription) {
      const subId = `/subscriptions/${subscription}`;
      node(LABEL.Subscription, subId, [LABEL.Subscription], { id: subId, name: subscription, subscription_id: subscription, tenant_id: tenantId, updated_at: updatedAt });
      if (group) {
        const groupId = `${subId}/resourceGroups/${group}`;
        node(LABEL.ResourceGroup, groupId, [LABEL.ResourceGroup], { id: groupId, name: group, location, subscription_id: subscription, tenant_id: tenantId, updated_at: updatedAt });
        relate(REL.CONTAINS, { label: LABEL.Subscription, key: subId }, { label: LABEL.ResourceGroup, key: groupId });
      }
    }
    emitTwoLayerResource({
      armId: res.id, abstractedId: id, name: res.name, type: res.type, location, resourceGroup: subscription ? group : null, subscriptionId: subscription, tenantId,
      properties: JSON.stringify(res.properties), tags: Object.fromEntries(Object.entries(res.tags).map(([k, v]) => [k, String(v)])), updatedAt,
      extra: { ...(res.sku !== undefined && res.sku !== null ? { sku: JSON.stringify(res.sku) } : {}), ...(res.kind ? { kind: res.kind } : {}) },
    }, sink);
    const parent = resolve(byId, parentArmId(res.id));
    if (parent && parent !== key) relate(REL.CONTAINS, ref(abstracted.get(parent)!), ref(id));
  }

  let dangling = 0;
  for (const [key, res] of byId) {
    for (const found of referencesOf(res)) {
      const target = resolve(byId, found.target);
      if (!target) {
        dangling++;
        if (dangling <= 20) warnings.push(`${res.id}: ${found.path} names ${found.target}, which is not in the input; that relationship is left out`);
        continue;
      }
      if (target === key) continue;
      const [from, to] = found.reverse ? [target, key] : [key, target];
      relate(found.relationship, ref(abstracted.get(from)!), ref(abstracted.get(to)!));
    }
  }
  if (dangling > 20) warnings.push(`… and ${dangling - 20} more references to resources not in the input`);
  return { slice: { tenantId, nodes: [...nodes.values()], relationships: [...relationships.values()] }, resources: byId.size, warnings };
}

const ref = (key: string) => ({ label: LABEL.Resource, key });

/** The imported resource an id names, or the nearest one holding it (a sub-resource's id); lower-case key. */
function resolve(byId: ReadonlyMap<string, ArmResource>, id: string | undefined): string | undefined {
  for (let cur = id; cur; cur = parentArmId(cur)) if (byId.has(cur.toLowerCase())) return cur.toLowerCase();
  return undefined;
}

function embeddedChildren(res: ArmResource): ArmResource[] {
  const collection = EMBEDDED_CHILDREN[res.type.toLowerCase()];
  const items = collection ? res.properties[collection] : undefined;
  if (!collection || !Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const record = item as { id?: unknown; name?: unknown; properties?: unknown };
    // A template's embedded subnet has a name, not an id: its id is the parent's, the collection's and its name.
    const id = typeof record?.id === 'string' ? record.id : typeof record?.name === 'string' ? `${res.id}/${collection}/${record.name}` : undefined;
    if (!id) return [];
    return [{
      id,
      name: typeof record.name === 'string' ? record.name : id.split('/').pop()!,
      type: childType(res.type, collection),
      location: res.location,
      resourceGroup: res.resourceGroup,
      subscriptionId: res.subscriptionId,
      properties: record.properties && typeof record.properties === 'object' ? (record.properties as Record<string, unknown>) : {},
      tags: {},
    }];
  });
}
