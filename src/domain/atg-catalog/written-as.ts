import { LABEL, REL, RESOURCE_REL_TYPES } from '../atg-schema.js';

/**
 * How ATG's scan writes each kind of Azure item it meets: as a resource (two layers), as a node of
 * its own beside the resources (a diagnostic setting, a role assignment, an identity), or not at
 * all. The importers write what this says, the tenant generator writes the same labels and
 * relationships, and a test compares both with ATG's rule definitions cited here — so the three
 * cannot drift apart.
 *
 * The rules quoted are those of rysweet/azure-tenant-grapher (`src/relationship_rules/`, the
 * discovery service `src/services/azure_discovery_service.py`). Where ATG's rules and its scan
 * disagree, this follows the rule (what the scan means to write), and where our model differs from
 * ATG on purpose the entry says why.
 *
 * Two differences hold for every kind:
 * - Relationships start at the abstracted node. ATG's rules write edges to shared nodes from the
 *   Original node (`create_dual_graph_generic_rel` also means to write them from the abstracted
 *   one, but looks for SCAN_SOURCE_NODE in the wrong direction and never finds it), and
 *   resource-to-resource edges on both layers. Scale operations read and write the abstracted
 *   layer only; the Original layer stays the scan's mirror (SCAN_SOURCE_NODE and its group's CONTAINS).
 * - Every node is written once. ATG MERGEs helper nodes on their own label, so one ARM id can be
 *   two nodes (`:RoleAssignment` beside the assignment's `:Resource`, `:ManagedIdentity:Resource`
 *   beside the identity's scanned `:Resource`, `:User` from CREATED_BY beside `:User:Resource` from
 *   a role assignment); here each is one node, with the label the rule gives it.
 */

/** A relationship as a kind's shape states it: its type, its direction seen from the kind's node, and the label at the other end. */
export interface EdgeShape {
  readonly type: string;
  readonly direction: 'out' | 'in';
  readonly other: string;
}

/** Where one of ATG's rule definitions says how a kind is written: file and commit in rysweet/azure-tenant-grapher. */
export type AtgSource = string;

export interface NodeKind {
  /** The node's labels, sorted. */
  readonly labels: readonly string[];
  /** The relationships a node of this kind can have (each present when the data names its other end). */
  readonly edges: readonly EdgeShape[];
  readonly atg: readonly AtgSource[];
  /** Where we write it differently from ATG, on purpose, and why. */
  readonly deliberate?: string;
}

const out = (type: string, other: string): EdgeShape => ({ type, direction: 'out', other });
const inbound = (type: string, other: string): EdgeShape => ({ type, direction: 'in', other });

/** Lower-case ARM types of extension and child items ATG writes as nodes of their own, not as resources. */
export const DIAGNOSTIC_SETTING_TYPE = 'microsoft.insights/diagnosticsettings';
export const ROLE_ASSIGNMENT_TYPE = 'microsoft.authorization/roleassignments';
export const ROLE_DEFINITION_TYPE = 'microsoft.authorization/roledefinitions';
export const USER_ASSIGNED_IDENTITY_TYPE = 'microsoft.managedidentity/userassignedidentities';

/**
 * Child types ATG records as resources: those its discovery lists one by one (Phase 1.6: subnets,
 * VM extensions, private DNS zone links, runbooks, SQL databases, PostgreSQL configurations) and
 * tracked children that `resources.list()` returns itself. Every other child (a peering, a SQL
 * firewall rule, a policy's rule collection group, a blob container) and every extension resource
 * but the kinds below is not a node in ATG's graph: ATG sees it, if at all, inside its parent's
 * `properties` — so the importers fold it into its parent: its references become the parent's
 * relationships (a peering's remote network is its VNet's CONNECTED_TO), and the import's warnings
 * count what was folded, by type.
 */
export const CHILD_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'microsoft.network/virtualnetworks/subnets',
  'microsoft.compute/virtualmachines/extensions',
  'microsoft.network/privatednszones/virtualnetworklinks',
  'microsoft.automation/automationaccounts/runbooks',
  'microsoft.sql/servers/databases',
  'microsoft.dbforpostgresql/servers/configurations',
  'microsoft.dbforpostgresql/flexibleservers/configurations',
  // Tracked children (they have a location; resources.list() returns them).
  'microsoft.sql/servers/elasticpools',
  'microsoft.sql/managedinstances/databases',
  'microsoft.web/sites/slots',
  'microsoft.synapse/workspaces/sqlpools',
  'microsoft.synapse/workspaces/bigdatapools',
  'microsoft.network/networkwatchers/flowlogs',
]);

