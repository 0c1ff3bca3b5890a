import { ApiFailure, csrf, get, post } from '../api.js';
import { fmt, h } from '../dom.js';
import { clearErrors, showError } from '../errors.js';
import { followJob } from '../job-view.js';

const IMPORT_FORMATS = ['json', 'arm', 'resource-graph', 'azure-export'];
const EXPORT_FORMATS = ['json', 'yaml', 'graphml', 'cypher'];

/** Sends the file with its upload progress (fetch has none), to the import endpoint; resolves with the job's id. */
function upload(file: File, query: URLSearchParams, onProgress: (sent: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/import?${query}`);
    xhr.setRequestHeader('x-csrf-token', csrf());
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.addEventListener('progress', (e) => onProgress(e.loaded, e.total));
    xhr.addEventListener('load', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 202) resolve(String(body.jobId));
      else reject(new ApiFailure({ fields: [], error: `${xhr.status} ${xhr.statusText}`, ...body, status: xhr.status } as never));
    });
    xhr.addEventListener('error', () => reject(new Error('the upload failed (the console is gone?)')));
    xhr.send(file);
  });
}

/** Import a file as a tenant (upload with progress, then the import followed live), and export a tenant as a download. */
export async function transferPage(): Promise<HTMLElement> {
  const { tenants } = await get<{ tenants: { tenantId: string }[] }>('/api/tenants');
  const field = (name: string, input: HTMLElement, label: string, hint?: string) =>
    h('div', { class: 'row' }, h('label', { for: `field-${name}` }, label), h('div', {}, input, hint ? h('div', { class: 'muted' }, hint) : null));
  const fileInput = h('input', { type: 'file', id: 'field-file', 'data-field': 'file' });
  const format = h(
    'select',
    { id: 'field-format', 'data-field': 'format' },
    IMPORT_FORMATS.map((f) => h('option', { value: f }, f)),
  );
  const tenantId = h('input', { id: 'field-tenantId', 'data-field': 'tenantId', placeholder: 'json: the file’s own tenant if empty' });
  const armFields = ['subscriptionId', 'resourceGroup', 'location'].map((n) => h('input', { id: `field-${n}`, 'data-field': n }));
  const form = h(
    'form',
    { id: 'import-form' },
    field('file', fileInput, 'file'),
    field(
      'format',
      format,
      'format',
      'json: a tenant exported by tenant-scale; arm: a template (evaluated offline); resource-graph / azure-export: Azure data',
    ),
    field('tenantId', tenantId, 'tenant id', 'the tenant it becomes (it must not exist yet)'),
    field('subscriptionId', armFields[0]!, 'arm: subscription'),
    field('resourceGroup', armFields[1]!, 'arm: resource group'),
    field('location', armFields[2]!, 'arm: location'),
    h('button', { class: 'primary', type: 'submit', id: 'import' }, 'Import'),
  ) as HTMLFormElement;
  const errorBox = h('div', {});
  const out = h('div', { id: 'import-output' });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form, errorBox);
    const file = fileInput.files?.[0];
    if (!file) return showError(form, errorBox, new ApiFailure({ error: 'choose a file to import', fields: ['file'], status: 400 }));
    const query = new URLSearchParams({ format: format.value });
    for (const [name, input] of [
      ['tenantId', tenantId],
      ['subscriptionId', armFields[0]!],
      ['resourceGroup', armFields[1]!],
      ['location', armFields[2]!],
    ] as const)
      if (input.value.trim()) query.set(name, input.value.trim());
    const bar = h('div', { style: 'width:0%' });
    const sent = h('div', { class: 'muted', id: 'upload-progress' });
    out.replaceChildren(h('div', { class: 'card' }, h('h3', {}, `Uploading ${file.name}`), h('div', { class: 'progress' }, bar), sent));
    let jobId: string;
    try {
      jobId = await upload(file, query, (done, total) => {
        bar.style.width = `${total ? (100 * done) / total : 0}%`;
        sent.textContent = `${fmt(done)} of ${fmt(total)} bytes`;
      });
    } catch (err) {
      out.replaceChildren();
      return showError(form, errorBox, err);
    }
    followJob(out, jobId, {
      onDone: (r) =>
        out.replaceChildren(
          h(
            'div',
            { class: 'card', id: 'import-result' },
            h('h3', {}, `Imported: operation ${String(r.operationId)}`),
            h('p', {}, `${fmt(Number(r.nodes ?? 0))} nodes and ${fmt(Number(r.relationships ?? 0))} relationships written`),
            ...((r.warnings as string[] | undefined) ?? []).slice(0, 20).map((w) => h('div', { class: 'muted' }, w)),
          ),
        ),
      onFailed: (error) => showError(form, errorBox, new ApiFailure(error)),
    });
  });

  const exportTenant = h(
    'select',
    { id: 'export-tenant' },
    tenants.map((t) => h('option', { value: t.tenantId }, t.tenantId)),
  );
  const exportFormat = h(
    'select',
    { id: 'export-format' },
    EXPORT_FORMATS.map((f) => h('option', { value: f }, f)),
  );
  const withOriginal = h('input', { type: 'checkbox', id: 'export-original', style: 'width:auto' });
  const link = h('a', { id: 'export-link', download: '' }, 'Download');
  const refreshLink = () =>
    link.setAttribute(
      'href',
      `/api/tenants/${encodeURIComponent(exportTenant.value)}/export?format=${exportFormat.value}&includeOriginal=${withOriginal.checked ? '1' : '0'}`,
    );
  for (const el of [exportTenant, exportFormat, withOriginal]) el.addEventListener('change', refreshLink);
  refreshLink();

  return h(
    'div',
    {},
    h('h2', {}, 'Import, export and copy'),
    h('div', { class: 'card' }, h('h3', {}, 'Import a file as a tenant'), form, errorBox),
    out,
    h(
      'div',
      { class: 'card' },
      h('h3', {}, 'Export a tenant'),
      h(
        'form',
        { id: 'export-form', onsubmit: (e: Event) => e.preventDefault() },
        field('export-tenant', exportTenant, 'tenant'),
        field('export-format', exportFormat, 'format'),
        field('export-original', withOriginal, 'with the Original layer', 'needed to import it back as the same tenant'),
        link,
      ),
    ),
    await copyCard(tenants.map((t) => t.tenantId)),
  );
}

/** Copy a whole tenant to the console's second store, or from it (`tenant-scale ui --copy-to URL`). */
async function copyCard(here: readonly string[]): Promise<HTMLElement> {
  const copy = await get<{ other: { kind: string; target: string } | null; tenants?: string[] }>('/api/copy');
  if (!copy.other)
    return h(
      'div',
      { class: 'card', id: 'copy' },
      h('h3', {}, 'Copy a tenant between stores'),
      h('p', { class: 'muted' }, 'Start the console with a second store to copy to and from: tenant-scale ui --copy-to URL (a Neo4j URL or a SQLite file).'),
    );
  const errorBox = h('div', {});
  const out = h('div', { id: 'copy-output' });
  const form = h('form', { id: 'copy-form', onsubmit: (e: Event) => e.preventDefault() }) as HTMLFormElement;
  const select = (id: string, tenants: readonly string[]) =>
    h(
      'select',
      { id, 'data-field': 'tenantId' },
      tenants.map((t) => h('option', { value: t }, t)),
    );
  const outward = select('copy-out-tenant', here);
  const inward = select('copy-in-tenant', copy.tenants ?? []);
  const start = async (direction: 'out' | 'in', tenantId: string) => {
    clearErrors(form, errorBox);
    let jobId: string;
    try {
      jobId = (await post<{ jobId: string }>('/api/copy', { tenantId, direction })).jobId;
    } catch (err) {
      return showError(form, errorBox, err);
    }
    followJob(out, jobId, {
      onDone: (r) =>
        out.replaceChildren(
          h(
            'div',
            { class: 'card', id: 'copy-result' },
            h('h3', {}, `Copied tenant ${String(r.tenantId)} into ${String(r.store)}: operation ${String(r.operationId)}`),
            h('p', {}, `${fmt(Number(r.nodes ?? 0))} nodes and ${fmt(Number(r.relationships ?? 0))} relationships written`),
          ),
        ),
      onFailed: (error) => {
        out.replaceChildren();
        showError(form, errorBox, new ApiFailure(error));
      },
    });
  };
  form.append(
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'copy-out-tenant' }, `to ${copy.other.target}`),
      h('div', { class: 'actions' }, outward, h('button', { id: 'copy-out', type: 'button', onclick: () => void start('out', outward.value) }, 'Copy there')),
    ),
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'copy-in-tenant' }, `from ${copy.other.target}`),
      h('div', { class: 'actions' }, inward, h('button', { id: 'copy-in', type: 'button', onclick: () => void start('in', inward.value) }, 'Copy here')),
    ),
  );
  return h(
    'div',
    { class: 'card', id: 'copy' },
    h('h3', {}, 'Copy a tenant between stores'),
    h('p', { class: 'muted' }, 'The whole tenant, both layers and its history; the target must not hold it yet.'),
    form,
    errorBox,
    out,
  );
}
