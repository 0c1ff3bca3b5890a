import { session } from './api.js';
import { h } from './dom.js';
import { runPage } from './pages/run.js';
import { tenantPage } from './pages/tenant.js';
import { tenantsPage } from './pages/tenants.js';

const page = document.getElementById('page')!;

/** Hash routes: #/tenants, #/tenant/ID, #/run?tenant=ID&kind=…, #/transfer, #/graph?tenant=ID. */
async function route(notice?: HTMLElement): Promise<void> {
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  for (const a of document.querySelectorAll('nav a'))
    a.classList.toggle('active', a.getAttribute('data-nav') === (parts[0] === 'tenant' ? 'tenants' : (parts[0] ?? 'tenants')));
  try {
    let view: HTMLElement;
    if (parts[0] === 'tenant' && parts[1]) view = await tenantPage(decodeURIComponent(parts[1]), (n) => void route(n), notice);
    else if (parts[0] === 'run') view = await runPage(params);
    else if (parts[0] === 'transfer') view = await (await import('./pages/transfer.js')).transferPage();
    else if (parts[0] === 'graph') view = (await import('./pages/graph.js')).graphPage(params);
    else view = await tenantsPage();
    page.replaceChildren(view);
  } catch (err) {
    page.replaceChildren(h('div', { class: 'error', role: 'alert' }, String((err as Error).message ?? err)));
  }
}

void session().then((s) => {
  document.getElementById('store')!.textContent = `${s.store.kind} · ${s.store.target}`;
  window.addEventListener('hashchange', () => void route());
  void route();
});
