import { empiricalCdf } from '../fidelity/ks.js';
import { METRICS } from '../fidelity/fidelity.js';
import { renderSvg } from './svg-chart.js';
const METRIC_TITLES = {
    degree: 'Degree (in + out)',
    inDegree: 'In-degree',
    outDegree: 'Out-degree',
    clustering: 'Local clustering coefficient',
    componentSize: 'Weakly connected component size',
};
const COLORS = { domain: ['tenant', 'sample', 'random-node baseline'], range: ['#444444', '#d62728', '#1f77b4'] };
const TOP_TYPES = 15;
function cdfSpec(metric, input) {
    const rows = [input.tenant, input.sample, input.baseline].flatMap((s, i) => empiricalCdf(s.distributions[metric]).map((p) => ({ x: p.x, y: p.y, graph: COLORS.domain[i] })));
    const d = (s) => s.fidelity?.ks[metric].toFixed(3) ?? '–';
    return {
        width: 420,
        height: 240,
        title: { text: METRIC_TITLES[metric], subtitle: `KS D: sample ${d(input.sample)}, random-node baseline ${d(input.baseline)}` },
        data: { values: rows },
        mark: { type: 'line', interpolate: 'step-after' },
        encoding: {
            x: { field: 'x', type: 'quantitative', title: METRIC_TITLES[metric], scale: metric === 'clustering' ? { type: 'linear' } : { type: 'symlog' } },
            y: { field: 'y', type: 'quantitative', title: 'cumulative share', scale: { domain: [0, 1] } },
            color: { field: 'graph', type: 'nominal', scale: COLORS, title: null, legend: { labelLimit: 240 } },
        },
    };
}
function typeSpec(input) {
    const total = (m) => [...m.values()].reduce((s, c) => s + c, 0) || 1;
    const top = [...input.tenant.typeCounts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP_TYPES)
        .map(([t]) => t);
    const rows = [input.tenant, input.sample, input.baseline].flatMap((s, i) => top.map((type) => ({ type: type.replace(/^Microsoft\./, ''), share: (s.typeCounts.get(type) ?? 0) / total(s.typeCounts), graph: COLORS.domain[i] })));
    return {
        width: 420,
        title: {
            text: `Resource-type proportions (top ${top.length})`,
            subtitle: `TVD: sample ${input.sample.fidelity?.typeTvd.toFixed(3)}, random-node baseline ${input.baseline.fidelity?.typeTvd.toFixed(3)}`,
        },
        data: { values: rows },
        mark: 'bar',
        encoding: {
            y: { field: 'type', type: 'nominal', sort: null, title: null, axis: { labelLimit: 280 } },
            yOffset: { field: 'graph', sort: COLORS.domain },
            x: { field: 'share', type: 'quantitative', title: 'share of resources', axis: { format: '%' } },
            color: { field: 'graph', type: 'nominal', scale: COLORS, title: null, legend: { labelLimit: 240 } },
        },
    };
}
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function summaryTable(input) {
    const rows = [
        ...METRICS.map((m) => [`KS D, ${METRIC_TITLES[m].toLowerCase()}`, (f) => f.ks[m].toFixed(3)]),
        ['type-proportion TVD', (f) => f.typeTvd.toFixed(3)],
        ['resource types present', (f) => `${f.resourceTypes.sample} / ${f.resourceTypes.tenant}`],
        ['relationship types present', (f) => `${f.relationshipTypes.sample} / ${f.relationshipTypes.tenant}`],
        [
            'largest component share',
            (f) => `${(100 * f.sample.largestComponentFraction).toFixed(1)} % (tenant ${(100 * f.tenant.largestComponentFraction).toFixed(1)} %)`,
        ],
        ['effective diameter', (f) => `${f.sample.effectiveDiameter.toFixed(1)} hops (tenant ${f.tenant.effectiveDiameter.toFixed(1)})`],
        ['resources / relationships', (f) => `${f.sample.nodes} / ${f.sample.relationships}`],
    ];
    const cell = (s, get) => (s.fidelity ? escapeHtml(get(s.fidelity)) : '');
    return `<table><thead><tr><th>metric</th><th>sample</th><th>random-node baseline</th></tr></thead><tbody>${rows
        .map(([name, get]) => `<tr><td>${escapeHtml(name)}</td><td>${cell(input.sample, get)}</td><td>${cell(input.baseline, get)}</td></tr>`)
        .join('')}</tbody></table>`;
}
/**
 * One self-contained HTML page (no script, no stylesheet or font from elsewhere, no URL): the
 * cumulative distributions of tenant, sample and the random-node baseline overlaid for every metric,
 * with their KS D, the type proportions side by side, and the summary table.
 */
export async function renderReport(input) {
    const charts = [...(await Promise.all(METRICS.map((m) => renderSvg(cdfSpec(m, input))))), await renderSvg(typeSpec(input))];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1000px}figure{display:inline-block;margin:0 1em 1em 0;vertical-align:top}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}p.note{color:#555;font-size:.9em}</style></head>
<body><h1>${escapeHtml(input.title)}</h1><p>${escapeHtml(input.subtitle)}</p>
<p class="note">Each plot shows the cumulative share of nodes (or components) up to a value, for the tenant, the sample and a
uniform random-node sample of the same size (the baseline). The Kolmogorov–Smirnov D is the largest vertical gap between the
tenant's curve and another: 0 means the same distribution, 1 disjoint ones. A faithful sample's curve lies on the tenant's,
and its D is well below the baseline's. TVD is the total-variation distance of the resource-type mix: ½ Σ |p − q|.</p>
${summaryTable(input)}
${charts.map((svg) => `<figure>${svg}</figure>`).join('\n')}
</body></html>
`;
}
//# sourceMappingURL=report-html.js.map