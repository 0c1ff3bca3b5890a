import { ApiFailure, get, post } from '../api.js';
import { fmt, h } from '../dom.js';
import { clearErrors, showError } from '../errors.js';
import { followJob } from '../job-view.js';
import { checksTable } from './tenant.js';

type Kind = 'template' | 'scenario' | 'random' | 'scale-down';
interface Field {
  /** The library's option name: where an error naming it is shown. */
  readonly name: string;
  readonly label: string;
  readonly input: 'number' | 'text' | 'select' | 'checkbox' | 'textarea';
  readonly options?: readonly string[];
  readonly value?: string;
  /** A checkbox ticked at first. */
  readonly checked?: boolean;
  readonly hint?: string;
  /** Shown (and sent) only when the form's other values call for it. */
  readonly when?: (values: Record<string, string>) => boolean;
}

/** A small custom scenario to start from (the README's "Scenario files" has the format). */
const STARTER_SCENARIO = `name: web-tier
description: a VNet with a subnet, an NSG and two VMs
groups:
  - name: site
    resources:
      - { role: vnet, type: Microsoft.Network/virtualNetworks }
      - { role: subnet, type: Microsoft.Network/virtualNetworks/subnets }
      - { role: nsg, type: Microsoft.Network/networkSecurityGroups }
      - { role: nic, type: Microsoft.Network/networkInterfaces, count: 2 }
      - { role: vm, type: Microsoft.Compute/virtualMachines, count: 2 }
links:
  - { from: site.vnet, type: CONTAINS, to: site.subnet }
  - { from: site.subnet, type: SECURED_BY, to: site.nsg }
  - { from: site.nic, type: CONNECTED_TO, to: site.subnet }
  - { from: site.vm, type: USES, to: site.nic }
`;

const SAMPLERS = ['forest-fire', 'random-walk', 'random-jump', 'mhrw', 'induced-edge', 'random-node', 'pattern'];
const PATTERNS = ['security', 'network', 'compute', 'storage', 'resource-type'];
const sampler =
  (...names: string[]) =>
  (v: Record<string, string>) =>
    names.includes(v.algorithm ?? '');
const notPattern = (v: Record<string, string>) => v.algorithm !== 'pattern';
const outputIs =
  (...modes: string[]) =>
  (v: Record<string, string>) =>
    modes.includes(v.output ?? '');
