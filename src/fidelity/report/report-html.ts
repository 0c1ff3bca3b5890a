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
  /** What the page says the plots and figures mean (HTML). */
  readonly note: string;
  /** The reference graph (the tenant a sample came from; the original a tenant grew from). */
  readonly tenant: ReportSeries;
  /** The graph measured against it (the sample; the grown tenant). */
  readonly sample: ReportSeries;
  /** A graph to beat (a random-node sample of the same size), when there is one. */
  readonly baseline?: ReportSeries;
}

const METRIC_TITLES: Record<Metric, string> = {
  degree: 'Degree (in + out)',
  inDegree: 'In-degree',
  outDegree: 'Out-degree',
  clustering: 'Local clustering coefficient',
  componentSize: 'Weakly connected component size',
};
const RANGE = ['#444444', '#d62728', '#1f77b4'];
const seriesOf = (input: ReportInput) => [input.tenant, input.sample, ...(input.baseline ? [input.baseline] : [])];
const colors = (input: ReportInput) => ({ domain: seriesOf(input).map((s) => s.name), range: RANGE.slice(0, seriesOf(input).length) });
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
  const rows = seriesOf(input).flatMap((s) => empiricalCdf(s.distributions[metric]).map((p) => ({ x: p.x, y: p.y, graph: s.name })));
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
      color: { field: 'graph', type: 'nominal', scale: colors(input), title: null, legend: { orient: 'bottom-right', labelLimit: 240 } },
    },
  };
}

/** A plot's KS D beside it, as the table says it. */
function ksCaption(metric: Metric, input: ReportInput): string {
  const d = (s: ReportSeries) => s.fidelity?.ks[metric].toFixed(3) ?? '–';
  const baseline = input.baseline ? `<br><span class="baseline">baseline <b>${d(input.baseline)}</b></span>` : '';
  return `<figcaption>KS D<br><span class="sample">${escapeHtml(input.sample.name)} <b>${d(input.sample)}</b></span>${baseline}</figcaption>`;
}

function typeSpec(input: ReportInput): TopLevelSpec {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, c) => s + c, 0) || 1;
  const top = [...input.tenant.typeCounts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_TYPES)
    .map(([t]) => t);
  const rows = seriesOf(input).flatMap((s) =>
    top.map((type) => ({ type: type.replace(/^Microsoft\./, ''), share: (s.typeCounts.get(type) ?? 0) / total(s.typeCounts), graph: s.name })),
  );
  return {
    width: 640,
    config: READABLE,
    title: {
      text: `Resource-type proportions (top ${top.length})`,
      subtitle: `TVD: ${[input.sample, ...(input.baseline ? [input.baseline] : [])].map((s) => `${s.name} ${s.fidelity?.typeTvd.toFixed(3)}`).join(', ')}`,
    },
    data: { values: rows },
    mark: 'bar',
    encoding: {
      y: { field: 'type', type: 'nominal', sort: null, title: null, axis: { labelLimit: 280 } },
      yOffset: { field: 'graph', sort: colors(input).domain },
      x: { field: 'share', type: 'quantitative', title: 'share of resources', axis: { format: '%' } },
      color: { field: 'graph', type: 'nominal', scale: colors(input), title: null, legend: { labelLimit: 240 } },
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
      return `<details><summary>${m.missing.length} ${what} of the ${escapeHtml(input.tenant.name)} missing from the ${escapeHtml(input.sample.name)}</summary><ul>${m.missing
        .map((x) => `<li><code>${escapeHtml(x)}</code></li>`)
        .join('')}</ul></details>`;
    })
    .join('\n');
}

function summaryTable(input: ReportInput): string {
  const rows: [string, (f: FidelityReport) => string][] = [
    ...METRICS.map((m) => [`KS D, ${METRIC_TITLES[m].toLowerCase()}`, (f: FidelityReport) => f.ks[m].toFixed(3)] as [string, (f: FidelityReport) => string]),
    ['type-proportion TVD', (f) => f.typeTvd.toFixed(3)],
    ['resource types', (f) => `${f.resourceTypes.sample} / ${f.resourceTypes.tenant}`],
    ['relationship types', (f) => `${f.relationshipTypes.sample} / ${f.relationshipTypes.tenant}`],
    ['security path kinds present', (f) => motifCell(f.securityPaths)],
    ['type triples present (type -[rel]-> type)', (f) => motifCell(f.motifs.triples)],
    ['typed 2-paths present', (f) => motifCell(f.motifs.paths)],
    [
      'largest component share',
      (f) => `${(100 * f.sample.largestComponentFraction).toFixed(1)} % (${input.tenant.name} ${(100 * f.tenant.largestComponentFraction).toFixed(1)} %)`,
    ],
    ['effective diameter', (f) => `${f.sample.effectiveDiameter.toFixed(1)} hops (${input.tenant.name} ${f.tenant.effectiveDiameter.toFixed(1)})`],
    ['resources / relationships', (f) => `${f.sample.nodes} / ${f.sample.relationships}`],
  ];
  const cell = (s: ReportSeries, get: (f: FidelityReport) => string) => (s.fidelity ? escapeHtml(get(s.fidelity)) : '');
  const columns = [input.sample, ...(input.baseline ? [input.baseline] : [])];
  return `<table><thead><tr><th>metric</th>${columns.map((s) => `<th>${escapeHtml(s.name)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(([name, get]) => `<tr><td>${escapeHtml(name)}</td>${columns.map((s) => `<td>${cell(s, get)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** What every report says about its figures, whatever it compares (HTML). */
export const MEASURES_NOTE =
  'The Kolmogorov–Smirnov D is the largest vertical gap between the curve of the reference graph and another: 0 means the same distribution, 1 disjoint ones. TVD is the total-variation distance of the resource-type mix: ½ Σ |p − q|. A type triple is a kind of relationship between two resource types (<code>type -[rel]-&gt; type</code>); a typed 2-path is two of them end to end through a resource of a third type; a security path kind is one of the catalog’s attack or missing-control paths. The share of the reference’s kinds present in the other graph says which kinds of connection it keeps.';

/**
 * One self-contained HTML page (no script, no stylesheet or font from elsewhere, no URL): the
 * cumulative distributions of the reference graph, the one measured against it and the baseline (if
 * any) overlaid for every metric, with their KS D, the type proportions side by side, the summary
 * table and the kinds of connection missing.
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
<p class="note">${input.note}</p>
${summaryTable(input)}
${missingMotifs(input)}
${plots.join('\n')}
${types}
</body></html>
`;
}
