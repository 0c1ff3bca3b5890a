import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importAzureFile } from '../../src/transfer/import-azure.js';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { canonicalHash, nodeCount } from '../helpers/canonical-hash.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
import { assertChecksPassed, IMPORT_CHECKS } from '../helpers/validation-checks.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const PSRULE = fileURLToPath(new URL('../../../fixtures/psrule-azure-resources/', import.meta.url));
const FILES = readdirSync(PSRULE)
  .filter((f) => f.endsWith('.json'))
  .sort();
const NOW = new Date('2026-01-01T00:00:00.000Z');
const write = { batchSize: 200, concurrency: 2 };

type Json = Record<string, unknown>;

/**
 * What the files themselves say, computed here without the catalog under test: resources (nested
 * children and a VNet's embedded subnets included, duplicates once), and relationships per type —
 * the references found by scanning every string under a resource for the key chains below, each
 * resolved to a resource of the file (or the nearest one holding it).
 */
const REFERENCES: [RegExp, RegExp, string, boolean?][] = [
  [/networkinterfaces$/, /^properties\.ipconfigurations\[\]\.properties\.subnet\.id$/, 'CONNECTED_TO'],
  [/(azurefirewalls|virtualnetworkgateways|bastionhosts|applicationgateways)$/, /^properties\.ipconfigurations\[\]\.properties\.subnet\.id$/, 'CONNECTED_TO'],
  [/loadbalancers$/, /^properties\.frontendipconfigurations\[\]\.properties\.subnet\.id$/, 'CONNECTED_TO'],
  [/privateendpoints$/, /^properties\.subnet\.id$/, 'CONNECTED_TO'],
  [/managedclusters$/, /^properties\.agentpoolprofiles\[\]\.vnetsubnetid$/, 'CONNECTED_TO'],
  [/managedclusters\/agentpools$/, /^properties\.vnetsubnetid$/, 'CONNECTED_TO'],
  [/virtualnetworks$/, /^properties\.virtualnetworkpeerings\[\]\.properties\.remotevirtualnetwork\.id$/, 'CONNECTED_TO'],
  [/virtualmachines$/, /^properties\.networkprofile\.networkinterfaces\[\]\.id$/, 'USES'],
  [
    /(networkinterfaces|azurefirewalls|virtualnetworkgateways|bastionhosts|applicationgateways)$/,
    /^properties\.ipconfigurations\[\]\.properties\.publicipaddress\.id$/,
    'USES',
  ],
  [/loadbalancers$/, /^properties\.frontendipconfigurations\[\]\.properties\.publicipaddress\.id$/, 'USES'],
  [/(subnets|networkinterfaces)$/, /^properties\.networksecuritygroup\.id$/, 'SECURED_BY'],
  [/subnets$/, /^properties\.routetable\.id$/, 'DEPENDS_ON'],
  [/virtualmachines$/, /^properties\.storageprofile\.(osdisk|datadisks\[\])\.manageddisk\.id$/, 'DEPENDS_ON'],
  [/virtualmachines$/, /^properties\.availabilityset\.id$/, 'DEPENDS_ON'],
  [/networkinterfaces$/, /^properties\.ipconfigurations\[\]\.properties\.loadbalancerbackendaddresspools\[\]\.id$/, 'DEPENDS_ON'],
  [/azurefirewalls$/, /^properties\.firewallpolicy\.id$/, 'DEPENDS_ON'],
  [/firewallpolicies$/, /^properties\.basepolicy\.id$/, 'DEPENDS_ON'],
  [/web\/sites(\/slots)?$/, /^properties\.serverfarmid$/, 'DEPENDS_ON'],
  [/./, /^properties\.workspaceid$/, 'LOGS_TO'],
  [/./, /^properties\.diagnosticsettings\[\]\.properties\.workspaceid$/, 'LOGS_TO'],
  [/managedclusters$/, /^properties\.addonprofiles\.omsagent\.config\.loganalyticsworkspaceresourceid$/, 'LOGS_TO'],
  [/./, /^properties\.privateendpointconnections\[\]\.properties\.privateendpoint\.id$/, 'CONNECTED_TO_PE'],
  [/privateendpoints$/, /^properties\.privatelinkserviceconnections\[\]\.properties\.privatelinkserviceid$/, 'CONNECTED_TO_PE', true],
];

interface Expected {
  readonly resources: number;
  readonly relationships: Map<string, number>;
}