const FIELDS: Record<Kind, readonly Field[]> = {
  template: [
    { name: 'scaleFactor', label: 'scale factor', input: 'number', value: '2', hint: "the tenant's size as a multiple of today's, > 1" },
    { name: 'resourceTypes', label: 'resource types', input: 'text', hint: 'only these ARM types as templates, comma-separated (empty: all)' },
  ],
  scenario: [
    { name: 'scenario', label: 'scenario', input: 'select', options: ['hub-spoke', 'multi-region', 'dev-test-prod', 'custom'], hint: 'custom: the YAML below' },
    { name: 'spokeCount', label: 'hub-spoke: spokes', input: 'number' },
    { name: 'resourcesPerSpoke', label: 'hub-spoke: resources per spoke', input: 'number' },
    { name: 'scaleFactor', label: 'repetitions', input: 'number', value: '1', hint: 'the whole scenario this many times (whole number)' },
    { name: 'seed', label: 'seed', input: 'number', value: '1' },
    {
      name: 'scenarioText',
      label: 'custom scenario (YAML)',
      input: 'textarea',
      value: STARTER_SCENARIO,
      hint: 'groups of resources and links between their roles; errors show their line and column',
    },
  ],
  random: [
    { name: 'targetCount', label: 'resources to add', input: 'number', value: '1000' },
    { name: 'typeDistribution', label: 'type distribution', input: 'text', hint: 'a preset name (empty: the configured one)' },
    { name: 'relationshipDensity', label: 'relationships per resource', input: 'number' },
    { name: 'seed', label: 'seed', input: 'number' },
  ],
  'scale-down': [
    { name: 'algorithm', label: 'sampler', input: 'select', options: SAMPLERS, hint: 'pattern: the resources a pattern picks, grown by relationship hops' },
    {
      name: 'pattern',
      label: 'pattern',
      input: 'select',
      options: PATTERNS,
      when: sampler('pattern'),
      hint: 'sets of ARM types; resource-type: the types below',
    },
    {
      name: 'resourceTypes',
      label: 'resource types',
      input: 'text',
      when: sampler('pattern'),
      hint: 'ARM types to start from, comma-separated (required for resource-type)',
    },
    { name: 'tags', label: 'tags', input: 'text', when: sampler('pattern'), hint: 'only resources carrying all of these, e.g. env=prod,team=web' },
    {
      name: 'includeNeighbors',
      label: 'relationship hops',
      input: 'number',
      value: '1',
      when: sampler('pattern'),
      hint: 'grow the picked resources by this many hops, both directions',
    },
    {
      name: 'burningProbability',
      label: 'burning probability',
      input: 'number',
      when: sampler('forest-fire'),
      hint: '0 < p < 1 (empty: the configured one, 0.7)',
    },
    { name: 'backwardRatio', label: 'backward ratio', input: 'number', when: sampler('forest-fire'), hint: 'in-links burn with probability r·p (default 0.6)' },
    {
      name: 'restartProbability',
      label: 'restart probability',
      input: 'number',
      when: sampler('random-walk', 'random-jump'),
      hint: 'walk: back to the start; jump: to a random node (default 0.15)',
    },
    { name: 'burnIn', label: 'burn-in steps', input: 'number', when: sampler('mhrw'), hint: 'steps each walk takes before it records nodes (default 100)' },
    { name: 'walkLength', label: 'walk length', input: 'number', when: sampler('mhrw'), hint: 'steps after which a walk restarts (default 10000)' },
    {
      name: 'targetSize',
      label: 'target size (fraction)',
      input: 'number',
      value: '0.1',
      hint: '0 < F ≤ 1; or a count below (a pattern without one keeps all it reaches)',
    },
    { name: 'targetCount', label: 'target count', input: 'number' },
    { name: 'seed', label: 'seed', input: 'number', value: '42' },
    {
      name: 'preserveTypes',
      label: 'keep every type',
      input: 'checkbox',
      when: notPattern,
      hint: 'add the fewest resources so every resource and relationship type is in the sample',
    },
    { name: 'stratifyTypes', label: 'keep the type mix', input: 'checkbox', when: notPattern },
    {
      name: 'preservePaths',
      label: 'keep every path kind',
      input: 'select',
      options: ['none', 'security', 'motifs', 'all'],
      hint: 'add few resources so each security path kind (security), each type -[relationship]-> type (motifs), or both, of the tenant is in the sample',
    },
    {
      name: 'output',
      label: 'output',
      input: 'select',
      options: ['none', 'export', 'new-tenant', 'delete'],
      hint: 'delete shrinks this tenant in place to the sample',
    },
    { name: 'format', label: 'export format', input: 'select', options: ['json', 'yaml', 'graphml', 'cypher'], when: outputIs('export') },
    { name: 'newTenantId', label: 'new tenant id', input: 'text', when: outputIs('new-tenant') },
    { name: 'includeOriginal', label: 'with Original twins', input: 'checkbox', when: outputIs('export', 'new-tenant') },
    {
      name: 'confirmed',
      label: 'confirm the delete',
      input: 'checkbox',
      when: outputIs('delete'),
      hint: 'every resource of the tenant outside the sample is deleted; preview the counts first',
    },
    {
      name: 'backup',
      label: 'write a backup first',
      input: 'checkbox',
      checked: true,
      when: outputIs('delete'),
      hint: "into the console's backup folder (tenant-scale ui --backup-dir); undo restores from it",
    },
  ],
};
const ENDPOINT: Record<Kind, string> = {
  template: '/api/run/scale-up/template',
  scenario: '/api/run/scale-up/scenario',
  random: '/api/run/scale-up/random',
  'scale-down': '/api/run/scale-down',
};

function fieldInput(f: Field): HTMLElement {
  const common = { 'data-field': f.name, name: f.name, id: `field-${f.name}` };
  if (f.input === 'select')
    return h(
      'select',
      common,
      (f.options ?? []).map((o) => h('option', { value: o }, o)),
    );
  if (f.input === 'checkbox') return h('input', { ...common, type: 'checkbox', style: 'width:auto', ...(f.checked ? { checked: '' } : {}) });
  if (f.input === 'textarea') return h('textarea', { ...common, rows: 16, spellcheck: 'false', class: 'code' }, f.value ?? '');
  return h('input', { ...common, type: f.input === 'number' ? 'number' : 'text', step: 'any', value: f.value ?? '' });
}

