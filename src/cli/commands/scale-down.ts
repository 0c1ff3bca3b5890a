import { type Command, Option } from 'commander';
import { METRICS, type FidelityReport } from '../../scale-down/fidelity/fidelity.js';
import { SAMPLING_ALGORITHMS, type SamplerParams, type SamplingAlgorithm } from '../../scale-down/samplers/index.js';
import { scaleDown, type ScaleDownSummary } from '../../scale-down/scale-down.js';
import { GRAPH_FORMATS, type GraphFormat } from '../../io/graph-formats/index.js';
import { formatCount, table } from '../format.js';
import { integerOption, listOption, numberOption, positiveIntegerOption } from '../parse-options.js';
import { createProgress } from '../progress.js';
import { runCommand } from '../run-command.js';

interface AlgorithmFlags {
  algorithm?: SamplingAlgorithm;
  targetSize?: number;
  targetCount?: number;
  seed?: number;
  burningProb?: number;
  backwardRatio?: number;
  restartProb?: number;
  alpha?: number;
  burnIn?: number;
  walkLength?: number;
  preserveTypes?: boolean;
  subscriptionId?: string[];
  dryRun?: boolean;
  outputMode: 'export';
  outputFile?: string;
  format?: GraphFormat;
  force?: boolean;
  includeOriginal?: boolean;
  report?: string;
}

/** The format named by --format, else by the file's extension, else json. */
function formatOf(flags: AlgorithmFlags): GraphFormat {
  if (flags.format) return flags.format;
  const ext = /\.([a-z]+)$/i.exec(flags.outputFile ?? '')?.[1]?.toLowerCase();
  const byExtension: Record<string, GraphFormat> = { json: 'json', yaml: 'yaml', yml: 'yaml', graphml: 'graphml', cypher: 'cypher', cql: 'cypher' };
  return (ext && byExtension[ext]) || 'json';
}

export function registerScaleDown(program: Command): void {
  const scaleDownCommand = program.command('scale-down').description("shrink a tenant to a faithful sample: seeded samplers over the tenant's real topology, with measured fidelity");
  scaleDownCommand
    .command('algorithm')
    .description('sample the tenant with a graph sampler and report how faithful the sample is (reads only)')
    .addOption(new Option('--algorithm <name>', 'sampler (default: scale_down.default_algorithm, forest-fire)').choices(SAMPLING_ALGORITHMS))
    .option('--target-size <F>', 'fraction of the resources to keep, 0 < F ≤ 1 (1 keeps everything; default: scale_down.default_target_size, 0.1)', numberOption)
    .option('--target-count <N>', 'number of resources to keep, instead of --target-size', positiveIntegerOption)
    .option('--seed <n>', 'random seed: the same seed gives the same sample on every store (default: scale_down.seed, else 42)', integerOption)
    .option('--burning-prob <p>', 'forest fire: forward burning probability, 0 < p < 1; each node burns a geometric number of out-links, mean p/(1−p) (default: scale_down.burning_probability, 0.4)', numberOption)
    .option('--backward-ratio <r>', 'forest fire: in-links burn with probability r·p (default 0.3)', numberOption)
    .option('--restart-prob <c>', 'random walk: probability per step of returning to the start; random jump: of jumping to a random node (default 0.15)', numberOption)
    .option('--alpha <c>', 'the same as --restart-prob (the name ATG uses)', numberOption)
    .option('--burn-in <n>', 'mhrw: steps each walk takes before it records nodes (default 100)', integerOption)
    .option('--walk-length <n>', 'mhrw: steps after which a walk restarts at a random node (default 10000)', integerOption)
    .option('--preserve-types', 'add the fewest resources needed so every resource type and relationship type of the tenant is in the sample')
    .option('--subscription-id <ids>', 'only these subscriptions (comma-separated); attributes resources whose tenant_id is null', listOption)
    .addOption(new Option('--output-mode <mode>', 'what happens to the sample: export writes it to --output-file').choices(['export']).default('export'))
    .option('--output-file <path>', 'write the sample with its context nodes (subscriptions, resource groups, tags, regions, identities, …) to this file; without it the sample is only measured')
    .addOption(new Option('--format <format>', 'file format (default: from the extension, else json): json (this tool\'s own), yaml, graphml (Gephi, yEd), cypher (a script that loads into an empty Neo4j)').choices(GRAPH_FORMATS))
    .option('--report <file.html>', 'write a self-contained HTML page with the tenant, sample and random-node-baseline distributions overlaid for every metric')
    .option('--force', 'replace --output-file and --report if they exist')
    .option('--include-original', 'also export the sampled resources\' Original twins (SCAN_SOURCE_NODE, resource group CONTAINS)')
    .option('--dry-run', 'read the tenant and print the real counts and the target; sample nothing, write nothing')
    .action(async (flags: AlgorithmFlags, command: Command) => {
      await runCommand(command, {}, async (ctx) => {
        const store = await ctx.store({ mustExist: true });
        const cfg = ctx.config.scale_down;
        const params: Partial<SamplerParams> = {
          burningProbability: flags.burningProb ?? cfg.burning_probability,
          ...(flags.backwardRatio !== undefined ? { backwardRatio: flags.backwardRatio } : {}),
          ...((flags.restartProb ?? flags.alpha) !== undefined ? { restartProbability: (flags.restartProb ?? flags.alpha)! } : {}),
          ...(flags.burnIn !== undefined ? { burnIn: flags.burnIn } : {}),
          ...(flags.walkLength !== undefined ? { walkLength: flags.walkLength } : {}),
        };
        const progress = createProgress('scale-down');
        try {
          const outcome = await scaleDown(
            store,
            {
              ...(ctx.globals.tenantId ?? process.env.AZURE_TENANT_ID ? { tenantId: ctx.globals.tenantId ?? process.env.AZURE_TENANT_ID } : {}),
              ...(flags.subscriptionId?.length ? { subscriptionIds: flags.subscriptionId } : {}),
              algorithm: flags.algorithm ?? cfg.default_algorithm,
              ...(flags.targetSize !== undefined ? { targetSize: flags.targetSize } : {}),
              ...(flags.targetCount !== undefined ? { targetCount: flags.targetCount } : {}),
              defaultTargetSize: cfg.default_target_size,
              seed: flags.seed ?? cfg.seed ?? 42,
              params,
              preserveTypes: Boolean(flags.preserveTypes),
              dryRun: Boolean(flags.dryRun),
              ...(flags.report ? { report: { file: flags.report, force: Boolean(flags.force) } } : {}),
              ...(flags.outputFile
                ? { output: { mode: flags.outputMode, file: flags.outputFile, format: formatOf(flags), force: Boolean(flags.force), includeOriginal: Boolean(flags.includeOriginal) } }
                : {}),
            },
            { onProgress: (phase, done, total) => progress.update(done, total ?? done, `reading ${phase}`), signal: ctx.signal },
          );
          return { result: outcome.summary, text: renderScaleDown(outcome.summary) };
        } finally {
          progress.stop();
        }
      });
    });
}

