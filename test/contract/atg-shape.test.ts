import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SHARED_LABELS } from '../../src/domain/atg-schema.js';
import {
  CHILD_RESOURCE_TYPES,
  GENERATED_DNS_ZONE,
  NODE_KINDS,
  RESOURCE_EDGES_BEYOND_ATG,
  RESOURCE_EDGES_TO_SHARED,
  type NodeKind,
} from '../../src/domain/atg-catalog/written-as.js';
import { importAzureFile } from '../../src/transfer/import-azure.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';

/**
 * The shape each kind of node is written in — its labels, and its relationships by type, direction
 * and the other end's label — by the importers (the hub-spoke template with every optional part on,
 * every PSRule file) and by the tenant generator, compared with what ATG's relationship rules write
 * (rysweet/azure-tenant-grapher, cited per row below) and with the catalog (written-as.ts) where
 * our model differs on purpose. Each listing is printed as the test's diagnostics.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const TEMPLATE = join(FIXTURES, 'mspnp-azure-hub-spoke', 'azuredeploy.json');
const PSRULE = join(FIXTURES, 'psrule-azure-resources');
const write = { batchSize: 500, concurrency: 2 };

/**
 * What ATG's rules write between two resources, read from its rule definitions (lower-case ARM
 * types; ATG names a subnet `Microsoft.Network/subnets`, ARM and we `…/virtualNetworks/subnets`).
 */
const ATG_RESOURCE_EDGES: readonly { from: string; type: string; to: string; rule: string }[] = [
  { from: 'microsoft.network/virtualnetworks', type: 'CONTAINS', to: 'microsoft.network/virtualnetworks/subnets', rule: 'subnet_extraction_rule.py@185df70' },
  { from: 'microsoft.compute/virtualmachines', type: 'USES', to: 'microsoft.network/networkinterfaces', rule: 'network_rule_optimized.py@601e26b' },
  {
    from: 'microsoft.network/virtualnetworks/subnets',
    type: 'SECURED_BY',
    to: 'microsoft.network/networksecuritygroups',
    rule: 'network_rule_optimized.py@601e26b',
  },
  {
    from: 'microsoft.network/networkinterfaces',
    type: 'CONNECTED_TO',
    to: 'microsoft.network/virtualnetworks/subnets',
    rule: 'nic_relationship_rule.py@601e26b',
  },
  { from: 'microsoft.network/networkinterfaces', type: 'SECURED_BY', to: 'microsoft.network/networksecuritygroups', rule: 'nic_relationship_rule.py@601e26b' },
  { from: '*', type: 'LOGS_TO', to: 'microsoft.operationalinsights/workspaces', rule: 'monitoring_rule.py@93c43eb' },
  { from: '*', type: 'DEPENDS_ON', to: '*', rule: 'depends_on_rule.py@dfca3bb (template dependsOn)' },
];

/** Kinds ATG's rules write as nodes of their own, never as resources. */
const NEVER_RESOURCES: readonly [string, string][] = [
  ['microsoft.insights/diagnosticsettings', 'DiagnosticSetting (diagnostic_rule.py@93c43eb)'],
  ['microsoft.authorization/roleassignments', 'RoleAssignment (identity_rule.py@93c43eb)'],
  ['microsoft.managedidentity/userassignedidentities', 'ManagedIdentity:Resource (identity_rule.py@93c43eb)'],
];

const matches = (pattern: string, type: string) => pattern === '*' || pattern === type;

/** The kind a node is compared as: its shared label (an identity is one even when also a :Resource), else its ARM type. */
function kindOf(labels: readonly string[], type: unknown): string | undefined {
  if (labels.includes('Original')) return undefined;
  const shared = SHARED_LABELS.find((l) => labels.includes(l));
  if (shared) return shared;
  return labels.includes('Resource') ? String(type) : undefined;
}

/** The label the other end is named by in a shape. */
function labelOf(labels: readonly string[]): string {
  if (labels.includes('Original')) return 'Original';
  return SHARED_LABELS.find((l) => labels.includes(l)) ?? (labels.includes('Resource') ? 'Resource' : labels.join(':'));
}

interface Shape {
  labels: Set<string>;
  edges: Set<string>;
  /** Resource-to-resource edges with both ends' ARM types: `from|TYPE|to`. */
  pairs: Set<string>;
  count: number;
}

const LISTED = [
  'Resource',
  'DiagnosticSetting',
  'LogAnalyticsWorkspace',
  'RoleAssignment',
  'User',
  'ServicePrincipal',
  'IdentityGroup',
  'ManagedIdentity',
  'DNSZone',
  'KeyVaultSecret',
];