/** Every field's raw value (what the `when` predicates read). */
function rawValues(form: HTMLFormElement, kind: Kind): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const f of FIELDS[kind]) raw[f.name] = (form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement).value;
  return raw;
}

/** The form's values as the library's options: numbers as numbers, empty and hidden fields left out. */
function valuesOf(form: HTMLFormElement, kind: Kind): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const raw = rawValues(form, kind);
  for (const f of FIELDS[kind]) {
    if (f.when && !f.when(raw)) continue;
    const el = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement;
    if (f.input === 'checkbox') body[f.name] = (el as HTMLInputElement).checked;
    else if (el.value.trim() === '') continue;
    else if (f.input === 'number') body[f.name] = Number(el.value);
    else if (f.name === 'resourceTypes')
      body[f.name] = el.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else body[f.name] = el.value;
  }
  return body;
}

/** Shows the fields the other values call for. */
function showRelevant(form: HTMLFormElement, kind: Kind): void {
  const raw = rawValues(form, kind);
  for (const f of FIELDS[kind]) {
    const row = form.querySelector(`[data-row="${f.name}"]`) as HTMLElement | null;
    if (row) row.hidden = Boolean(f.when && !f.when(raw));
  }
}

function planView(result: Record<string, unknown>): HTMLElement {
  const plan = (result.plan ?? result) as Record<string, unknown>;
  const lines = Object.entries(plan)
    .filter(([, v]) => typeof v !== 'object' || v === null)
    .map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', { class: 'num' }, typeof v === 'number' ? fmt(Math.round(v * 1000) / 1000) : String(v))));
  return h('div', { class: 'card', id: 'plan' }, h('h3', {}, 'Plan (dry run: nothing written)'), h('table', {}, h('tbody', {}, lines)));
}

type Coverage = { tenant: number; sample: number; coverage: number; missing: string[] };
const coverageText = (m: Coverage) =>
  `${fmt(m.sample)} of ${fmt(m.tenant)} (${(100 * m.coverage).toFixed(1)} %)${m.missing.length ? `; missing ${m.missing.slice(0, 2).join('; ')}${m.missing.length > 2 ? ` and ${fmt(m.missing.length - 2)} more` : ''}` : ''}`;

/** A scale-up's fidelity: the tenant as grown against its original, in figures and the report. */
function growthView(jobId: string, result: Record<string, unknown>): (HTMLElement | string)[] {
  if (typeof result.growthError === 'string') return [h('p', { class: 'error' }, `No fidelity report: ${result.growthError}`)];
  const growth = result.growth as
    | {
        original: { resources: number };
        grown: { resources: number };
        ks: Record<string, number>;
        typeTvd: number;
        motifs: Record<'triples' | 'paths', Coverage>;
        securityPaths: Coverage;
      }
    | undefined;
  if (!growth) return [];
  const rows: [string, string][] = [
    ['grown from', `${fmt(growth.original.resources)} to ${fmt(growth.grown.resources)} resources`],
    ...Object.entries(growth.ks).map(([k, v]): [string, string] => [`KS D, ${k}`, v.toFixed(3)]),
    ['type-proportion TVD', growth.typeTvd.toFixed(3)],
    ['security path kinds written', coverageText(growth.securityPaths)],
    ['type triples written', coverageText(growth.motifs.triples)],
    ['typed 2-paths written', coverageText(growth.motifs.paths)],
  ];
  return [
    h('h3', {}, 'Fidelity: the tenant as grown against its original'),
    h(
      'table',
      { id: 'growth' },
      h(
        'tbody',
        {},
        rows.map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, v))),
      ),
    ),
    h('div', { class: 'actions' }, h('a', { id: 'open-report', href: `/api/jobs/${jobId}/files/report`, target: '_blank' }, 'Open the fidelity report')),
    h('iframe', { class: 'report', src: `/api/jobs/${jobId}/files/report`, title: 'fidelity report' }),
  ];
}

