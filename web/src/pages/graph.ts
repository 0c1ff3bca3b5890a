import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { get } from '../api.js';
import { fmt, h } from '../dom.js';
import { clearErrors, showError } from '../errors.js';

interface GraphView {
  centre: string | null;
  nodes: { id: string; type: string; name: string; synthetic: boolean; hops: number }[];
  edges: { src: string; dst: string; type: string }[];
  truncated: boolean;
  search: { by: 'type' | 'id'; searched: number };
}

const PALETTE = ['#2f6fd6', '#23804a', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#2c3e50', '#1abc9c', '#5d6d7e', '#a93226', '#3949ab', '#6d4c41'];
const colourOf = (type: string) => {
  let x = 0;
  for (const c of type) x = (x * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[x % PALETTE.length]!;
};
const SYNTHETIC = '#d98a1c';

/** Graph: the resources around one found by id, name or type (or any), drawn with WebGL and laid out by ForceAtlas2 in a worker. */
export function graphPage(params: URLSearchParams): HTMLElement {
  const tenant = h('input', { 'data-field': 'tenantId', id: 'graph-tenant', value: params.get('tenant') ?? '' });
  const query = h('input', { 'data-field': 'q', id: 'graph-query', placeholder: 'resource id, name or type (empty: any)', value: params.get('q') ?? '' });
  const limit = h('input', { 'data-field': 'limit', id: 'graph-limit', type: 'number', value: params.get('limit') ?? '500' });
  const form = h(
    'form',
    { id: 'graph-form' },
    h('div', { class: 'row' }, h('label', {}, 'tenant'), tenant),
    h('div', { class: 'row' }, h('label', {}, 'around'), query),
    h('div', { class: 'row' }, h('label', {}, 'at most (nodes)'), limit),
    h('button', { class: 'primary', type: 'submit' }, 'Draw'),
  );
  const errorBox = h('div', {});
  const info = h('div', { class: 'muted', id: 'graph-info' });
  const details = h('div', { id: 'graph-details' });
  const container = h('div', { id: 'graph' });
  let renderer: Sigma | undefined;
  let layout: FA2Layout | undefined;

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form, errorBox);
    layout?.kill();
    renderer?.kill();
    const started = performance.now();
    let view: GraphView;
    try {
      view = await get<GraphView>(
        `/api/tenants/${encodeURIComponent(tenant.value)}/graph?q=${encodeURIComponent(query.value)}&limit=${encodeURIComponent(limit.value)}`,
      );
    } catch (err) {
      showError(form, errorBox, err);
      return;
    }
    if (view.centre === null) {
      info.textContent = `Nothing matched “${query.value}”: a resource type (or part of one) is looked up in the whole tenant; an id among the first ${fmt(view.search.searched)} resources by id.`;
      info.setAttribute('data-nodes', '0');
      return;
    }
    const graph = new Graph({ multi: true, type: 'directed' });
    view.nodes.forEach((n, i) => {
      const angle = i * 2.399963;
      const r = Math.sqrt(i + 1);
      graph.addNode(n.id, {
        label: n.name,
        x: r * Math.cos(angle),
        y: r * Math.sin(angle),
        size: n.id === view.centre ? 9 : n.synthetic ? 5 : 4,
        color: n.synthetic ? SYNTHETIC : colourOf(n.type),
        resourceType: n.type,
        synthetic: n.synthetic,
      });
    });
    for (const e2 of view.edges)
      if (graph.hasNode(e2.src) && graph.hasNode(e2.dst)) graph.addDirectedEdge(e2.src, e2.dst, { label: e2.type, size: 1, color: '#c8ccd4' });
    renderer = new Sigma(graph, container, { settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 8 } });
    renderer.on('clickNode', ({ node }) => {
      const a = graph.getNodeAttributes(node);
      details.replaceChildren(
        h(
          'div',
          { class: 'card' },
          h('strong', {}, String(a.label)),
          h('div', {}, node),
          h('div', {}, `type: ${String(a.resourceType)}`),
          h('div', {}, a.synthetic ? 'synthetic (a scale-up wrote it)' : 'scanned'),
        ),
      );
    });
    layout = new FA2Layout(graph, { settings: { barnesHutOptimize: graph.order > 500, gravity: 1, scalingRatio: 4, slowDown: 2 } });
    layout.start();
    const drawnMs = Math.round(performance.now() - started);
    info.textContent = `${fmt(graph.order)} resources, ${fmt(graph.size)} relationships${view.truncated ? ' (the bound was reached: raise it to see more)' : ''}; synthetic in orange · drawn in ${drawnMs} ms`;
    info.setAttribute('data-nodes', String(graph.order));
    setTimeout(
      () => {
        layout?.stop();
        info.setAttribute('data-laid-out', String(Math.round(performance.now() - started)));
      },
      // ForceAtlas2 runs in its worker for up to 2 s after the draw (5,000 nodes settle in that), then stops.
      Math.min(2000, 800 + graph.order),
    );
  });
  if (tenant.value) queueMicrotask(() => form.requestSubmit());
  return h('div', {}, h('h2', {}, 'Graph'), h('div', { class: 'card' }, form, errorBox), info, container, details);
}
