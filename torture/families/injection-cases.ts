import { createHash } from 'node:crypto';
import { TENANT_A, TENANT_B } from '../harness/seed-tenant.js';
import type { HostileString } from './hostile-strings.js';

/** The tenant the hostile import files carry (not in the base store). */
export const TENANT_C = 'cccccccc-7000-4000-8000-00000000000c';

/** What the files a case may use are, by placeholder. */
export interface InjectionPaths {
  readonly db: string;
  readonly dir: string;
  readonly backup: string;
  /** Tenant C exported as json (with its Original layer), for --as-tenant. */
  readonly exportOfC: string;
}

/**
 * How a case may end:
 *   refuse  exit 2 with a fix, nothing written;
 *   read    exit 0 or a clean exit 2, nothing written;
 *   output  like read, but on exit 0 exactly one new file (the output the flag named);
 *   write   exit 0 writing one recorded operation (the intended data: checked, then undone), or a clean exit 2.
 */
export type Outcome = 'refuse' | 'read' | 'output' | 'write';

export interface InjectionCase {
  readonly command: string;
  /** The table's fault column: the flag or file field the hostile string travels in. */
  readonly fault: string;
  readonly outcome: Outcome;
  /** The string travels in a file the case writes (so NUL can go too). */
  readonly viaFile?: boolean;
  /** The tenant a write goes to (its data is exported back and compared). */
  readonly writesTenant?: (h: string) => string;
  /** Writes files the case needs into the case directory and returns the arguments. */
  args(h: HostileString, paths: InjectionPaths, write: (name: string, text: string) => string): string[];
}

const on = (p: InjectionPaths, tenant = TENANT_A) => ['--db', p.db, '--tenant-id', tenant, '--json'];

/** A scenario with the hostile string in its description, a resource name and a property. */
function scenarioYaml(h: string): string {
  const q = JSON.stringify(h); // a JSON string is a YAML double-quoted scalar
  return [
    'name: hostile',
    `description: ${q}`,
    'groups:',
    '  - name: g',
    '    resources:',
    `      - { role: vnet, type: Microsoft.Network/virtualNetworks, name: ${JSON.stringify(h.slice(0, 80))}, properties: { note: ${q} } }`,
    '      - { role: s, type: Microsoft.Network/virtualNetworks/subnets }',
    'links:',
    '  - { from: g.vnet, type: CONTAINS, to: g.s }',
    '',
  ].join('\n');
}

/** `az graph query` rows of a new tenant's subscription whose name, tags and properties are hostile. */
function resourceGraphRows(h: string): string {
  const sub = '33333333-0000-4000-8000-000000000003';
  const base = `/subscriptions/${sub}/resourceGroups/rg-h/providers`;
  return JSON.stringify([
    {
      id: `${base}/Microsoft.Network/virtualNetworks/vnet-h`,
      name: h,
      type: 'Microsoft.Network/virtualNetworks',
      location: 'eastus',
      tags: { [h.slice(0, 200)]: h },
      properties: { note: h, addressSpace: { addressPrefixes: ['10.0.0.0/16'] } },
    },
    {
      id: `${base}/Microsoft.Storage/storageAccounts/sth`,
      name: 'sth',
      type: 'Microsoft.Storage/storageAccounts',
      location: 'eastus',
      tags: { owner: h },
      properties: {},
    },
  ]);
}