function resultView(kind: Kind, jobId: string, result: Record<string, unknown>): HTMLElement {
  if (kind !== 'scale-down') {
    const checks = (result.validation ?? []) as { name: string; passed: boolean; detail: string }[];
    return h(
      'div',
      { class: 'card', id: 'result' },
      h('h3', {}, result.success ? 'Completed' : 'Failed', ` — operation ${String(result.operationId)}`),
      h(
        'p',
        {},
        `${fmt(Number(result.resourcesCreated))} resources and ${fmt(Number(result.relationshipsCreated))} relationships written in ${Number(result.durationSeconds).toFixed(1)} s`,
      ),
      h('h3', {}, `Validation ${result.validationPassed ? 'passed' : result.validationPassed === null ? 'not run' : 'failed'}`),
      checksTable(checks),
      ...growthView(jobId, result),
    );
  }
  const summary = result.summary as {
    tenant: { resources: number; relationships: number };
    sample: { resources: number; relationships: number } | null;
    fidelity: {
      ks: Record<string, number>;
      typeTvd: number;
      motifs: Record<'triples' | 'paths', { tenant: number; sample: number; coverage: number; missing: string[] }>;
      securityPaths: { tenant: number; sample: number; coverage: number; missing: string[] };
    } | null;
    output: Record<string, unknown> | null;
  };
  const downloads = (result.downloads ?? []) as string[];
  const output = summary.output;
  const rows: [string, string][] = [
    [
      'sample',
      `${fmt(summary.sample?.resources ?? 0)} of ${fmt(summary.tenant.resources)} resources, ${fmt(summary.sample?.relationships ?? 0)} relationships`,
    ],
    ...Object.entries(summary.fidelity?.ks ?? {}).map(([k, v]): [string, string] => [`KS D, ${k}`, v.toFixed(3)]),
    ...(summary.fidelity ? [['type-proportion TVD', summary.fidelity.typeTvd.toFixed(3)] as [string, string]] : []),
    ...(summary.fidelity
      ? (['security', 'triples', 'paths'] as const).map((kind): [string, string] => {
          const m = kind === 'security' ? summary.fidelity!.securityPaths : summary.fidelity!.motifs[kind];
          return [{ security: 'security path kinds present', triples: 'type triples present', paths: 'typed 2-paths present' }[kind], coverageText(m)];
        })
      : []),
    ...(output?.mode === 'export'
      ? [['export', `${output.format}, ${fmt(Number(output.nodes))} nodes, ${fmt(Number(output.bytes))} bytes`] as [string, string]]
      : []),
    ...(output?.mode === 'new-tenant'
      ? [
          ['new tenant', `${String(output.newTenantId)}: ${fmt(Number(output.resources))} resources, ${fmt(Number(output.relationships))} relationships`] as [
            string,
            string,
          ],
        ]
      : []),
    ...(output?.mode === 'delete'
      ? ([
          [
            'deleted',
            `${fmt(Number(output.resourcesDeleted))} resources (${fmt(Number(output.nodesDeleted))} nodes, ${fmt(Number(output.relationshipsDeleted))} relationships)`,
          ],
          ['kept', `${fmt(Number(output.resourcesKept))} resources`],
          ['backup', output.backupFile ? String(output.backupFile) : 'none (cannot be undone)'],
        ] as [string, string][])
      : []),
  ];
  const tenantId = (summary as { tenantId?: string }).tenantId ?? '';
  return h(
    'div',
    { class: 'card', id: 'result' },
    h('h3', {}, output?.mode === 'delete' ? 'Tenant shrunk in place' : 'Sample taken'),
    h(
      'table',
      { class: 'summary' },
      h(
        'tbody',
        {},
        rows.map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, v))),
      ),
    ),
    output && Array.isArray(output.validation) ? checksTable(output.validation as never) : null,
    output?.mode === 'delete' && output.backupFile
      ? h(
          'p',
          { id: 'undo-delete' },
          `Undo it (restores everything deleted, from the backup): Clean up… on operation ${String(output.operationId)} in `,
          h('a', { href: `#/tenant/${encodeURIComponent(tenantId)}` }, "the tenant's page"),
          '.',
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      downloads.includes('export') ? h('a', { id: 'download-export', href: `/api/jobs/${jobId}/files/export`, download: '' }, 'Download the export') : null,
      downloads.includes('report')
        ? h('a', { id: 'open-report', href: `/api/jobs/${jobId}/files/report`, target: '_blank' }, 'Open the fidelity report')
        : null,
    ),
    downloads.includes('report') ? h('iframe', { class: 'report', src: `/api/jobs/${jobId}/files/report`, title: 'fidelity report' }) : null,
  );
}