/** Every node kind of the tenant with its labels and relationships, read back from the store. */
async function shapesOf(store: GraphStore, tenantId: string): Promise<Map<string, Shape>> {
  const shapes = new Map<string, Shape>();
  const typeOfKey = new Map<string, string>();
  const counted = new Set<string>();
  for (const label of LISTED) {
    const keys = (await store.listTenantNodes(tenantId, label)).map((n) => n.key);
    for (let i = 0; i < keys.length; i += 500) {
      const page = keys.slice(i, i + 500);
      const nodes = await store.readNodes(label, page);
      const kinds = new Map<string, string>();
      for (const n of nodes) {
        const kind = kindOf(n.labels, n.properties.type);
        if (!kind) continue;
        const key = String(n.properties.id);
        kinds.set(key, kind);
        if (!SHARED_LABELS.some((l) => n.labels.includes(l))) typeOfKey.set(key, String(n.properties.type).toLowerCase());
        let s = shapes.get(kind);
        if (!s) shapes.set(kind, (s = { labels: new Set(), edges: new Set(), pairs: new Set(), count: 0 }));
        if (!counted.has(`${kind}\u0000${key}`)) s.count++;
        counted.add(`${kind}\u0000${key}`);
        s.labels.add(n.labels.join(':'));
      }
      for (const direction of ['out', 'in'] as const) {
        for (const r of await store.readNodeRelationships(label, [...kinds.keys()], direction)) {
          const kind = kinds.get(r.key);
          if (!kind) continue;
          const shape = shapes.get(kind)!;
          shape.edges.add(`${direction} ${r.type} ${labelOf(r.other.labels)}`);
          if (direction === 'out' && labelOf(r.other.labels) === 'Resource') shape.pairs.add(`${r.key}|${r.type}|${r.other.key}`);
        }
      }
    }
  }
  // Pairs by ARM type, now that every resource's type is known.
  for (const shape of shapes.values())
    shape.pairs = new Set(
      [...shape.pairs].map((p) => p.split('|')).map(([from, type, to]) => `${typeOfKey.get(from!) ?? '?'}|${type}|${typeOfKey.get(to!) ?? '?'}`),
    );
  return shapes;
}

const SHAPE_OF_LABEL: Record<string, NodeKind> = {
  DiagnosticSetting: NODE_KINDS.diagnosticSetting,
  LogAnalyticsWorkspace: NODE_KINDS.logAnalyticsWorkspace,
  RoleAssignment: NODE_KINDS.roleAssignment,
  User: NODE_KINDS.principal,
  ServicePrincipal: { ...NODE_KINDS.principal, labels: ['ServicePrincipal'] },
  IdentityGroup: { ...NODE_KINDS.principal, labels: ['IdentityGroup'] },
  ManagedIdentity: NODE_KINDS.managedIdentity,
  DNSZone: GENERATED_DNS_ZONE,
  KeyVaultSecret: NODE_KINDS.keyVaultSecret,
};

const RESOURCE_REL_TYPES = ['CONTAINS', 'USES', 'CONNECTED_TO', 'SECURED_BY', 'CONNECTED_TO_PE', 'DEPENDS_ON', 'LOGS_TO'];
/** What a plain resource may have: the relationships to shared nodes ATG's rules write, its Original twin, and resource-to-resource relationships (judged pair by pair). */
const RESOURCE_EDGES = new Set([
  ...RESOURCE_EDGES_TO_SHARED.map((e) => `${e.direction} ${e.type} ${e.other}`),
  'out SCAN_SOURCE_NODE Original',
  ...RESOURCE_REL_TYPES.flatMap((t) => [`out ${t} Resource`, `in ${t} Resource`]),
]);

/** Differences from the catalog and from ATG's rules, one line each (empty when the shape is as ATG writes it, or as the catalog says on purpose). */
function differences(shapes: Map<string, Shape>): string[] {
  const found: string[] = [];
  for (const [kind, shape] of shapes) {
    const declared = SHAPE_OF_LABEL[kind];
    if (declared) {
      const labels = [...declared.labels].sort().join(':');
      for (const l of shape.labels) if (l !== labels) found.push(`${kind}: labels ${l}, ATG writes ${labels}`);
      const allowed = new Set(declared.edges.map((e) => `${e.direction} ${e.type} ${e.other}`));
      for (const e of shape.edges) if (!allowed.has(e)) found.push(`${kind}: ${e} is not written by ATG's rules`);
    } else if (!SHARED_LABELS.includes(kind)) {
      const never = NEVER_RESOURCES.find(([type]) => type === kind.toLowerCase());
      if (never) found.push(`${kind}: written as a resource, ATG writes it as ${never[1]}`);
      for (const l of shape.labels) if (l !== 'Resource') found.push(`${kind}: labels ${l}, ATG writes Resource`);
      for (const e of shape.edges) if (!RESOURCE_EDGES.has(e)) found.push(`${kind}: ${e} is not written by ATG's rules`);
      for (const p of shape.pairs) {
        const [from, type, to] = p.split('|') as [string, string, string];
        // A parent holds a child ATG records as a resource (its subnet extraction does it for subnets; the importers for every such child).
        const child = type === 'CONTAINS' && CHILD_RESOURCE_TYPES.has(to) && to.startsWith(`${from}/`);
        const atg = child || ATG_RESOURCE_EDGES.some((e) => e.type === type && matches(e.from, from) && matches(e.to, to));
        const deliberate = RESOURCE_EDGES_BEYOND_ATG.some((e) => e.type === type && matches(e.from, from) && matches(e.to, to));
        if (!atg && !deliberate) found.push(`${from} -${type}-> ${to}: neither ATG's rules nor the catalog's deliberate list`);
      }
    }
  }
  return found;
}