/** Every flag and file field that reaches a query, with how the command may end. */
export const INJECTION_CASES: readonly InjectionCase[] = [
  { command: 'scale-stats', fault: '--tenant-id', outcome: 'refuse', args: (h, p) => [...on(p, h.value), 'scale-stats'] },
  { command: 'scale-up template', fault: '--tenant-id', outcome: 'refuse', args: (h, p) => [...on(p, h.value), 'scale-up', 'template', '--scale-factor', '2'] },
  { command: 'scale-cleanup', fault: '--tenant-id --all', outcome: 'read', args: (h, p) => [...on(p, h.value), 'scale-cleanup', '--all', '--yes'] },
  { command: 'export', fault: '--tenant-id', outcome: 'refuse', args: (h, p) => [...on(p, h.value), 'export', '--output', `${p.dir}/o.json`] },
  { command: 'restore', fault: '--tenant-id', outcome: 'refuse', args: (h, p) => [...on(p, h.value), 'restore', '--file', p.backup] },
  { command: 'scale-cleanup', fault: '--operation-id', outcome: 'refuse', args: (h, p) => [...on(p), 'scale-cleanup', '--operation-id', h.value, '--yes'] },
  { command: 'scale-validate', fault: '--operation-id', outcome: 'refuse', args: (h, p) => [...on(p), 'scale-validate', '--operation-id', h.value] },
  {
    command: 'export',
    fault: '--operation-id',
    outcome: 'refuse',
    args: (h, p) => [...on(p), 'export', '--output', `${p.dir}/o.json`, '--operation-id', h.value],
  },
  {
    command: 'scale-up template',
    fault: '--resource-types',
    outcome: 'refuse',
    args: (h, p) => [...on(p), 'scale-up', 'template', '--scale-factor', '2', '--resource-types', h.value],
  },
  {
    command: 'scale-down pattern',
    fault: '--resource-types',
    outcome: 'refuse',
    args: (h, p) => [...on(p), 'scale-down', 'pattern', '--pattern', 'resource-type', '--resource-types', h.value, '--dry-run'],
  },
  {
    command: 'scale-down pattern',
    fault: '--tags',
    outcome: 'read',
    // As key and as value, in two flags: one argument of 200 kB is more than a process may be given.
    args: (h, p) => [...on(p), 'scale-down', 'pattern', '--pattern', 'network', '--tags', `${h.value}=v`, '--tags', `k=${h.value}`, '--dry-run'],
  },
  {
    command: 'scale-up random',
    fault: '--subscription-id',
    outcome: 'refuse',
    args: (h, p) => [...on(p), 'scale-up', 'random', '--target-count', '5', '--subscription-id', h.value],
  },
  { command: 'scale-up scenario', fault: '--scenario', outcome: 'refuse', args: (h, p) => [...on(p), 'scale-up', 'scenario', '--scenario', h.value] },
  { command: 'restore', fault: 'backup path', outcome: 'refuse', args: (h, p) => [...on(p, TENANT_B), 'restore', '--file', `${p.dir}/${h.value}`] },
  { command: 'export', fault: 'output path', outcome: 'output', args: (h, p) => [...on(p), 'export', '--output', `${p.dir}/${h.value}`] },
  {
    command: 'import',
    fault: '--as-tenant',
    outcome: 'write',
    writesTenant: (h) => h,
    args: (h, p) => ['--db', p.db, '--json', 'import', '--file', p.exportOfC, '--as-tenant', h.value],
  },
  {
    command: 'scale-down algorithm',
    fault: '--new-tenant-id',
    outcome: 'write',
    writesTenant: (h) => h,
    args: (h, p) => [...on(p, TENANT_B), 'scale-down', 'algorithm', '--target-size', '0.5', '--output-mode', 'new-tenant', '--new-tenant-id', h.value],
  },
  {
    command: 'scale-up scenario',
    fault: 'scenario file fields',
    outcome: 'write',
    viaFile: true,
    args: (h, p, write) => [...on(p), 'scale-up', 'scenario', '--scenario-file', write('s.yaml', scenarioYaml(h.value))],
  },
  {
    command: 'scale-up random',
    fault: 'distribution file types',
    outcome: 'refuse',
    viaFile: true,
    args: (h, p, write) => [
      ...on(p),
      'scale-up',
      'random',
      '--target-count',
      '5',
      '--type-distribution',
      write('d.json', JSON.stringify({ [h.value]: 1, 'Microsoft.Compute/virtualMachines': 1 })),
    ],
  },
  {
    command: 'import',
    fault: 'resource-graph fields',
    outcome: 'write',
    viaFile: true,
    writesTenant: () => 'dddddddd-7000-4000-8000-00000000000d',
    args: (h, p, write) => [
      '--db',
      p.db,
      '--tenant-id',
      'dddddddd-7000-4000-8000-00000000000d',
      '--json',
      'import',
      '--format',
      'resource-graph',
      '--file',
      write('r.json', resourceGraphRows(h.value)),
    ],
  },
];

/** The hostile json import files: tenant C's export with the string in values, keys, ids, labels and types. */
export const FILE_FAULTS = ['json values, keys and ids', 'json labels and relationship types'] as const;
export type FileFault = (typeof FILE_FAULTS)[number];

interface GraphFile {
  header: Record<string, unknown>;
  nodes: { labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; src: { label: string; key: string }; dst: { label: string; key: string } }[];
}

export function parseGraphFile(text: string): GraphFile {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const { nodes, relationships, sha256: _digest, ...header } = doc;
  return { header, nodes: nodes as GraphFile['nodes'], relationships: relationships as GraphFile['relationships'] };
}

/** The file as `export` lays it out: one item per line, the digest of everything between the header line and itself last. */
export function graphFileText(g: GraphFile): string {
  const header = { ...g.header, counts: { nodes: g.nodes.length, relationships: g.relationships.length } };
  const lines = (items: unknown[]) => items.map((i) => JSON.stringify(i)).join(',\n');
  const body = `"nodes": [\n${lines(g.nodes)}\n],\n"relationships": [\n${lines(g.relationships)}\n],\n`;
  return `${JSON.stringify(header).slice(0, -1)},\n${body}"sha256": "${createHash('sha256').update(body).digest('hex')}"}\n`;
}

/** Tenant C's export with `h` planted where the fault says. */
export function hostileGraphFile(exportOfC: string, h: string, fault: FileFault): string {
  const g = parseGraphFile(exportOfC);
  const own = g.nodes.filter((n) => n.properties.tenant_id === TENANT_C && n.labels.includes('Resource') && !n.labels.includes('Original'));
  if (fault === 'json values, keys and ids') {
    for (const n of own) {
      n.properties.llm_description = h;
      n.properties.tags = JSON.stringify({ [h.slice(0, 200)]: h });
      if (h.length <= 200) n.properties[h] = 'a property named by the hostile string';
    }
    // One resource's id gains the string, everywhere it is referenced.
    const victim = own[0]!;
    const oldId = victim.properties.id as string;
    const newId = `${oldId}${h}`;
    for (const n of g.nodes) for (const [k, v] of Object.entries(n.properties)) if (v === oldId) n.properties[k] = newId;
    for (const r of g.relationships) {
      if (r.src.key === oldId) r.src.key = newId;
      if (r.dst.key === oldId) r.dst.key = newId;
    }
  } else {
    own[0]!.labels = [...own[0]!.labels, h];
    const rel = g.relationships.find((r) => own.some((n) => n.properties.id === r.src.key))!;
    rel.type = h;
  }
  return graphFileText(g);
}
