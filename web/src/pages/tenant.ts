import { get, post } from '../api.js';
import { bars, fmt, h } from '../dom.js';
import { clearErrors, showError } from '../errors.js';

interface Stats {
  tenantId: string;
  totals: { abstracted: number; original: number; relationships: number };
  resourcesByLayer: { abstracted: { key: string; count: number }[] };
  relationshipsByType: { key: string; count: number }[];
  syntheticResources: number;
  scannedResources: number;
  operations: Operation[];
}
interface Operation {
  id: string;
  strategy: string;
  status: string;
  startedAt: string;
  finishedAt?: string | null;
  resourcesCreated: number;
  relationshipsCreated: number;
  error?: string | null;
}
interface Check {
  name: string;
  passed: boolean;
  detail: string;
}
interface Validation {
  passed: boolean;
  operations: { operationId: string; checks: Check[]; passed: boolean }[];
}
interface Cleanup {
  dryRun: boolean;
  operations: { id: string; status: string; kind: string; nodes: number; undone: string }[];
  nodesDeleted: number;
  notUndone: { id: string; kind: string }[];
}

export function checksTable(checks: readonly Check[]): HTMLElement {
  return h(
    'table',
    { class: 'checks' },
    h(
      'tbody',
      {},
      checks.map((c) =>
        h(
          'tr',
          { 'data-check': c.name },
          h('td', { class: c.passed ? 'pass' : 'fail' }, c.passed ? '✓' : '✗'),
          h('td', {}, c.name),
          h('td', { class: 'muted' }, c.detail),
        ),
      ),
    ),
  );
}