const pct = (part: number, whole: number) => (whole === 0 ? '0' : ((100 * part) / whole).toFixed(1));

export function renderScaleDown(s: ScaleDownSummary): string {
  const head = `Scale-down of tenant ${s.tenantId} (${s.algorithm}, seed ${s.seed}): ${s.dryRun ? 'would take ' : ''}${formatCount(s.target)} of ${formatCount(s.tenant.resources)} resources (${pct(s.target, s.tenant.resources)} %)`;
  const lines = [head, `  tenant: ${formatCount(s.tenant.resources)} resources, ${formatCount(s.tenant.relationships)} relationships among them`];
  if (s.sample) {
    lines.push(`  sample: ${formatCount(s.sample.resources)} resources, ${formatCount(s.sample.relationships)} relationships among them${s.sample.addedForTypes ? ` (${s.sample.addedForTypes} added by --preserve-types)` : ''}`);
  }
  if (s.fidelity) lines.push('', renderFidelity(s.fidelity));
  if (s.report) lines.push('', `Report: ${s.report.file} (random-node baseline degree KS D ${s.report.baseline.ks.degree.toFixed(3)})`);
  if (s.output) lines.push('', `Wrote ${s.output.file} (${s.output.format}): ${formatCount(s.output.nodes)} nodes, ${formatCount(s.output.relationships)} relationships, ${formatCount(s.output.bytes)} bytes`);
  if (s.dryRun) lines.push('', 'Dry run: nothing sampled, nothing written.');
  lines.push('', `Phases: ${s.phases.map((p) => `${p.name} ${p.seconds.toFixed(2)} s`).join(', ')}`);
  return lines.join('\n');
}

const METRIC_LABELS: Record<(typeof METRICS)[number], string> = {
  degree: 'degree',
  inDegree: 'in-degree',
  outDegree: 'out-degree',
  clustering: 'clustering',
  componentSize: 'component size',
};

export function renderFidelity(f: FidelityReport): string {
  return [
    'Fidelity, sample vs tenant (Kolmogorov–Smirnov D of each distribution: 0 = the same, 1 = disjoint):',
    table([['  ' + METRICS.map((m) => METRIC_LABELS[m]).join(' | ')], ['  ' + METRICS.map((m) => f.ks[m].toFixed(3).padStart(METRIC_LABELS[m].length)).join(' | ')]]),
    `  resource-type mix: total-variation distance ${f.typeTvd.toFixed(3)} (0 = same proportions); types ${f.resourceTypes.sample}/${f.resourceTypes.tenant}${f.resourceTypes.missing.length ? `, missing ${f.resourceTypes.missing.slice(0, 5).join(', ')}${f.resourceTypes.missing.length > 5 ? ', …' : ''}` : ''}`,
    `  relationship types: ${f.relationshipTypes.sample}/${f.relationshipTypes.tenant}${f.relationshipTypes.missing.length ? ` (missing ${f.relationshipTypes.missing.join(', ')})` : ''}`,
    `  largest connected component: ${pct(f.sample.largestComponentFraction, 1)} % of the sample, ${pct(f.tenant.largestComponentFraction, 1)} % of the tenant; components ${formatCount(f.sample.components)} vs ${formatCount(f.tenant.components)}`,
    `  effective diameter (90 % of connected pairs within): ${f.sample.effectiveDiameter.toFixed(1)} hops vs ${f.tenant.effectiveDiameter.toFixed(1)}`,
  ].join('\n');
}
