import type { TopLevelSpec } from 'vega-lite';
import { empiricalCdf } from '../metrics/ks.js';
import { METRICS, type Distributions, type FidelityReport, type Metric } from '../metrics/fidelity.js';
import type { MotifCoverage } from '../metrics/motifs.js';
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

/** Text sizes a person reads at arm's length (Vega-Lite's defaults are 10–11 px). */
const READABLE = {
  title: { fontSize: 17, subtitleFontSize: 14 },
  axis: { labelFontSize: 13, titleFontSize: 14 },
  legend: { labelFontSize: 13 },
} as const;

/** Ticks at 0, 1, 2, 5, 10, 20, 50 … up to the largest value: readable marks on a log axis that starts at 0. */
function logTicks(max: number): number[] {
  const ticks = [0];
  for (let decade = 1; decade <= Math.max(1, max); decade *= 10) for (const m of [1, 2, 5]) if (m * decade <= Math.max(1, max)) ticks.push(m * decade);
  return ticks;
}

/**
 * A metric's cumulative distributions, one plot across the page. Counts (degrees, component sizes)
 * on a log axis that still shows 0: most resources have a degree between 0 and 10, which a linear
 * axis crushes into its first tenth; the log axis gives 0–10 about half its width.
 */
function cdfSpec(metric: Metric, input: ReportInput): TopLevelSpec {
  const rows = [input.tenant, input.sample, input.baseline].flatMap((s, i) =>
    empiricalCdf(s.distributions[metric]).map((p) => ({ x: p.x, y: p.y, graph: COLORS.domain[i]! })),
  );
  const max = rows.reduce((m, r) => Math.max(m, r.x), 0);
  const counts = metric !== 'clustering';
  return {
    width: 820,
    height: 300,
    config: READABLE,
    title: { text: METRIC_TITLES[metric], subtitle: counts ? 'log axis from 0' : undefined },
    data: { values: rows },
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
    encoding: {
      x: {
        field: 'x',
        type: 'quantitative',
        title: METRIC_TITLES[metric],
        scale: counts ? { type: 'symlog', constant: 1 } : { type: 'linear' },
        ...(counts ? { axis: { values: logTicks(max), format: 'd' } } : {}),
      },
      y: { field: 'y', type: 'quantitative', title: 'cumulative share of nodes', scale: { domain: [0, 1] }, axis: { format: '%' } },
      color: { field: 'graph', type: 'nominal', scale: COLORS, title: null, legend: { orient: 'bottom-right', labelLimit: 240 } },
    },
  };
}

/** A plot's KS D beside it, as the table says it. */
function ksCaption(metric: Metric, input: ReportInput): string {
  const d = (s: ReportSeries) => s.fidelity?.ks[metric].toFixed(3) ?? '–';
  return `<figcaption>KS D<br><span class="sample">sample <b>${d(input.sample)}</b></span><br><span class="baseline">baseline <b>${d(input.baseline)}</b></span></figcaption>`;
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
    width: 640,
    config: READABLE,
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
  const lists: [string, MotifCoverage][] = [
    ['security path kinds', f.securityPaths],
    ['type triples', f.motifs.triples],
    ['typed 2-paths', f.motifs.paths],
  ];
  return lists
    .filter(([, m]) => m.missing.length > 0)
    .map(([what, m]) => {
      return `<details><summary>${m.missing.length} ${what} of the tenant missing from the sample</summary><ul>${m.missing
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
    ['security path kinds present', (f) => motifCell(f.securityPaths)],
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
  const plots = await Promise.all(METRICS.map(async (m) => `<figure class="plot">${await renderSvg(cdfSpec(m, input))}${ksCaption(m, input)}</figure>`));
  const types = `<figure>${await renderSvg(typeSpec(input))}</figure>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}figure{margin:0 0 2em 0}
figure.plot{display:flex;align-items:center;gap:1.5em}figcaption{font-size:1.05em;line-height:1.6;white-space:nowrap}
figcaption .sample b{color:#d62728}figcaption .baseline b{color:#1f77b4}
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
${plots.join('\n')}
${types}
</body></html>
`;
}
