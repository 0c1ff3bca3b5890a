import { LABEL, prefixForType, REL } from '../atg-schema.js';
import type { Properties } from '../graph.js';
import { hex64 } from '../ids.js';
import { Hash64Table } from '../hash64-table.js';
import { refLabel, type GraphSlice, type NodeRef, type SliceRelationship, type StoredNode } from '../graph-slice.js';
import { armIdParts, childType, parentArmId, typeFromArmId, type ArmResource } from './arm-resource.js';
import { field, REFERENCE_RULES, referencesOf } from './reference-rules.js';
import { emitTwoLayerResource, type TwoLayerSink } from './two-layer.js';
import { extensionOwner, itemKind, principalLabel, type ItemKind } from './written-as.js';

export interface EmittedTenant {
  readonly slice: GraphSlice;
  /** Abstracted resources (each also has its Original twin). */
  readonly resources: number;
  /** What was left out and why (references to resources not in the input, duplicates): the data is still usable. */
  readonly warnings: readonly string[];
}

/** What one input item (a resource with the children nested in it) became. */
export interface EmittedPart {
  readonly nodes: StoredNode[];
  readonly relationships: SliceRelationship[];
}

/** Embedded collections whose items ATG records as resources of their own (a VNet's subnets). */
const EMBEDDED_CHILDREN: Readonly<Record<string, string>> = { 'microsoft.network/virtualnetworks': 'subnets' };

/** Relationship types a reverse rule makes: the same relationship may then come from both of its ends' resources. */
const FROM_EITHER_END = new Set(REFERENCE_RULES.filter((r) => r.reverse).map((r) => r.relationship));

const ref = (key: string): NodeRef => ({ label: LABEL.Resource, key });

const WORKSPACE_TYPE = 'microsoft.operationalinsights/workspaces';

/**
 * A copy of a string that shares no memory with where it came from. A streaming JSON parser's
 * strings (and regular-expression captures of them) can be slices of its 64 kB input chunks, and a
 * slice kept in a set keeps its whole chunk alive: 9,000 resource-group names kept 60 MB.
 * Concatenating flattens into a new string, and slicing that keeps only the new one.
 */
const detached = (s: string): string => ` ${s}`.slice(1);

/** The index tag's bit for a resource embedded in its parent (a VNet's subnet), not listed itself. */
const EMBEDDED = 0x8000;

/**
 * The two-layer ATG graph of a set of Azure resources, as a scan would have written it: the Tenant,
 * its subscriptions and resource groups (subscription -CONTAINS-> group), every resource through
 * the two-layer emitter (abstracted node and Original twin, SCAN_SOURCE_NODE, its group's CONTAINS,
 * LOCATED_IN, TAGGED_WITH); a child resource is CONTAINED by its parent; and every reference the
 * rules find becomes a relationship between abstracted nodes (a reference into a sub-resource —
 * a load balancer's backend pool — is one to the resource holding it).
 *
 * Two passes over the input, so a file of any size streams through: `index` every item (ids only:
 * one compact entry per resource, keyed by the 64-bit hash its abstracted id carries anyway, so no
 * ARM id string is held), then `emit` every item again in the same order. The first of two resources with
 * one id (compared case-insensitively) is kept; a VNet's embedded subnet is a resource unless the
 * input lists it itself.
 */
export class TenantEmitter {
  /** hash of the lower-case id → the ordinal of the item that emits it, and a tag: embedded (bit 15) and the type's prefix (index into `prefixes`). */
  private readonly index = new Hash64Table();
  private readonly prefixes: string[] = [];
  private readonly prefixIndex = new Map<string, number>();
  private embeddedCandidates = new Hash64Table();
  private readonly warningList: string[] = [];
  private indexed = 0;
  private emitted = 0;
  private dangling = 0;
  private indexClosed = false;
  private readonly seenNodes = new Set<string>();
  private readonly seenEitherEnd = new Set<string>();
  private readonly spelling = new Map<string, string>();
  /** Ids (hashed) of every ancestor of a folded item: a resource among them records its relationships, so a folded child's same reference is not written twice. */
  private readonly foldOwners = new Hash64Table(16);
  private readonly foldedEdges = new Set<string>();
  /** Folded items by type, for the warning that counts them. */
  private readonly folded = new Map<string, number>();

  constructor(
    private readonly tenantId: string,
    private readonly updatedAt: string,
  ) {}

  /** Abstracted resources: every kept item's resources, embedded subnets included. */
  get resources(): number {
    return this.index.size;
  }