/** What an input item becomes. */
export type ItemKind = 'resource' | 'diagnostic-setting' | 'role-assignment' | 'role-definition' | 'user-assigned-identity' | 'folded';

/** How ATG writes the item with this ARM id and type. */
export function itemKind(id: string, type: string): ItemKind {
  const t = type.toLowerCase();
  if (t === DIAGNOSTIC_SETTING_TYPE) return 'diagnostic-setting';
  if (t === ROLE_ASSIGNMENT_TYPE) return 'role-assignment';
  if (t === ROLE_DEFINITION_TYPE) return 'role-definition';
  if (t === USER_ASSIGNED_IDENTITY_TYPE) return 'user-assigned-identity';
  if (isExtensionId(id)) return 'folded';
  if (t.split('/').length > 2 && !CHILD_RESOURCE_TYPES.has(t)) return 'folded';
  return 'resource';
}

/** An extension resource's id holds a second `/providers/` (`…/vaults/kv/providers/Microsoft.Insights/diagnosticSettings/d`). */
export function isExtensionId(id: string): boolean {
  return id.toLowerCase().split('/providers/').length > 2;
}

/** The id an extension resource is attached to (everything before its last `/providers/`); undefined for a plain resource. */
export function extensionOwner(id: string): string | undefined {
  const at = id.toLowerCase().lastIndexOf('/providers/');
  if (at <= 0 || !isExtensionId(id)) return undefined;
  return id.slice(0, at);
}

/** The labels a role assignment's principal can have. */
const PRINCIPAL_LABELS: readonly string[] = [LABEL.User, LABEL.ServicePrincipal, LABEL.IdentityGroup, LABEL.ManagedIdentity];

/** The label ATG's identity rule gives a role assignment's principal, by its `principalType` (PRINCIPAL_TYPE_TO_LABEL). */
export function principalLabel(principalType: unknown): string | undefined {
  switch (String(principalType ?? '').toLowerCase()) {
    case 'user':
      return LABEL.User;
    case 'serviceprincipal':
      return LABEL.ServicePrincipal;
    case 'group':
      return LABEL.IdentityGroup;
    case 'managedidentity':
      return LABEL.ManagedIdentity;
    default:
      return undefined;
  }
}

const IDENTITY_RULE = 'src/relationship_rules/identity_rule.py@93c43eb';
const DIAGNOSTIC_RULE = 'src/relationship_rules/diagnostic_rule.py@93c43eb';

/**
 * The shapes of the nodes that are not plain resources, as ATG's rules write them (and the
 * importers and the generator with them). A plain resource's shape is `RESOURCE_EDGES`.
 */
