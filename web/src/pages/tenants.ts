import { get } from '../api.js';
import { fmt, h } from '../dom.js';

interface TenantRow {
  tenantId: string;
  resources: number;
  operations: number;
  running: number;
}

/** Every tenant in the store with its resources and operations (index-answered counts); a row opens the tenant's full stats. */
export async function tenantsPage(): Promise<HTMLElement> {
  const { tenants } = await get<{ tenants: TenantRow[] }>('/api/tenants');
  if (tenants.length === 0)
    return h(
      'div',
      { class: 'card' },
      h('h2', {}, 'No tenants'),
      h('p', { class: 'muted' }, 'This store holds no tenant yet: generate or import one with the CLI (tenant-scale generate-tenant, tenant-scale import).'),
    );
  return h(
    'div',
    {},
    h('h2', {}, 'Tenants'),
    h(
      'div',
      { class: 'card' },
      h(
        'table',
        { id: 'tenants' },
        h('thead', {}, h('tr', {}, h('th', {}, 'tenant'), ...['resources', 'operations', 'running'].map((t) => h('th', { class: 'num' }, t)))),
        h(
          'tbody',
          {},
          tenants.map((t) =>
            h(
              'tr',
              { 'data-tenant': t.tenantId },
              h('td', {}, h('a', { href: `#/tenant/${encodeURIComponent(t.tenantId)}` }, t.tenantId)),
              ...[t.resources, t.operations, t.running].map((n) => h('td', { class: 'num' }, fmt(n))),
            ),
          ),
        ),
      ),
    ),
  );
}