  get warnings(): string[] {
    const list =
      this.dangling > 20 ? [...this.warningList, `… and ${this.dangling - 20} more references to resources not in the input`] : [...this.warningList];
    if (this.folded.size) {
      const total = [...this.folded.values()].reduce((a, b) => a + b, 0);
      const types = [...this.folded].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `${n} ${type}`);
      list.push(
        `${total} child or extension item${total === 1 ? ' is' : 's are'} not a resource in ATG's graph and ${total === 1 ? 'was' : 'were'} folded into ${total === 1 ? 'its parent' : 'their parents'} (their references are the parents' relationships): ${types.join(', ')}`,
      );
    }
    return list;
  }

  /** Pass 1: one input item (a resource and the children nested in it, in order). */
  indexItem(resources: readonly ArmResource[]): void {
    const ordinal = this.indexed++;
    for (const res of resources) {
      const kind = itemKind(res.id, res.type);
      if (kind === 'folded') for (let up = parentArmId(res.id); up; up = parentArmId(up)) this.foldOwners.set(hex64(up.toLowerCase()), 0, 0);
      if (kind !== 'resource') continue;
      const key = hex64(res.id.toLowerCase());
      if (this.index.has(key)) this.warningList.push(`${res.id} appears twice; the first is kept`);
      else this.index.set(key, ordinal, this.tag(false, res.type));
      for (const child of embeddedChildren(res)) {
        const childKey = hex64(child.id.toLowerCase());
        if (!this.embeddedCandidates.has(childKey)) this.embeddedCandidates.set(childKey, ordinal, this.tag(true, child.type));
      }
    }
  }

  /** Pass 2: what one item becomes, in the order they were indexed. The Tenant comes with the first. */
  emitItem(resources: readonly ArmResource[]): EmittedPart {
    this.closeIndex();
    const ordinal = this.emitted++;
    const part: EmittedPart = { nodes: [], relationships: [] };
    const sink: TwoLayerSink = {
      node: (labels, properties, mode) => this.node(part, labels, properties, mode),
      relationship: (type, src, dst) => part.relationships.push({ type, src, dst }),
    };
    if (ordinal === 0)
      sink.node(
        [LABEL.Tenant],
        { id: this.tenantId, name: `tenant-${this.tenantId.slice(0, 8)}`, tenant_id: this.tenantId, updated_at: this.updatedAt },
        'merge',
      );
    // An id the item lists twice (a VNet naming one subnet twice) is emitted once: the index keeps one entry per id.
    const done = new Set<string>();
    const emitOnce = (res: ArmResource, embedded: boolean) => {
      const key = res.id.toLowerCase();
      if (done.has(key) || !this.emitsHere(res.id, ordinal, embedded)) return;
      done.add(key);
      this.emitResource(res, sink);
    };
    for (const res of resources) {
      const kind = itemKind(res.id, res.type);
      if (kind === 'resource') emitOnce(res, false);
      else this.emitOther(res, kind, sink, res === resources[0] ? undefined : resources[0]);
      for (const child of embeddedChildren(res)) emitOnce(child, true);
    }
    return part;
  }

  private tag(embedded: boolean, type: string): number {
    const prefix = prefixForType(type);
    let i = this.prefixIndex.get(prefix);
    if (i === undefined) {
      i = this.prefixes.push(prefix) - 1;
      if (i >= EMBEDDED) throw new RangeError('more than 32,767 distinct resource type prefixes');
      this.prefixIndex.set(prefix, i);
    }
    return embedded ? EMBEDDED | i : i;
  }

  /** Embedded subnets the input does not list itself become resources once every item is indexed. */
  private closeIndex(): void {
    if (this.indexClosed) return;
    this.indexClosed = true;
    for (const [key, ordinal, tag] of this.embeddedCandidates.entries()) if (!this.index.has(key)) this.index.set(key, ordinal, tag);
    this.embeddedCandidates = new Hash64Table(16);
  }

  private emitsHere(id: string, ordinal: number, embedded: boolean): boolean {
    const entry = this.index.get(hex64(id.toLowerCase()));
    return entry !== undefined && entry.number === ordinal && (entry.tag & EMBEDDED) === (embedded ? EMBEDDED : 0);
  }

  /** The abstracted id of the input resource an id names, or of the nearest one holding it (a sub-resource's id). */
  private resolve(id: string | undefined): string | undefined {
    for (let cur = id; cur; cur = parentArmId(cur)) {
      const key = hex64(cur.toLowerCase());
      const entry = this.index.get(key);
      if (entry !== undefined) return `${this.prefixes[entry.tag & ~EMBEDDED]}-${key}`;
    }
    return undefined;
  }

  /** Subscriptions and groups: one node per name whatever its case (Azure compares them case-insensitively); the first spelling met names it. */
  private canonical(kind: string, name: string | null): string | null {
    if (name === null) return null;
    const key = `${kind}\u0000${name.toLowerCase()}`;
    if (!this.spelling.has(key)) this.spelling.set(detached(key), detached(name));
    return this.spelling.get(key)!;
  }

  /**
   * Resource nodes are created once (the index decides where); every other node (context, and the
   * nodes of identities, settings and assignments) is emitted the first time it is met. True when
   * this call emitted it.
   */
  private node(part: EmittedPart, labels: string[], properties: Properties & { id: string }, mode: 'create' | 'merge'): boolean {
    if (mode === 'merge') {
      const key = `${refLabel(labels)}\u0000${labels.includes(LABEL.Region) ? String(properties.code) : properties.id}`;
      if (this.seenNodes.has(key)) return false;
      this.seenNodes.add(detached(key));
    }
    part.nodes.push({ labels: [...labels].sort(), properties });
    return true;
  }

  /** The spelling of an id other items may name differently (a workspace, a user-assigned identity): the first one met (ARM compares ids case-insensitively). */
  private spelled(id: string): string {
    return this.canonical('node', id)!;
  }

  /**
   * An input item that is not a resource in ATG's graph (see written-as.ts): a diagnostic setting,
   * a role assignment or definition, a user-assigned identity as the node it is, or a child folded
   * into its parent. `nestedIn`: the resource the item came nested in (an export's `resources`).
   */
  private emitOther(res: ArmResource, kind: Exclude<ItemKind, 'resource'>, sink: TwoLayerSink, nestedIn: ArmResource | undefined): void {
    const { tenantId } = this;
    const owned = { tenant_id: tenantId, subscription_id: armIdParts(res.id).subscriptionId ?? res.subscriptionId, updated_at: this.updatedAt };
    if (kind === 'diagnostic-setting') {
      const id = res.id;
      const props = { id, name: res.name, type: 'Microsoft.Insights/diagnosticSettings', properties: JSON.stringify(res.properties), ...owned };
      if (!sink.node([LABEL.DiagnosticSetting], props, 'merge')) return;
      // The resource its id extends; failing that (an export whose setting names another id), the resource it is nested in, as ATG's rule takes it.
      const ownerId = extensionOwner(res.id);
      const owner = (ownerId === undefined ? undefined : this.resolve(ownerId)) ?? (nestedIn ? this.resolve(nestedIn.id) : undefined);
      if (owner) sink.relationship(REL.SENDS_DIAG_TO, ref(owner), { label: LABEL.DiagnosticSetting, key: id });
      else this.danglingReference(res.id, 'its scope', ownerId ?? res.id);
      const workspace = field(res.properties, 'workspaceId');
      if (typeof workspace === 'string' && workspace.startsWith('/')) {
        // The workspace's own (abstracted) node when it is in the input; else a LogAnalyticsWorkspace node keyed by its ARM id, as ATG's rule MERGEs it.
        const inInput = this.resolve(workspace);
        const ws = this.spelled(workspace);
        if (inInput && typeFromArmId(workspace)?.toLowerCase() === WORKSPACE_TYPE)
          sink.relationship(REL.LOGS_TO, { label: LABEL.DiagnosticSetting, key: id }, ref(inInput));
        else {
          sink.node([LABEL.LogAnalyticsWorkspace], { id: ws, name: ws.split('/').pop()!, ...owned }, 'merge');
          sink.relationship(REL.LOGS_TO, { label: LABEL.DiagnosticSetting, key: id }, { label: LABEL.LogAnalyticsWorkspace, key: ws });
        }
      }
    } else if (kind === 'role-assignment') {
      const p = res.properties;
      const id = res.id;
      const principalId = field(p, 'principalId');
      const roleDefinitionId = field(p, 'roleDefinitionId');
      const principalType = field(p, 'principalType');
      const props = {
        id,
        name: res.name,
        principal_id: typeof principalId === 'string' ? principalId : null,
        principal_type: typeof principalType === 'string' ? principalType : null,
        role_definition_id: typeof roleDefinitionId === 'string' ? roleDefinitionId : null,
        scope: typeof field(p, 'scope') === 'string' ? String(field(p, 'scope')) : (extensionOwner(res.id) ?? null),
        ...owned,
      };
      if (!sink.node([LABEL.RoleAssignment], props, 'merge')) return;
      const label = principalLabel(principalType);
      if (typeof principalId !== 'string' || !label) return;
      const principal = this.principal(label, principalId, sink);
      sink.relationship(REL.ASSIGNED_TO, { label: LABEL.RoleAssignment, key: id }, principal);
      if (typeof roleDefinitionId === 'string' && roleDefinitionId) {
        sink.node([LABEL.RoleDefinition], { id: roleDefinitionId, name: roleDefinitionId.split('/').pop()! }, 'merge');
        const key = `${REL.HAS_ROLE}\u0000${principal.key}\u0000${roleDefinitionId.toLowerCase()}`;
        if (!this.seenEitherEnd.has(key)) {
          this.seenEitherEnd.add(detached(key));
          sink.relationship(REL.HAS_ROLE, principal, { label: LABEL.RoleDefinition, key: roleDefinitionId });
        }
      }
    } else if (kind === 'role-definition') {
      sink.node(
        [LABEL.RoleDefinition],
        {
          id: res.id,
          name: res.name,
          role_name: String(field(res.properties, 'roleName') ?? ''),
          description: String(field(res.properties, 'description') ?? ''),
        },
        'merge',
      );
    } else if (kind === 'user-assigned-identity') {
      this.managedIdentity(res.id, 'UserAssigned', sink, { principal_id: String(field(res.properties, 'principalId') ?? '') || null, location: res.location });
    } else {
      this.folded.set(res.type, (this.folded.get(res.type) ?? 0) + 1);
      const owner = this.resolve(res.id);
      if (owner) this.emitReferences(res, owner, sink, true);
      else this.danglingReference(res.id, 'its parent', parentArmId(res.id) ?? res.id);
    }
  }

  /** A role assignment's principal: the node the rule's label names, keyed by its object id. */
  private principal(label: string, principalId: string, sink: TwoLayerSink): NodeRef {
    if (label === LABEL.ManagedIdentity) return this.managedIdentity(principalId, 'ServicePrincipal', sink, {});
    sink.node([label], { id: principalId, name: principalId, tenant_id: this.tenantId }, 'merge');
    return { label, key: principalId };
  }

  /** A managed identity's node (`:ManagedIdentity:Resource`), keyed by the user-assigned identity's ARM id or a system-assigned one's principal id. */
  private managedIdentity(rawId: string, identityType: string, sink: TwoLayerSink, extra: Properties): NodeRef {
    const id = rawId.startsWith('/') ? this.spelled(rawId) : rawId;
    sink.node(
      [LABEL.ManagedIdentity, LABEL.Resource],
      {
        id,
        name: id.split('/').pop()!,
        type: rawId.startsWith('/') ? 'Microsoft.ManagedIdentity/userAssignedIdentities' : 'Microsoft.ManagedIdentity/managedIdentities',
        identity_type: identityType,
        tenant_id: this.tenantId,
        subscription_id: armIdParts(id).subscriptionId,
        ...extra,
      },
      'merge',
    );
    // Referenced as a Resource: the label a node labelled both is keyed under (refLabel), so the relationship reads back as written.
    return { label: LABEL.Resource, key: id };
  }

  private danglingReference(id: string, what: string, target: string): void {
    this.dangling++;
    if (this.dangling <= 20) this.warningList.push(`${id}: ${what} names ${target}, which is not in the input; that relationship is left out`);
  }

  private emitResource(res: ArmResource, sink: TwoLayerSink): void {
    const { tenantId, updatedAt } = this;
    const parts = armIdParts(res.id);
    const subscription = this.canonical('subscription', parts.subscriptionId ?? res.subscriptionId);
    const group = subscription === null ? null : this.canonical(`group ${subscription}`, parts.resourceGroup ?? res.resourceGroup);
    const id = this.resolve(res.id)!;
    const location = res.location ? res.location.toLowerCase().replace(/\s+/g, '') : null;
    if (subscription) {
      const subId = `/subscriptions/${subscription}`;
      sink.node([LABEL.Subscription], { id: subId, name: subscription, subscription_id: subscription, tenant_id: tenantId, updated_at: updatedAt }, 'merge');
      if (group) {
        const groupId = `${subId}/resourceGroups/${group}`;
        if (!this.seenNodes.has(`${LABEL.ResourceGroup}\u0000${groupId}`))
          sink.relationship(REL.CONTAINS, { label: LABEL.Subscription, key: subId }, { label: LABEL.ResourceGroup, key: groupId });
        sink.node(
          [LABEL.ResourceGroup],
          { id: groupId, name: group, location, subscription_id: subscription, tenant_id: tenantId, updated_at: updatedAt },
          'merge',
        );
      }
    }
    emitTwoLayerResource(
      {
        armId: res.id,
        abstractedId: id,
        name: res.name,
        type: res.type,
        location,
        resourceGroup: subscription ? group : null,
        subscriptionId: subscription,
        tenantId,
        properties: JSON.stringify(res.properties),
        tags: Object.fromEntries(Object.entries(res.tags).map(([k, v]) => [k, String(v)])),
        updatedAt,
        extra: { ...(res.sku !== undefined && res.sku !== null ? { sku: JSON.stringify(res.sku) } : {}), ...(res.kind ? { kind: res.kind } : {}) },
      },
      sink,
    );
    const parent = this.resolve(parentArmId(res.id));
    if (parent && parent !== id) sink.relationship(REL.CONTAINS, ref(parent), ref(id));
    this.emitReferences(res, id, sink, false);
    for (const identity of identitiesOf(res)) {
      const node = this.managedIdentity(identity.id, identity.type, sink, identity.type === 'SystemAssigned' ? { resource_id: res.id } : {});
      sink.relationship(REL.USES_IDENTITY, ref(id), node);
    }
  }

  /**
   * Every reference the rules find in `res`, as relationships of `from` (the resource itself, or
   * the parent a folded child belongs to; a folded child's deployment order, `dependsOn`, is not a
   * relationship of its parent).
   */
  private emitReferences(res: ArmResource, from0: string, sink: TwoLayerSink, folded: boolean): void {
    // One relationship per (type, target) from this resource, however many of its paths name the target.
    const made = new Set<string>();
    // A resource that has folded children shares its relationships with theirs: each is written once.
    const shared = folded || (this.foldOwners.size > 0 && this.foldOwners.has(hex64(res.id.toLowerCase())));
    for (const found of referencesOf(res)) {
      if (folded && found.path === 'dependsOn[]') continue;
      const target = this.resolve(found.target);
      if (!target) {
        this.danglingReference(res.id, found.path, found.target);
        continue;
      }
      if (target === from0) continue;
      const [from, to] = found.reverse ? [target, from0] : [from0, target];
      const key = `${found.relationship}\u0000${from}\u0000${to}`;
      if (made.has(key)) continue;
      made.add(key);
      // A private endpoint names the resource it serves, and that resource lists its endpoint connections: one relationship, whichever end is met first.
      if (FROM_EITHER_END.has(found.relationship)) {
        if (this.seenEitherEnd.has(key)) continue;
        this.seenEitherEnd.add(detached(key));
      }
      if (shared) {
        if (this.foldedEdges.has(key)) continue;
        this.foldedEdges.add(detached(key));
      }
      sink.relationship(found.relationship, ref(from), ref(to));
    }
  }
}