export const NODE_KINDS = {
  diagnosticSetting: {
    labels: [LABEL.DiagnosticSetting],
    edges: [inbound(REL.SENDS_DIAG_TO, LABEL.Resource), out(REL.LOGS_TO, LABEL.Resource), out(REL.LOGS_TO, LABEL.LogAnalyticsWorkspace)],
    atg: [DIAGNOSTIC_RULE],
    deliberate:
      "keyed by its own ARM id as ATG does. Its LOGS_TO goes to the workspace's abstracted resource node when the workspace is in the tenant: ATG's rule MERGEs a LogAnalyticsWorkspace node with the workspace's ARM id, a second node beside the workspace's Original one, which a store holding one node per id cannot have. The generator writes two subscription-level settings per subscription that many resources send to (a scan has one per resource): the same labels and relationships, with fewer nodes",
  },
  logAnalyticsWorkspace: {
    labels: [LABEL.LogAnalyticsWorkspace],
    edges: [inbound(REL.LOGS_TO, LABEL.DiagnosticSetting)],
    atg: [DIAGNOSTIC_RULE],
    deliberate:
      "only for a workspace outside the tenant's resources (another subscription's), keyed by its ARM id as ATG MERGEs it; it carries tenant_id so the tenant's removal removes it",
  },
  roleAssignment: {
    labels: [LABEL.RoleAssignment],
    edges: PRINCIPAL_LABELS.map((l) => out(REL.ASSIGNED_TO, l)),
    atg: [IDENTITY_RULE, 'src/services/azure_discovery_service.py (Phase 1.5)'],
    deliberate:
      "only this node: ATG's scan also writes each assignment as a two-layer resource (and its rule's ASSIGNED_TO starts there); an assignment is an authorization record, not a deployed resource, and as a resource it would be counted, sampled and replicated — replicating one grants the access twice",
  },
  roleDefinition: {
    labels: [LABEL.RoleDefinition],
    edges: PRINCIPAL_LABELS.map((l) => inbound(REL.HAS_ROLE, l)),
    atg: [IDENTITY_RULE],
  },
  principal: {
    labels: [LABEL.User],
    edges: [inbound(REL.ASSIGNED_TO, LABEL.RoleAssignment), out(REL.HAS_ROLE, LABEL.RoleDefinition), inbound(REL.CREATED_BY, LABEL.Resource)],
    atg: [IDENTITY_RULE, 'src/relationship_rules/creator_rule.py@16c0724'],
    deliberate:
      "users, service principals and groups without ATG's extra :Resource label: its creator rule writes :User and its identity rule :User:Resource, two nodes for one person; one node keeps CREATED_BY and the role assignments on the same principal",
  },
  managedIdentity: {
    labels: [LABEL.ManagedIdentity, LABEL.Resource],
    edges: [inbound(REL.USES_IDENTITY, LABEL.Resource), inbound(REL.ASSIGNED_TO, LABEL.RoleAssignment), out(REL.HAS_ROLE, LABEL.RoleDefinition)],
    atg: [IDENTITY_RULE],
    deliberate:
      "a user-assigned identity listed in the input is this node (keyed by its ARM id), not also a two-layer resource beside it as in ATG; a resource with both kinds of identity links both (ATG's rule links the user-assigned ones only when the type is exactly 'UserAssigned')",
  },
  keyVaultSecret: {
    labels: [LABEL.KeyVaultSecret],
    edges: [inbound(REL.STORES_SECRET, LABEL.Resource)],
    atg: ['src/relationship_rules/secret_rule.py@93c43eb'],
    deliberate:
      "keyed by the secret's ARM id (`<vault>/secrets/<name>`): ATG keys it by name alone, so two vaults' secrets of one name become one node (and its keyVaultId is overwritten). Only the generator writes secrets: ATG's scan lists none (its discovery fills no `secrets`), and neither do the files we import",
  },
} as const satisfies Record<string, NodeKind>;

/**
 * Private DNS zones in generated tenants. ATG writes a DNSZone node for public zones
 * (network_rule_optimized.py@601e26b) and nothing from a private endpoint to its zone; the importers
 * write a zone as ATG does (a private zone is a plain resource). The generator writes each
 * subscription's privatelink zones as shared DNSZone nodes that its private endpoints DEPENDS_ON: a
 * difference kept on purpose for now — making them resources changes every generated tenant (and
 * the bench's), which is a step of its own.
 */
export const GENERATED_DNS_ZONE: NodeKind = {
  labels: [LABEL.DNSZone],
  edges: [inbound(REL.DEPENDS_ON, LABEL.Resource)],
  atg: ['src/relationship_rules/network_rule_optimized.py@601e26b'],
  deliberate: 'see GENERATED_DNS_ZONE',
};

/** Relationships a plain (abstracted) resource can have to nodes that are not resources, with the rule that writes each. */
export const RESOURCE_EDGES_TO_SHARED: readonly (EdgeShape & { readonly atg: AtgSource })[] = [
  { ...out(REL.LOCATED_IN, LABEL.Region), atg: 'src/relationship_rules/region_rule.py@f999922' },
  { ...out(REL.TAGGED_WITH, LABEL.Tag), atg: 'src/relationship_rules/tag_rule.py@dfca3bb' },
  { ...out(REL.CREATED_BY, LABEL.User), atg: 'src/relationship_rules/creator_rule.py@16c0724' },
  { ...out(REL.USES_IDENTITY, LABEL.ManagedIdentity), atg: IDENTITY_RULE },
  { ...out(REL.SENDS_DIAG_TO, LABEL.DiagnosticSetting), atg: DIAGNOSTIC_RULE },
  { ...out(REL.STORES_SECRET, LABEL.KeyVaultSecret), atg: 'src/relationship_rules/secret_rule.py@93c43eb' },
  // A private endpoint of a generated tenant and its zone (GENERATED_DNS_ZONE).
  { ...out(REL.DEPENDS_ON, LABEL.DNSZone), atg: 'none: see GENERATED_DNS_ZONE' },
  // A workspace the tenant's diagnostic settings send to (see diagnosticSetting above).
  { ...inbound(REL.LOGS_TO, LABEL.DiagnosticSetting), atg: DIAGNOSTIC_RULE },
];