/** Run: scale-up (template, random) and scale-down with a dry-run preview, live progress, Stop, and the result. */
export async function runPage(params: URLSearchParams): Promise<HTMLElement> {
  const { tenants } = await get<{ tenants: { tenantId: string }[] }>('/api/tenants');
  let kind: Kind = (params.get('kind') as Kind) || 'template';
  const root = h('div', {});
  const errorBox = h('div', { id: 'errors' });
  const out = h('div', { id: 'run-output' });
  const tenantSelect = h(
    'select',
    { 'data-field': 'tenantId', name: 'tenantId', id: 'field-tenantId' },
    tenants.map((t) => h('option', { value: t.tenantId }, t.tenantId)),
  );
  if (params.get('tenant')) tenantSelect.value = params.get('tenant')!;
  const form = h('form', { id: 'run-form' }) as HTMLFormElement;
  const fields = h('div', {});
  const renderFields = () => {
    fields.replaceChildren(
      ...FIELDS[kind].map((f) =>
        h(
          'div',
          { class: 'row', 'data-row': f.name },
          h('label', { for: `field-${f.name}` }, f.label),
          h('div', {}, fieldInput(f), f.hint ? h('div', { class: 'muted' }, f.hint) : null),
        ),
      ),
    );
    if (form.contains(fields)) showRelevant(form, kind);
  };
  const tabs = h(
    'div',
    { class: 'tabs' },
    (['template', 'scenario', 'random', 'scale-down'] as const).map((k) =>
      h(
        'button',
        {
          type: 'button',
          'data-kind': k,
          class: k === kind ? 'active' : '',
          onclick: (e: Event) => {
            kind = k;
            for (const b of tabs.querySelectorAll('button')) b.classList.toggle('active', b === e.currentTarget);
            renderFields();
            clearErrors(form, errorBox);
            out.replaceChildren();
          },
        },
        k === 'scale-down' ? 'Scale down' : `Scale up: ${k}`,
      ),
    ),
  );
  form.addEventListener('change', () => showRelevant(form, kind));
  renderFields();
  const previewButton = h('button', { type: 'button', id: 'preview' }, 'Preview (dry run)');
  const runButton = h('button', { type: 'submit', class: 'primary', id: 'run' }, 'Run');

  const body = () => ({ tenantId: tenantSelect.value, ...valuesOf(form, kind) });
  previewButton.addEventListener('click', async () => {
    clearErrors(form, errorBox);
    try {
      const r = await post<{ result: Record<string, unknown> }>(ENDPOINT[kind], { ...body(), dryRun: true });
      out.replaceChildren(planView(kind === 'scale-down' ? ((r.result.summary ?? r.result) as Record<string, unknown>) : r.result));
    } catch (err) {
      showError(form, errorBox, err);
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form, errorBox);
    let jobId: string;
    try {
      jobId = (await post<{ jobId: string }>(ENDPOINT[kind], body())).jobId;
    } catch (err) {
      showError(form, errorBox, err);
      return;
    }
    const ranKind = kind;
    runButton.setAttribute('disabled', '');
    followJob(out, jobId, {
      onDone: (result) => {
        runButton.removeAttribute('disabled');
        out.replaceChildren(resultView(ranKind, jobId, result));
      },
      onFailed: (error) => {
        runButton.removeAttribute('disabled');
        showError(form, errorBox, new ApiFailure(error));
      },
    });
  });
  form.append(
    h('div', { class: 'row' }, h('label', { for: 'field-tenantId' }, 'tenant'), tenantSelect),
    fields,
    h('div', { class: 'actions' }, previewButton, runButton),
  );
  showRelevant(form, kind);
  root.append(h('h2', {}, 'Run an operation'), tabs, h('div', { class: 'card' }, form, errorBox), out);
  return root;
}