/**
 * Child types ATG's scan records as resources (its discovery's Phase 1.6 lists and the tracked
 * children resources.list() returns), restated here: any other child, and any extension resource
 * but a diagnostic setting, is folded into its parent (its references are the parent's).
 */
const CHILD_RESOURCES =
  /^microsoft\.(network\/virtualnetworks\/subnets|compute\/virtualmachines\/extensions|network\/privatednszones\/virtualnetworklinks|automation\/automationaccounts\/runbooks|sql\/servers\/databases|dbforpostgresql\/(servers|flexibleservers)\/configurations|sql\/servers\/elasticpools|sql\/managedinstances\/databases|web\/sites\/slots|synapse\/workspaces\/(sqlpools|bigdatapools)|network\/networkwatchers\/flowlogs)$/;

function expectedFromFile(path: string): Expected {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as Json[];
  type Item = { type: string; json: Json; location: string; tags: number; sub: string; rg: string };
  const resources = new Map<string, Item>();
  const folded = new Map<string, Item>();
  const settings = new Map<string, Item & { nestedIn?: string }>();
  const get = (o: Json, ...keys: string[]) => keys.map((k) => o[k]).find((v) => v !== undefined && v !== null && v !== '');
  const typeOf = (id: string) => {
    const parts = id.split('/');
    const p = parts.map((x) => x.toLowerCase()).lastIndexOf('providers');
    return [parts[p + 1], ...parts.slice(p + 2).filter((_, i) => i % 2 === 0)].join('/');
  };
  const visit = (row: Json, parentId?: string, parentLocation?: string, parentType?: string) => {
    const name = String(get(row, 'Name', 'ResourceName', 'name'));
    const given = get(row, 'ResourceId', 'Id', 'id') as string | undefined;
    // Export-AzRuleData: an extension's own type is ExtensionResourceType; a child whose ResourceType and Type disagree is the one under its parent's type.
    const own = [row.ResourceType, row.Type, row.type].find(
      (t) => typeof t === 'string' && parentType !== undefined && t.toLowerCase().startsWith(`${parentType.toLowerCase()}/`),
    );
    const type = String(get(row, 'ExtensionResourceType') ?? own ?? get(row, 'ResourceType', 'Type', 'type') ?? typeOf(given!));
    const id = given ?? `${parentId}/${type.split('/').pop()}/${name.split('/').pop()}`;
    const location = String(get(row, 'Location', 'location') ?? parentLocation ?? '');
    const tags = Object.keys((get(row, 'Tags', 'tags') as Json | undefined) ?? {}).length;
    const [, , sub, , rg] = id.split('/');
    const t = type.toLowerCase().trim();
    const item = {
      type,
      json: { properties: get(row, 'Properties', 'properties') ?? {}, identity: get(row, 'Identity', 'identity') },
      location,
      tags,
      sub: sub!,
      rg: rg!,
    };
    const extension = id.toLowerCase().split('/providers/').length > 2;
    const into =
      t === 'microsoft.insights/diagnosticsettings' ? settings : extension || (t.split('/').length > 2 && !CHILD_RESOURCES.test(t)) ? folded : resources;
    if (!into.has(id.toLowerCase())) into.set(id.toLowerCase(), { ...item, ...(parentId ? { nestedIn: parentId } : {}) });
    const props = (get(row, 'Properties', 'properties') ?? {}) as Json;
    if (type.toLowerCase() === 'microsoft.network/virtualnetworks') {
      for (const s of (props.subnets as Json[] | undefined) ?? []) {
        if (typeof s.id === 'string' && !resources.has(s.id.toLowerCase()))
          resources.set(s.id.toLowerCase(), { type: `${type}/subnets`, json: { properties: s.properties ?? {} }, location, tags: 0, sub: sub!, rg: rg! });
      }
    }
    for (const child of (get(row, 'Resources', 'resources') as Json[] | undefined) ?? []) visit(child, id, location, type);
  };
  for (const row of rows) visit(row);
  const resolve = (id: string): string | undefined => {
    for (let cur = id.toLowerCase(); cur.split('/').length > 2; cur = cur.split('/').slice(0, -2).join('/')) if (resources.has(cur)) return cur;
    return undefined;
  };
  const relationships = new Map<string, Set<string>>();
  const add = (type: string, key: string) => {
    if (!relationships.has(type)) relationships.set(type, new Set());
    relationships.get(type)!.add(key);
  };
  const groups = new Set<string>();
  const references = (from: string, r: Item) => {
    const scan = (value: unknown, chain: string) => {
      if (typeof value === 'string') {
        for (const [type, path, rel, reverse] of REFERENCES) {
          if (!type.test(r.type.toLowerCase()) || !path.test(chain)) continue;
          const target = resolve(value);
          if (target && target !== from) add(rel, reverse ? `${target}>${from}` : `${from}>${target}`);
        }
      } else if (Array.isArray(value)) for (const v of value) scan(v, `${chain}[]`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) scan(v, chain ? `${chain}.${k.toLowerCase()}` : k.toLowerCase());
    };
    scan(r.json, '');
  };
  for (const [id, r] of resources) {
    add('SCAN_SOURCE_NODE', id);
    add('CONTAINS', `group>${id}`);
    groups.add(`${r.sub}/${r.rg}`.toLowerCase());
    if (r.location) add('LOCATED_IN', id);
    for (let i = 0; i < r.tags; i++) add('TAGGED_WITH', `${id}#${i}`);
    const parent = resolve(id.split('/').slice(0, -2).join('/'));
    // A resource whose id goes deeper than …/providers/Namespace/type/name (a child) is held by the one its id starts with.
    if (
      parent &&
      id
        .split('/')
        .map((x) => x.toLowerCase())
        .indexOf('providers') <
        id.split('/').length - 4 &&
      parent !== id
    )
      add('CONTAINS', `${parent}>${id}`);
    references(id, r);
    // Managed identities are nodes of their own: a system-assigned one by its principal id, a user-assigned one by its ARM id.
    const identity = (r.json.identity ?? {}) as Json;
    const principal = get(identity, 'PrincipalId', 'principalId');
    if (
      String(get(identity, 'Type', 'type') ?? '')
        .toLowerCase()
        .includes('systemassigned') &&
      typeof principal === 'string'
    )
      add('USES_IDENTITY', `${id}>${principal}`);
    for (const key of Object.keys((get(identity, 'UserAssignedIdentities', 'userAssignedIdentities') as Json | undefined) ?? {}))
      add('USES_IDENTITY', `${id}>${key.toLowerCase()}`);
  }
  for (const [id, r] of folded) {
    const parent = resolve(id);
    if (parent) references(parent, r);
  }
  for (const [id, r] of settings) {
    // The resource its id extends, else the one it is nested in (ATG's diagnostic rule links an export's nested setting from its holder).
    const owner = resolve(id.slice(0, id.lastIndexOf('/providers/'))) ?? (r.nestedIn ? resolve(r.nestedIn) : undefined);
    if (owner) add('SENDS_DIAG_TO', `${owner}>${id}`);
    const workspace = get(r.json.properties as Json, 'workspaceId', 'WorkspaceId');
    if (typeof workspace === 'string') add('LOGS_TO', `${id}>${workspace.toLowerCase()}`);
  }
  for (const g of groups) add('CONTAINS', `sub>${g}`);
  return { resources: resources.size, relationships: new Map([...relationships].map(([k, v]) => [k, v.size])) };
}