/**
 * Relationships between resources that ATG's rules do not write and the importers do, from
 * references a scanned resource's `properties` hold (reference-rules.ts): kept on purpose, because
 * without them a firewall, a gateway or a load balancer would float free of the network it sits in,
 * and samplers, validation and security paths read topology from relationships, not from property
 * strings. `from`/`to` are lower-case ARM types; `*` is any.
 */
export const RESOURCE_EDGES_BEYOND_ATG: readonly { readonly from: string; readonly type: string; readonly to: string; readonly why: string }[] = [
  { from: 'microsoft.network/virtualnetworks', type: REL.CONNECTED_TO, to: 'microsoft.network/virtualnetworks', why: 'a peering (ATG records none)' },
  {
    from: '*',
    type: REL.CONNECTED_TO,
    to: 'microsoft.network/virtualnetworks/subnets',
    why: 'an IP configuration or a node pool in a subnet (ATG: NICs only)',
  },
  { from: '*', type: REL.USES, to: 'microsoft.network/publicipaddresses', why: 'a public IP in use' },
  {
    from: '*',
    type: REL.DEPENDS_ON,
    to: '*',
    why: 'what a resource is built on (route table, disk, policy, plan, pool, DDoS plan); ATG writes DEPENDS_ON from template dependsOn only',
  },
  {
    from: '*',
    type: REL.CONNECTED_TO_PE,
    to: 'microsoft.network/privateendpoints',
    why: "the resource an endpoint serves -> the endpoint, in the direction of ATG's (resource)-[:CONNECTED_TO_PE]->(:PrivateEndpoint) and to the endpoint's resource node rather than a second PrivateEndpoint node (ATG also writes endpoint -> resource)",
  },
];

/**
 * The label a node is known by in a shape: `Resource` for any resource (also a
 * `:ManagedIdentity:Resource`), a Region as Region, any other node by its own (single) label —
 * the label a relationship's end is keyed under in every store walk.
 */
export function shapeLabel(labels: readonly string[]): string {
  if (labels.includes(LABEL.Resource)) return LABEL.Resource;
  return labels[0] ?? LABEL.Resource;
}

/** A relationship as the shape check counts it: `(from)-[:TYPE]->(to)` by the shape labels of its ends. */
export const shapeKey = (from: string, type: string, to: string): string => `(${from})-[:${type}]->(${to})`;

/**
 * Every kind of relationship the abstracted layer of a tenant may hold, by the shape labels of its
 * ends, as this catalog says each kind of item is written: the subscription's CONTAINS of its
 * groups, relationships between resources, a resource's relationships to shared nodes, and the
 * relationships of the kinds in NODE_KINDS (and the generator's DNS zones). `scale-validate` reads
 * this to tell a tenant written in ATG's shape from one that is not.
 */
export const ABSTRACTED_LAYER_SHAPES: ReadonlySet<string> = (() => {
  const shapes = new Set<string>([shapeKey(LABEL.Subscription, REL.CONTAINS, LABEL.ResourceGroup)]);
  for (const type of RESOURCE_REL_TYPES) shapes.add(shapeKey(LABEL.Resource, type, LABEL.Resource));
  const add = (self: string, e: EdgeShape) => {
    const other = shapeLabel([e.other]);
    shapes.add(e.direction === 'out' ? shapeKey(self, e.type, other) : shapeKey(other, e.type, self));
  };
  for (const e of RESOURCE_EDGES_TO_SHARED) add(LABEL.Resource, e);
  for (const kind of [...Object.values(NODE_KINDS), GENERATED_DNS_ZONE] as NodeKind[]) for (const e of kind.edges) add(shapeLabel(kind.labels), e);
  return shapes;
})();

/** Whether a resource of this ARM type belongs in the resource layer (a user-assigned identity is its `:ManagedIdentity:Resource` node). */
export function isResourceLayerType(type: string): boolean {
  const kind = itemKind('', type);
  return kind === 'resource' || kind === 'user-assigned-identity';
}
