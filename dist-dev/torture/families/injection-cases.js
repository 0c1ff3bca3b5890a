import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, sep } from 'node:path';
import { TENANT_A, TENANT_B } from '../harness/seed-tenant.js';
import { bytes, FILE, listItems, literal, printed, quoted, refused, WRITTEN } from './expected-outcome.js';
/** The tenant the hostile import files carry (not in the base store). */
export const TENANT_C = 'cccccccc-7000-4000-8000-00000000000c';
// ---- the rules the expectations state ----------------------------------------------------------
/** A new tenant's id is indexed: ids longer than this are refused before anything is written. */
const MAX_TENANT_ID_BYTES = 1024;
/** Values the stores index (ids, ends, type, tenant) are refused above this many bytes. */
const MAX_INDEXED_BYTES = 4096;
/** ATG ids are far shorter: an id that gains a string is over the limit exactly when the string is. */
const LONGEST_ATG_ID_BYTES = 512;
/** Azure's limit on a tag value, in characters. */
const MAX_TAG_VALUE = 256;
/** File systems: a path of this many bytes, or a name of more than 255, cannot be opened. */
const PATH_MAX = 4096;
/** export's longest output file name (255 bytes less its side file's suffix). */
const MAX_OUTPUT_NAME_BYTES = 255 - '.partial-4194304'.length;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const unknownTenant = (h) => refused('unknown tenant', `unknown tenant ${printed(h)}: no Tenant node and no resource carries that tenant_id`);
const unknownOperation = (h) => refused('unknown operation', `no operation ${printed(h)} in tenant ${literal(TENANT_A)}\n`);
/** A new tenant's id: written unless too long to index. */
const newTenantId = (flag) => (h) => bytes(h) > MAX_TENANT_ID_BYTES
    ? refused(`tenant id over ${MAX_TENANT_ID_BYTES} bytes`, `the tenant id ${printed(h.slice(0, 40))}… is ${bytes(h)} bytes long, above ${MAX_TENANT_ID_BYTES}\n {2}fix: .*${literal(flag)}`)
    : WRITTEN;
/** Where a relative path from a case's directory (one below the temporary folder) lands, when it climbs out of it. */
function outsideCaseDir(h) {
    const dir = resolve(tmpdir(), 'tenant-scale-injection-case');
    const at = resolve(dir, h);
    return at.startsWith(`${dir}${sep}`) ? undefined : at;
}
const tooLongToOpen = (h) => bytes(h) >= PATH_MAX || h.split('/').some((part) => bytes(part) > 255);
/** A backup path in the case's directory: no such file, unless it climbs to a file that is no backup. */
function backupPath(h) {
    if (tooLongToOpen(h))
        return refused('path too long to open', `cannot read \\S*/${printed(h)}: ENAMETOOLONG: name too long`);
    const landing = outsideCaseDir(h);
    if (landing && existsSync(landing))
        return refused(`not a graph file (climbs to ${landing})`, `${printed(h)} is not a usable tenant-scale graph file: not valid JSON`);
    return refused('no such file', `no file \\S*/${printed(h)}\n {2}fix: pass the path of an existing file`);
}
/** An export path in the case's directory: written exactly there, unless it names a folder, too long a name, a file that exists or a folder that does not. */
function outputPath(h) {
    const output = `\\S*/${printed(h)}`;
    if (h.endsWith('/'))
        return refused('names a folder', `output file ${output} ends in a separator: it names a folder\n {2}fix: pass a file path to --output`);
    const name = h.slice(h.lastIndexOf('/') + 1);
    if (bytes(name) > MAX_OUTPUT_NAME_BYTES)
        return refused('file name too long', `output file name ${printed(name.slice(0, 40))}… is too long \\(${bytes(name)} bytes\\)\n {2}fix: pass a shorter file name to --output`);
    const landing = outsideCaseDir(h);
    if (landing && existsSync(landing))
        return statSync(landing).isDirectory()
            ? refused(`names a folder (climbs to ${landing})`, `output file ${output} is a directory\n {2}fix: pass a file path to --output`)
            : refused(`file exists (climbs to ${landing})`, `output file ${output} already exists\n {2}fix: pass --force to replace it, or choose another --output`);
    if (h.includes('/'))
        return refused('no such folder', `cannot write ${output}: its folder [\\s\\S]*? does not exist or is not writable\n {2}fix: choose a writable --output`);
    return FILE;
}
/** Two --tags flags, the string as a key and as a value: a pair without a key is refused, else no resource carries them. */
function tagsOf(h) {
    const pairs = [...listItems(`${h}=v`), ...listItems(`k=${h}`)];
    const bad = pairs.find((p) => p.indexOf('=') <= 0);
    if (bad !== undefined)
        return refused('a pair not key=value', `--tags ${printed(bad)} is not key=value\n {2}fix: pass --tags`);
    const tags = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
    return refused('no resource carries the tags', `pattern network matches no resource of the tenant with tags ${printed([...tags].map(([k, v]) => `${k}=${v}`).join(','))}\n`);
}
/** Tenant C's file with the string in values, keys and an id: NUL cannot name a property, and an id over the index limit is refused. */
function jsonValues(h) {
    const file = 'i\\.json is not a usable tenant-scale graph file: nodes\\[\\d+\\]';
    if (h.length <= 200 && (h === '' || h.includes('\u0000')))
        return refused('property name empty or with NUL', `${file} has a property named ${quoted(h)}: a property name cannot be empty or hold NUL`);
    if (bytes(h) > MAX_INDEXED_BYTES)
        return refused(`id over ${MAX_INDEXED_BYTES} bytes`, `${file} has id "[^"]*…" of \\d+ bytes, above ${MAX_INDEXED_BYTES} \\(the stores index it\\)`);
    if (bytes(h) > MAX_INDEXED_BYTES - LONGEST_ATG_ID_BYTES)
        throw new Error(`${bytes(h)} bytes: whether the id passes ${MAX_INDEXED_BYTES} depends on the id`);
    return WRITTEN;
}
/** Tenant C's file with the string as a label and a relationship type: only a plain name may be one. */
const jsonLabels = (h) => PLAIN_NAME.test(h)
    ? WRITTEN
    : refused('label not a plain name', `i\\.json is not a usable tenant-scale graph file: nodes\\[\\d+\\] has the label ${quoted(h)}, not a plain name \\(letters, digits, _\\)`);
