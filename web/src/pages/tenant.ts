import { get, post } from '../api.js';
import { bars, fmt, h } from '../dom.js';
import { clearErrors, showError } from '../errors.js';

interface Stats {
  tenantId: string;
  totals: { abstracted: number; original: number; relationships?: number };
  resourcesByLayer: { abstracted: { key: string; count: number }[] };
  /** Absent from the first figures (`?first`): counted after. */
  relationshipsByType?: { key: string; count: number }[];
  syntheticResources: number;
  scannedResources: number;
  operations: Operation[];
}
interface Operation {
  id: string;
  kind: string;
  status: string;
  startedAt: string;
  finishedAt?: string | null;
  resourcesCreated: number;
  relationshipsCreated: number;
  error?: string | null;
  params: Record<string, unknown>;
  metrics: { phases?: { name: string; seconds: number; items: number; itemsPerSecond: number }[]; [k: string]: unknown } | null;
  /** Marked running, but no live process owns it: a crash left it. */
  leftBehind: boolean;
}

/** What to do about an operation a crash left running. */
function crashFix(o: Operation): string {
  const pid = (o.params.process as { pid?: number } | undefined)?.pid;
  const gone = `Crashed: its process${pid ? ` (${pid})` : ''} is gone and left it running.`;
  return o.kind === 'scale-down-delete'
    ? `${gone} Run the same scale-down delete again to finish it, or Resolve… to put back what it deleted, from its backup.`
    : `${gone} Resolve… undoes what it wrote; nothing else of the tenant is touched.`;
}

/** An operation's per-phase timings, counters and parameters, as recorded. */
function operationDetails(o: Operation): HTMLElement {
  const phases = o.metrics?.phases ?? [];
  const counters = Object.entries(o.metrics ?? {}).filter(([k, v]) => k !== 'phases' && (typeof v === 'number' || typeof v === 'string'));
  const { process: _process, ...params } = o.params;
  return h(
    'div',
    { class: 'details' },
    phases.length === 0
      ? h('p', { class: 'muted' }, 'No phase timings recorded.')
      : h(
          'table',
          { class: 'phases' },
          h('thead', {}, h('tr', {}, ...['phase', 'seconds', 'items', 'items/s'].map((t) => h('th', {}, t)))),
          h(
            'tbody',
            {},
            phases.map((p) =>
              h(
                'tr',
                { 'data-phase': p.name },
                h('td', {}, p.name),
                h('td', { class: 'num' }, p.seconds.toFixed(2)),
                h('td', { class: 'num' }, fmt(p.items)),
                h('td', { class: 'num' }, fmt(p.itemsPerSecond)),
              ),
            ),
          ),
        ),
    counters.length ? h('p', { class: 'muted' }, counters.map(([k, v]) => `${k} ${typeof v === 'number' ? fmt(v) : v}`).join(' · ')) : null,
    h('pre', { class: 'code' }, JSON.stringify(params, null, 2)),
  );
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
  // The figures indexes answer first; the relationship counts (a read of every relationship) follow.
  const s = await get<Stats>(`/api/tenants/${encodeURIComponent(tenantId)}/stats?first`);
  const relationshipTotal = h('span', { id: 'relationship-total' }, 'counting relationships…');
  const relationshipCard = h('div', { class: 'card', id: 'relationships' }, h('h3', {}, 'Relationships by type'), h('p', { class: 'muted' }, 'counting…'));
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
          `${fmt(s.scannedResources)} scanned, ${fmt(s.syntheticResources)} synthetic · `,
          relationshipTotal,
          ` · ${fmt(s.operations.length)} operations`,
        ),
      ),
    ),
    h('div', { class: 'grid2' }, h('div', { class: 'card' }, h('h3', {}, 'Resources by type'), bars(s.resourcesByLayer.abstracted)), relationshipCard),
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
              s.operations.flatMap((o) => {
                const details = h('tr', { class: 'details-row', hidden: '', 'data-details': o.id }, h('td', { colspan: '7' }, operationDetails(o)));
                const row = h(
                  'tr',
                  { 'data-operation': o.id },
                  h('td', {}, o.id),
                  h('td', {}, o.kind),
                  o.leftBehind
                    ? h('td', { class: 'status-failed', 'data-crashed': '' }, 'crashed', h('div', { class: 'muted fix' }, crashFix(o)))
                    : h('td', { class: `status-${o.status}`, title: o.error ?? '' }, o.status, o.error ? h('div', { class: 'muted' }, o.error) : null),
                  h('td', {}, o.startedAt.replace('T', ' ').slice(0, 19)),
                  h('td', { class: 'num' }, fmt(o.resourcesCreated)),
                  h('td', { class: 'num' }, fmt(o.relationshipsCreated)),
                  h(
                    'td',
                    { class: 'actions' },
                    h('button', { 'data-action': 'details', onclick: () => details.toggleAttribute('hidden') }, 'Details'),
                    h('button', { 'data-action': 'validate', onclick: () => void validate(o.id) }, 'Validate'),
                    h('button', { 'data-action': 'cleanup', onclick: () => void cleanup(o.id) }, o.status === 'running' ? 'Resolve…' : 'Clean up…'),
                  ),
                );
                return [row, details];
              }),
            ),
          ),
    ),
    errorBox,
    panel,
  );
  get<Stats>(`/api/tenants/${encodeURIComponent(tenantId)}/stats`).then(
    (full) => {
      relationshipTotal.textContent = `${fmt(full.totals.relationships ?? 0)} relationships`;
      relationshipCard.replaceChildren(h('h3', {}, 'Relationships by type'), bars(full.relationshipsByType ?? []));
    },
    (err) => showError(root, errorBox, err),
  );
  return root;
}
