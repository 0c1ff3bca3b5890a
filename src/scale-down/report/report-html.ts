import type { TopLevelSpec } from 'vega-lite';
import { empiricalCdf } from '../fidelity/ks.js';
import { METRICS, type Distributions, type FidelityReport, type Metric } from '../fidelity/fidelity.js';
import type { MotifCoverage } from '../fidelity/motifs.js';
import { renderSvg } from './svg-chart.js';

/** One graph's values, as the report compares them. */
export interface ReportSeries {
  readonly name: string;
  readonly distributions: Distributions;
  readonly typeCounts: ReadonlyMap<string, number>;
  /** Fidelity against the tenant (absent for the tenant itself). */
  readonly fidelity?: FidelityReport;
}

export interface ReportInput {
  readonly title: string;
  readonly subtitle: string;
  readonly tenant: ReportSeries;
  readonly sample: ReportSeries;
  readonly baseline: ReportSeries;
}

const METRIC_TITLES: Record<Metric, string> = {
  degree: 'Degree (in + out)',
  inDegree: 'In-degree',
  outDegree: 'Out-degree',
  clustering: 'Local clustering coefficient',
  componentSize: 'Weakly connected component size',
};
const COLORS = { domain: ['tenant', 'sample', 'random-node baseline'], range: ['#444444', '#d62728', '#1f77b4'] };
const TOP_TYPES = 15;

function cdfSpec(metric: Metric, input: ReportInput): TopLevelSpec {
  const rows = [input.tenant, input.sample, input.baseline].flatMap((s, i) =>
    empiricalCdf(s.distributions[metric]).map((p) => ({ x: p.x, y: p.y, graph: COLORS.domain[i]! })),
  );
  const d = (s: ReportSeries) => s.fidelity?.ks[metric].toFixed(3) ?? '–';
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

function typeSpec(input: ReportInput): TopLevelSpec {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, c) => s + c, 0) || 1;
  const top = [...input.tenant.typeCounts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_TYPES)
    .map(([t]) => t);
  const rows = [input.tenant, input.sample, input.baseline].flatMap((s, i) =>
    top.map((type) => ({ type: type.replace(/^Microsoft\./, ''), share: (s.typeCounts.get(type) ?? 0) / total(s.typeCounts), graph: COLORS.domain[i]! })),
  );
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

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const motifCell = (m: MotifCoverage) => `${m.sample} / ${m.tenant} (${(100 * m.coverage).toFixed(1)} %)`;

/** The sample's missing motifs, listed (a faithful sample has none). */
function missingMotifs(input: ReportInput): string {
  const f = input.sample.fidelity;
  if (!f) return '';
  return (['triples', 'paths'] as const)
    .filter((kind) => f.motifs[kind].missing.length > 0)
    .map((kind) => {
      const m = f.motifs[kind];
      return `<details><summary>${m.missing.length} ${kind === 'triples' ? 'type triples' : 'typed 2-paths'} of the tenant missing from the sample</summary><ul>${m.missing
        .map((x) => `<li><code>${escapeHtml(x)}</code></li>`)
        .join('')}</ul></details>`;
    })
    .join('\n');
}

function summaryTable(input: ReportInput): string {
  const rows: [string, (f: FidelityReport) => string][] = [
    ...METRICS.map((m) => [`KS D, ${METRIC_TITLES[m].toLowerCase()}`, (f: FidelityReport) => f.ks[m].toFixed(3)] as [string, (f: FidelityReport) => string]),
    ['type-proportion TVD', (f) => f.typeTvd.toFixed(3)],
    ['resource types present', (f) => `${f.resourceTypes.sample} / ${f.resourceTypes.tenant}`],
    ['relationship types present', (f) => `${f.relationshipTypes.sample} / ${f.relationshipTypes.tenant}`],
    ['type triples present (type -[rel]-> type)', (f) => motifCell(f.motifs.triples)],
    ['typed 2-paths present', (f) => motifCell(f.motifs.paths)],
    [
      'largest component share',
      (f) => `${(100 * f.sample.largestComponentFraction).toFixed(1)} % (tenant ${(100 * f.tenant.largestComponentFraction).toFixed(1)} %)`,
    ],
    ['effective diameter', (f) => `${f.sample.effectiveDiameter.toFixed(1)} hops (tenant ${f.tenant.effectiveDiameter.toFixed(1)})`],
    ['resources / relationships', (f) => `${f.sample.nodes} / ${f.sample.relationships}`],
  ];
  const cell = (s: ReportSeries, get: (f: FidelityReport) => string) => (s.fidelity ? escapeHtml(get(s.fidelity)) : '');
  return `<table><thead><tr><th>metric</th><th>sample</th><th>random-node baseline</th></tr></thead><tbody>${rows
    .map(([name, get]) => `<tr><td>${escapeHtml(name)}</td><td>${cell(input.sample, get)}</td><td>${cell(input.baseline, get)}</td></tr>`)
    .join('')}</tbody></table>`;
}

/**
 * One self-contained HTML page (no script, no stylesheet or font from elsewhere, no URL): the
 * cumulative distributions of tenant, sample and the random-node baseline overlaid for every metric,
 * with their KS D, the type proportions side by side, and the summary table.
 */
export async function renderReport(input: ReportInput): Promise<string> {
  const charts = [...(await Promise.all(METRICS.map((m) => renderSvg(cdfSpec(m, input))))), await renderSvg(typeSpec(input))];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1000px}figure{display:inline-block;margin:0 1em 1em 0;vertical-align:top}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}p.note{color:#555;font-size:.9em}</style></head>
<body><h1>${escapeHtml(input.title)}</h1><p>${escapeHtml(input.subtitle)}</p>
<p class="note">Each plot shows the cumulative share of nodes (or components) up to a value, for the tenant, the sample and a
uniform random-node sample of the same size (the baseline). The Kolmogorov–Smirnov D is the largest vertical gap between the
tenant's curve and another: 0 means the same distribution, 1 disjoint ones. A faithful sample's curve lies on the tenant's,
and its D is well below the baseline's. TVD is the total-variation distance of the resource-type mix: ½ Σ |p − q|. A type triple is a kind of
relationship between two resource types (<code>type -[rel]-&gt; type</code>); a typed 2-path is two of them end to end through a
resource of a third type: the share of the tenant's present in the sample says which kinds of connection it keeps.</p>
${summaryTable(input)}
${missingMotifs(input)}
${charts.map((svg) => `<figure>${svg}</figure>`).join('\n')}
</body></html>
`;
}