/** `az graph query` rows: the string as a name, a tag key and value, a property; Azure's tag limits hold. */
function resourceGraph(h) {
    if (h.length <= MAX_TAG_VALUE)
        return WRITTEN;
    const key = h.slice(0, 200);
    return refused(`tag value over ${MAX_TAG_VALUE} characters`, `r\\.json: \\$\\[0\\]\\.tags\\.${printed(key.slice(0, 40))}${key.length > 40 ? '…' : ''}: tag longer than Azure allows \\(name ${key.length} of 512 characters, value ${h.length} of ${MAX_TAG_VALUE}\\)`);
}
const on = (p, tenant = TENANT_A) => ['--db', p.db, '--tenant-id', tenant, '--json'];
/** A scenario with the hostile string in its description, a resource name and a property. */
function scenarioYaml(h) {
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
function resourceGraphRows(h) {
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
export const INJECTION_CASES = [
    { command: 'scale-stats', fault: '--tenant-id', expect: unknownTenant, args: (h, p) => [...on(p, h.value), 'scale-stats'] },
    {
        command: 'scale-up template',
        fault: '--tenant-id',
        expect: unknownTenant,
        args: (h, p) => [...on(p, h.value), 'scale-up', 'template', '--scale-factor', '2'],
    },
    { command: 'scale-cleanup', fault: '--tenant-id --all', expect: unknownTenant, args: (h, p) => [...on(p, h.value), 'scale-cleanup', '--all', '--yes'] },
    {
        command: 'export',
        fault: '--tenant-id',
        expect: (h) => refused('unknown tenant', `no tenant ${printed(h)} in \\S+\n {2}fix: tenants there`),
        args: (h, p) => [...on(p, h.value), 'export', '--output', `${p.dir}/o.json`],
    },
    {
        command: 'restore',
        fault: '--tenant-id',
        expect: (h) => refused('the backup is of another tenant', `is a backup of tenant ${literal(TENANT_B)}, not ${printed(h)}\n {2}fix: pass that tenant's backup, or --tenant-id ${literal(TENANT_B)}`),
        args: (h, p) => [...on(p, h.value), 'restore', '--file', p.backup],
    },
    {
        command: 'scale-cleanup',
        fault: '--operation-id',
        expect: unknownOperation,
        args: (h, p) => [...on(p), 'scale-cleanup', '--operation-id', h.value, '--yes'],
    },
    { command: 'scale-validate', fault: '--operation-id', expect: unknownOperation, args: (h, p) => [...on(p), 'scale-validate', '--operation-id', h.value] },
    {
        command: 'export',
        fault: '--operation-id',
        expect: unknownOperation,
        args: (h, p) => [...on(p), 'export', '--output', `${p.dir}/o.json`, '--operation-id', h.value],
    },
    {
        command: 'scale-up template',
        fault: '--resource-types',
        expect: (h) => refused('unknown resource type', `unknown resource type ${printed(listItems(h).join(', '))} in tenant ${literal(TENANT_A)}\n`),
        args: (h, p) => [...on(p), 'scale-up', 'template', '--scale-factor', '2', '--resource-types', h.value],
    },
    {
        command: 'scale-down pattern',
        fault: '--resource-types',
        expect: (h) => refused('no resource of those types', `pattern resource-type matches no resource of the tenant with --resource-types ${printed(listItems(h).join(','))}\n`),
        args: (h, p) => [...on(p), 'scale-down', 'pattern', '--pattern', 'resource-type', '--resource-types', h.value, '--dry-run'],
    },
    {
        command: 'scale-down pattern',
        fault: '--tags',
        expect: tagsOf,
        // As key and as value, in two flags: one argument of 200 kB is more than a process may be given.
        args: (h, p) => [...on(p), 'scale-down', 'pattern', '--pattern', 'network', '--tags', `${h.value}=v`, '--tags', `k=${h.value}`, '--dry-run'],
    },
    {
        command: 'scale-up random',
        fault: '--subscription-id',
        expect: (h) => refused('unknown subscription', `no subscription ${printed(h)} in the store\n`),
        args: (h, p) => [...on(p), 'scale-up', 'random', '--target-count', '5', '--subscription-id', h.value],
    },
    {
        command: 'scale-up scenario',
        fault: '--scenario',
        expect: (h) => refused('unknown scenario', `unknown scenario "${printed(h)}"\n`),
        args: (h, p) => [...on(p), 'scale-up', 'scenario', '--scenario', h.value],
    },
    { command: 'restore', fault: 'backup path', expect: backupPath, args: (h, p) => [...on(p, TENANT_B), 'restore', '--file', `${p.dir}/${h.value}`] },
    { command: 'export', fault: 'output path', expect: outputPath, args: (h, p) => [...on(p), 'export', '--output', `${p.dir}/${h.value}`] },
    {
        command: 'import',
        fault: '--as-tenant',
        expect: newTenantId('--as-tenant'),
        writesTenant: (h) => h,
        args: (h, p) => ['--db', p.db, '--json', 'import', '--file', p.exportOfC, '--as-tenant', h.value],
    },
    {
        command: 'scale-down algorithm',
        fault: '--new-tenant-id',
        expect: newTenantId('--new-tenant-id'),
        writesTenant: (h) => h,
        args: (h, p) => [...on(p, TENANT_B), 'scale-down', 'algorithm', '--target-size', '0.5', '--output-mode', 'new-tenant', '--new-tenant-id', h.value],
    },
    {
        command: 'scale-up scenario',
        fault: 'scenario file fields',
        // Names, notes and descriptions have no limit: every string is written.
        expect: () => WRITTEN,
        viaFile: true,
        args: (h, p, write) => [...on(p), 'scale-up', 'scenario', '--scenario-file', write('s.yaml', scenarioYaml(h.value))],
    },
    {
        command: 'scale-up random',
        fault: 'distribution file types',
        expect: (h) => refused('not a type random scale-up can connect', `type distribution \\S*/d\\.json is invalid at ${printed(h)}: not a type random scale-up can connect\n`),
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
        expect: resourceGraph,
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
export const FILE_FAULTS = ['json values, keys and ids', 'json labels and relationship types'];
/** How an import of each hostile file must end. */
export const FILE_FAULT_EXPECTS = {
    'json values, keys and ids': jsonValues,
    'json labels and relationship types': jsonLabels,
};
export function parseGraphFile(text) {
    const doc = JSON.parse(text);
    const { nodes, relationships, sha256: _digest, ...header } = doc;
    return { header, nodes: nodes, relationships: relationships };
}
/** The file as `export` lays it out: one item per line, the digest of everything between the header line and itself last. */
export function graphFileText(g) {
    const header = { ...g.header, counts: { nodes: g.nodes.length, relationships: g.relationships.length } };
    const lines = (items) => items.map((i) => JSON.stringify(i)).join(',\n');
    const body = `"nodes": [\n${lines(g.nodes)}\n],\n"relationships": [\n${lines(g.relationships)}\n],\n`;
    return `${JSON.stringify(header).slice(0, -1)},\n${body}"sha256": "${createHash('sha256').update(body).digest('hex')}"}\n`;
}
/** Tenant C's export with `h` planted where the fault says. */
export function hostileGraphFile(exportOfC, h, fault) {
    const g = parseGraphFile(exportOfC);
    const own = g.nodes.filter((n) => n.properties.tenant_id === TENANT_C && n.labels.includes('Resource') && !n.labels.includes('Original'));
    if (fault === 'json values, keys and ids') {
        for (const n of own) {
            n.properties.llm_description = h;
            n.properties.tags = JSON.stringify({ [h.slice(0, 200)]: h });
            if (h.length <= 200)
                n.properties[h] = 'a property named by the hostile string';
        }
        // One resource's id gains the string, everywhere it is referenced.
        const victim = own[0];
        const oldId = victim.properties.id;
        const newId = `${oldId}${h}`;
        for (const n of g.nodes)
            for (const [k, v] of Object.entries(n.properties))
                if (v === oldId)
                    n.properties[k] = newId;
        for (const r of g.relationships) {
            if (r.src.key === oldId)
                r.src.key = newId;
            if (r.dst.key === oldId)
                r.dst.key = newId;
        }
    }
    else {
        own[0].labels = [...own[0].labels, h];
        const rel = g.relationships.find((r) => own.some((n) => n.properties.id === r.src.key));
        rel.type = h;
    }
    return graphFileText(g);
}
//# sourceMappingURL=injection-cases.js.map