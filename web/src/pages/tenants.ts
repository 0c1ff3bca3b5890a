import { get } from '../api.js';
import { fmt, h } from '../dom.js';

interface TenantRow {
  tenantId: string;
  abstracted: number;
  original: number;
  relationships: number;
  synthetic: number;
  scanned: number;
  operations: number;
}

/** Every tenant in the store with its counts; a row opens the tenant. */
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
        h(
          'thead',
          {},
          h('tr', {}, h('th', {}, 'tenant'), ...['resources', 'scanned', 'synthetic', 'relationships', 'operations'].map((t) => h('th', { class: 'num' }, t))),
        ),
        h(
          'tbody',
          {},
          tenants.map((t) =>
            h(
              'tr',
              { 'data-tenant': t.tenantId },
              h('td', {}, h('a', { href: `#/tenant/${encodeURIComponent(t.tenantId)}` }, t.tenantId)),
              ...[t.abstracted, t.scanned, t.synthetic, t.relationships, t.operations].map((n) => h('td', { class: 'num' }, fmt(n))),
            ),
          ),
        ),
      ),
    ),
  );
}