/** The managed identities a resource's `identity` block names: its system-assigned principal, its user-assigned identities' ARM ids. */
function identitiesOf(res: ArmResource): { id: string; type: 'SystemAssigned' | 'UserAssigned' }[] {
  const identity = res.identity;
  if (!identity || typeof identity !== 'object') return [];
  const found: { id: string; type: 'SystemAssigned' | 'UserAssigned' }[] = [];
  const type = String(field(identity, 'type') ?? '').toLowerCase();
  const principalId = field(identity, 'principalId');
  if (type.includes('systemassigned') && typeof principalId === 'string' && principalId) found.push({ id: principalId, type: 'SystemAssigned' });
  const assigned = field(identity, 'userAssignedIdentities');
  if (assigned && typeof assigned === 'object' && !Array.isArray(assigned))
    for (const key of Object.keys(assigned)) if (key.startsWith('/')) found.push({ id: key, type: 'UserAssigned' });
  return found;
}

/** The whole tenant of a list of resources in memory (ARM templates; tests): both passes over the list, one item per resource. */
export function emitTenant(input: readonly ArmResource[], tenantId: string, updatedAt: string): EmittedTenant {
  const emitter = new TenantEmitter(tenantId, updatedAt);
  for (const res of input) emitter.indexItem([res]);
  const nodes: StoredNode[] = [];
  const relationships: SliceRelationship[] = [];
  for (const res of input) {
    const part = emitter.emitItem([res]);
    nodes.push(...part.nodes);
    relationships.push(...part.relationships);
  }
  if (input.length === 0) nodes.push(...emitter.emitItem([]).nodes);
  return { slice: { tenantId, nodes, relationships }, resources: emitter.resources, warnings: emitter.warnings };
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
    return [
      {
        id,
        name: typeof record.name === 'string' ? record.name : id.split('/').pop()!,
        type: childType(res.type, collection),
        location: res.location,
        resourceGroup: res.resourceGroup,
        subscriptionId: res.subscriptionId,
        properties: record.properties && typeof record.properties === 'object' ? (record.properties as Record<string, unknown>) : {},
        tags: {},
      },
    ];
  });
}