function listing(shapes: Map<string, Shape>): string {
  return [...shapes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, s]) => `${kind} ×${s.count} [${[...s.labels].join(', ')}]: ${[...s.edges].sort().join(', ')}`)
    .join('\n');
}

for (const kind of storeKinds()) {
  describe(`imported and generated tenants are written in ATG's shape, on ${kind}`, () => {
    let dir: string;
    const stores: OpenedStore[] = [];
    let generated: Map<string, Shape>;
    const imported = new Map<string, Map<string, Shape>>();
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-shape-'));
      const store = await freshStore(kind);
      stores.push(store);
      await loadGeneratedTenant(store.store, { tenantId: 'generated', resources: 1200, seed: 7, ...write });
      generated = await shapesOf(store.store, 'generated');
    });
    after(async () => {
      for (const s of stores) await s.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    const inputs: [string, () => Parameters<typeof importAzureFile>[1]][] = [
      [
        'the hub-spoke template, every optional part on',
        () => {
          const parameters = join(dir, 'parameters.json');
          writeFileSync(
            parameters,
            JSON.stringify({
              parameters: { deployVpnGateway: { value: true }, deployVirtualMachines: { value: true }, adminPassword: { value: 'not-a-real-one' } },
            }),
          );
          return {
            file: TEMPLATE,
            format: 'arm',
            tenantId: 'hub',
            deployment: { subscriptionId: '11111111-2222-3333-4444-555555555555', resourceGroup: 'rg-hub', location: 'westeurope', parametersFile: parameters },
            ...write,
          };
        },
      ],
      ...readdirSync(PSRULE)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f, i): [string, () => Parameters<typeof importAzureFile>[1]] => [
          f,
          () => ({ file: join(PSRULE, f), format: 'azure-export', tenantId: `psrule-${i}`, ...write }),
        ]),
    ];

    for (const [name, options] of inputs) {
      test(`${name}: every node kind as ATG's rules write it, or as the catalog says on purpose`, async (t) => {
        // The PSRule files share their subscription: each goes into a store of its own.
        const store = await freshStore(kind);
        stores.push(store);
        const opts = options();
        await importAzureFile(store.store, opts);
        const shapes = await shapesOf(store.store, opts.tenantId);
        imported.set(name, shapes);
        t.diagnostic(`${name}\n${listing(shapes)}`);
        assert.ok(shapes.size > 0, 'the import wrote nodes');
        assert.deepEqual(differences(shapes), []);
      });
    }

    test("the generator: every node kind as ATG's rules write it, or as the catalog says on purpose", (t) => {
      t.diagnostic(`generated\n${listing(generated)}`);
      assert.deepEqual(differences(generated), []);
    });

    test('a node kind both write has the same labels and the same relationships to the same kinds of node', () => {
      const hub = imported.get('the hub-spoke template, every optional part on');
      assert.ok(hub, 'the hub-spoke import ran');
      // Kinds the imports write beside resources, and the generator too: identical shapes.
      const compared: string[] = [];
      for (const kind of ['DiagnosticSetting']) {
        const fromImport = hub.get(kind);
        const fromGenerator = generated.get(kind);
        assert.ok(fromImport && fromGenerator, `${kind}: written by both`);
        assert.deepEqual([...fromImport.labels], [...fromGenerator.labels], `${kind}: labels`);
        assert.deepEqual([...fromImport.edges].sort(), [...fromGenerator.edges].sort(), `${kind}: relationships`);
        compared.push(kind);
      }
      const identities = [...imported.values()].map((s) => s.get('ManagedIdentity')).find((s) => s !== undefined);
      assert.ok(identities, 'an import wrote a managed identity');
      assert.deepEqual([...identities.labels], [...generated.get('ManagedIdentity')!.labels]);
      for (const e of identities.edges) assert.ok(generated.get('ManagedIdentity')!.edges.has(e), `ManagedIdentity: ${e} is one the generator writes too`);
      // Resource types both write: the same labels, and relationships to shared nodes of the kinds the catalog lists.
      let shared = 0;
      for (const shapes of imported.values())
        for (const [type, s] of shapes) {
          const g = generated.get(type);
          if (!g || SHARED_LABELS.includes(type)) continue;
          shared++;
          assert.deepEqual([...s.labels], [...g.labels], `${type}: labels`);
        }
      assert.ok(shared >= 10, `resource types both write: ${shared}`);
      assert.deepEqual(compared, ['DiagnosticSetting']);
    });
  });
}