async function relationshipsByType(store: GraphStore): Promise<Map<string, number>> {
  return new Map((await store.graphCensus()).relationshipsByType.map((c) => [c.key, c.count]));
}

for (const kind of storeKinds()) {
  describe(`import --format azure-export of every PSRule file, on ${kind}`, () => {
    let opened: OpenedStore;
    before(async () => {
      opened = await freshStore(kind);
    });
    after(async () => opened.dispose());

    for (const [i, file] of FILES.entries()) {
      test(`${file}: every resource on both layers, the relationships its references imply`, async () => {
        const tenantId = `psrule-${i}`;
        const expected = expectedFromFile(join(PSRULE, file));
        const r = await importAzureFile(opened.store, { file: join(PSRULE, file), format: 'azure-export', tenantId, now: NOW, ...write });
        try {
          assertChecksPassed(r.validation, IMPORT_CHECKS, file);
          assert.equal(r.resources, expected.resources);
          assert.deepEqual(
            Object.fromEntries([...(await relationshipsByType(opened.store))].sort()),
            Object.fromEntries([...expected.relationships].sort()),
            file,
          );
        } finally {
          // The files share their subscription: each is removed again before the next (the undo of an import).
          await cleanupOperations(opened.store, { operationId: r.operationId, yes: true, batchSize: 200 });
        }
        assert.equal(await nodeCount(opened.store), 0, 'the undo removes it all, shared nodes included');
      });
    }
  });
}