/** One tenant: its resources and relationships by type, its operations with validate and clean up (a preview first). */
export async function tenantPage(tenantId: string, refresh: (notice: HTMLElement) => void, notice?: HTMLElement): Promise<HTMLElement> {
  const s = await get<Stats>(`/api/tenants/${encodeURIComponent(tenantId)}/stats`);
  const panel = h('div', { id: 'operation-panel' });
  const errorBox = h('div', {});
  const root = h('div', {});

  const validate = async (operationId?: string) => {
    clearErrors(root, errorBox);
    try {
      const v = await post<Validation>(`/api/tenants/${encodeURIComponent(tenantId)}/validate`, operationId ? { operationId } : {});
      panel.replaceChildren(
        h(
          'div',
          { class: 'card', id: 'validation' },
          h('h3', {}, `Validation ${v.passed ? 'passed' : 'failed'}`, operationId ? ` — ${operationId}` : ''),
          ...v.operations.map((o) => h('div', {}, h('div', { class: 'muted' }, o.operationId), checksTable(o.checks))),
        ),
      );
    } catch (err) {
      showError(root, errorBox, err);
    }
  };

  const cleanup = async (operationId?: string) => {
    clearErrors(root, errorBox);
    const body = operationId ? { operationId } : { all: true };
    try {
      const preview = await post<Cleanup>(`/api/tenants/${encodeURIComponent(tenantId)}/cleanup`, { ...body, dryRun: true });
      const confirm = h('button', { class: 'danger', id: 'confirm-cleanup', disabled: preview.operations.length === 0 }, 'Confirm clean up');
      confirm.addEventListener('click', async () => {
        confirm.setAttribute('disabled', '');
        try {
          const done = await post<Cleanup>(`/api/tenants/${encodeURIComponent(tenantId)}/cleanup`, { ...body, dryRun: false });
          // The page again with the new counts and statuses, the outcome on top.
          refresh(
            h(
              'div',
              { class: 'card', id: 'cleanup-done' },
              h('h3', {}, `Cleaned up: ${fmt(done.nodesDeleted)} nodes removed`),
              ...done.operations.map((o) => h('div', {}, `${o.id}: ${o.undone}`)),
            ),
          );
        } catch (err) {
          showError(root, errorBox, err);
        }
      });
      panel.replaceChildren(
        h(
          'div',
          { class: 'card', id: 'cleanup-preview' },
          h('h3', {}, 'Clean up — preview (nothing changed yet)'),
          preview.operations.length === 0
            ? h('p', {}, 'Nothing to undo here.')
            : h(
                'table',
                {},
                h(
                  'tbody',
                  {},
                  preview.operations.map((o) =>
                    h(
                      'tr',
                      {},
                      h('td', {}, o.id),
                      h('td', {}, o.kind),
                      h('td', { class: `status-${o.status}` }, o.status),
                      h('td', { class: 'num' }, `${fmt(o.nodes)} nodes`),
                    ),
                  ),
                ),
              ),
          preview.notUndone.length
            ? h('p', { class: 'muted' }, `Left alone (undo each by its id): ${preview.notUndone.map((o) => `${o.kind} ${o.id}`).join(', ')}`)
            : null,
          h('div', { class: 'actions' }, confirm, h('button', { onclick: () => panel.replaceChildren() }, 'Cancel')),
        ),
      );
    } catch (err) {
      showError(root, errorBox, err);
    }
  };

  root.append(
    h('h2', {}, `Tenant ${s.tenantId}`),
    notice ?? '',
    h(
      'div',
      { class: 'card', id: 'totals' },
      h(
        'div',
        { class: 'actions' },
        h('strong', { 'data-total': 'abstracted' }, `${fmt(s.totals.abstracted)} resources`),
        h(
          'span',
          { class: 'muted' },
          `${fmt(s.scannedResources)} scanned, ${fmt(s.syntheticResources)} synthetic · ${fmt(s.totals.relationships)} relationships · ${fmt(s.operations.length)} operations`,
        ),
      ),
    ),
    h(
      'div',
      { class: 'grid2' },
      h('div', { class: 'card' }, h('h3', {}, 'Resources by type'), bars(s.resourcesByLayer.abstracted)),
      h('div', { class: 'card' }, h('h3', {}, 'Relationships by type'), bars(s.relationshipsByType)),
    ),
    h(
      'div',
      { class: 'card' },
      h('h3', {}, 'Operations'),
      h(
        'div',
        { class: 'actions' },
        h('button', { id: 'validate-tenant', onclick: () => void validate() }, 'Validate tenant'),
        h('button', { id: 'cleanup-all', onclick: () => void cleanup() }, 'Clean up every scale-up…'),
        h('a', { href: `#/run?tenant=${encodeURIComponent(tenantId)}` }, 'Run an operation →'),
      ),
      s.operations.length === 0
        ? h('p', { class: 'muted' }, 'No operations yet.')
        : h(
            'table',
            { id: 'operations' },
            h('thead', {}, h('tr', {}, ...['operation', 'kind', 'status', 'started', 'resources', 'relationships', ''].map((t) => h('th', {}, t)))),
            h(
              'tbody',
              {},
              s.operations.map((o) =>
                h(
                  'tr',
                  { 'data-operation': o.id },
                  h('td', {}, o.id),
                  h('td', {}, o.strategy),
                  h('td', { class: `status-${o.status}`, title: o.error ?? '' }, o.status, o.error ? h('div', { class: 'muted' }, o.error) : null),
                  h('td', {}, o.startedAt.replace('T', ' ').slice(0, 19)),
                  h('td', { class: 'num' }, fmt(o.resourcesCreated)),
                  h('td', { class: 'num' }, fmt(o.relationshipsCreated)),
                  h(
                    'td',
                    { class: 'actions' },
                    h('button', { 'data-action': 'validate', onclick: () => void validate(o.id) }, 'Validate'),
                    h('button', { 'data-action': 'cleanup', onclick: () => void cleanup(o.id) }, o.status === 'running' ? 'Resolve…' : 'Clean up…'),
                  ),
                ),
              ),
            ),
          ),
    ),
    errorBox,
    panel,
  );
  return root;
}
