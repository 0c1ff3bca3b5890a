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
  readonly hint?: string;
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

const SAMPLERS = ['forest-fire', 'random-walk', 'random-jump', 'mhrw', 'induced-edge', 'random-node'];
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
    { name: 'algorithm', label: 'sampler', input: 'select', options: SAMPLERS },
    { name: 'targetSize', label: 'target size (fraction)', input: 'number', value: '0.1', hint: '0 < F ≤ 1; or a count below' },
    { name: 'targetCount', label: 'target count', input: 'number' },
    { name: 'seed', label: 'seed', input: 'number', value: '42' },
    { name: 'stratifyTypes', label: 'keep the type mix', input: 'checkbox' },
    { name: 'output', label: 'output', input: 'select', options: ['none', 'export', 'new-tenant'] },
    { name: 'format', label: 'export format', input: 'select', options: ['json', 'yaml', 'graphml', 'cypher'] },
    { name: 'newTenantId', label: 'new tenant id', input: 'text' },
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
  if (f.input === 'checkbox') return h('input', { ...common, type: 'checkbox', style: 'width:auto' });
  if (f.input === 'textarea') return h('textarea', { ...common, rows: 16, spellcheck: 'false', class: 'code' }, f.value ?? '');
  return h('input', { ...common, type: f.input === 'number' ? 'number' : 'text', step: 'any', value: f.value ?? '' });
}

/** The form's values as the library's options: numbers as numbers, empty fields left out. */
function valuesOf(form: HTMLFormElement, kind: Kind): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of FIELDS[kind]) {
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

function planView(result: Record<string, unknown>): HTMLElement {
  const plan = (result.plan ?? result) as Record<string, unknown>;
  const lines = Object.entries(plan)
    .filter(([, v]) => typeof v !== 'object' || v === null)
    .map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', { class: 'num' }, typeof v === 'number' ? fmt(Math.round(v * 1000) / 1000) : String(v))));
  return h('div', { class: 'card', id: 'plan' }, h('h3', {}, 'Plan (dry run: nothing written)'), h('table', {}, h('tbody', {}, lines)));
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
    );
  }
  const summary = result.summary as {
    tenant: { resources: number; relationships: number };
    sample: { resources: number; relationships: number } | null;
    fidelity: { ks: Record<string, number>; typeTvd: number } | null;
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
    ...(output?.mode === 'export'
      ? [['export', `${output.format}, ${fmt(Number(output.nodes))} nodes, ${fmt(Number(output.bytes))} bytes`] as [string, string]]
      : []),
    ...(output?.mode === 'new-tenant' ? [['new tenant', String(output.newTenantId ?? output.tenantId ?? '')] as [string, string]] : []),
  ];
  return h(
    'div',
    { class: 'card', id: 'result' },
    h('h3', {}, 'Sample taken'),
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
  const renderFields = () =>
    fields.replaceChildren(
      ...FIELDS[kind].map((f) =>
        h(
          'div',
          { class: 'row' },
          h('label', { for: `field-${f.name}` }, f.label),
          h('div', {}, fieldInput(f), f.hint ? h('div', { class: 'muted' }, f.hint) : null),
        ),
      ),
    );
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
  root.append(h('h2', {}, 'Run an operation'), tabs, h('div', { class: 'card' }, form, errorBox), out);
  return root;
}