describe('import --format resource-graph: the same resources as an export give the same tenant; bad input is refused', () => {
  let dir: string;
  const stores: OpenedStore[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenant-scale-import-'));
  });
  after(async () => {
    for (const s of stores) await s.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('az graph query output, bare and as {data: […]}, imports to the hash of the export of the same resources', async () => {
    const source = join(PSRULE, 'Resources.VirtualNetwork.json');
    const rows = (JSON.parse(readFileSync(source, 'utf8')) as Json[]).map((r) => ({
      id: r.ResourceId ?? r.Id,
      name: r.Name,
      type: r.ResourceType ?? r.Type,
      location: r.Location,
      resourceGroup: r.ResourceGroupName,
      subscriptionId: r.SubscriptionId,
      tenantId: 'ignored',
      properties: r.Properties,
      tags: r.Tags ?? null,
      sku: r.Sku ?? null,
      kind: r.Kind ?? null,
      identity: r.Identity ?? null,
    }));
    const bare = join(dir, 'bare.json');
    const wrapped = join(dir, 'wrapped.json');
    writeFileSync(bare, JSON.stringify(rows));
    writeFileSync(wrapped, JSON.stringify({ count: rows.length, data: rows, skip_token: null, total_records: rows.length }));
    const hashes: string[] = [];
    for (const [file, format] of [
      [source, 'azure-export'],
      [bare, 'resource-graph'],
      [wrapped, 'resource-graph'],
    ] as const) {
      const s = await freshStore('sqlite');
      stores.push(s);
      const r = await importAzureFile(s.store, { file, format, tenantId: 'rg-tenant', now: NOW, ...write });
      assertChecksPassed(r.validation, IMPORT_CHECKS, file);
      hashes.push(await canonicalHash(s.store, 'rg-tenant'));
    }
    assert.equal(new Set(hashes).size, 1, 'one tenant, whichever file it came from');
  });

  test('malformed files: exit 2, the file, the JSON path and the reason; nothing written', async () => {
    const target = await freshStore('sqlite');
    stores.push(target);
    const text = readFileSync(join(PSRULE, 'Resources.PublicIP.json'), 'utf8');
    const cases: [string, string, RegExp][] = [
      ['truncated.json', text.slice(0, text.length - 40), /truncated\.json: \$(\[\d+\])?: not valid JSON/],
      ['object.json', JSON.stringify({ value: [] }), /object\.json: \$: expected an array/],
      ['no-id.json', JSON.stringify([{ Name: 'x', ResourceType: 'Microsoft.Network/publicIPAddresses' }]), /no-id\.json: \$\[0\]\.ResourceId: missing/],
      [
        'bad-type.json',
        JSON.stringify([{ ResourceId: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/publicIPAddresses/p', Name: 'p', ResourceType: 42 }]),
        /bad-type\.json: \$\[0\]\.ResourceType: expected a string/,
      ],
      [
        'child.json',
        JSON.stringify([{ ResourceId: '/subscriptions/s/resourceGroups/g/providers/A.B/c/d', Name: 'd', ResourceType: 'A.B/c', resources: [{ Name: 'e' }] }]),
        /child\.json: \$\[0\]\.resources\[0\]\.ResourceType: missing/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, content);
      const r = spawnSync(process.execPath, [MAIN, '--db', target.dbArg, '--tenant-id', 't', 'import', '--format', 'azure-export', '--file', file], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: testHome() },
      });
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, message, name);
      assert.match(r.stderr, /fix: /, name);
    }
    const noTenant = spawnSync(process.execPath, [MAIN, '--db', target.dbArg, 'import', '--format', 'resource-graph', '--file', join(dir, 'bare.json')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: testHome() },
    });
    assert.equal(noTenant.status, 2);
    assert.match(noTenant.stderr, /needs a tenant/);
    assert.equal(await nodeCount(target.store), 0, 'nothing written');
    // Another tenant's subscription: refused before anything is written.
    await importAzureFile(target.store, { file: join(PSRULE, 'Resources.PublicIP.json'), format: 'azure-export', tenantId: 'first', ...write });
    const before = await canonicalHash(target.store);
    const clash = spawnSync(
      process.execPath,
      [MAIN, '--db', target.dbArg, '--tenant-id', 'second', 'import', '--format', 'azure-export', '--file', join(PSRULE, 'Resources.Storage.json')],
      { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome() } },
    );
    assert.equal(clash.status, 2, clash.stderr);
    assert.match(clash.stderr, /already holds Subscription \/subscriptions\/0{8}-0{4}-0{4}-0{4}-0{12} \(tenant first\)/);
    assert.equal(await canonicalHash(target.store), before);
  });
});
