import { type Command, Option } from 'commander';
import {
  METRICS,
  type FidelityReport,
  SAMPLING_ALGORITHMS,
  type SamplingAlgorithm,
  scaleDown,
  type ScaleDownOptions,
  type ScaleDownOutputResult,
  type ScaleDownSummary,
  parseTagFilter,
  PATTERNS,
  type PatternName,
  UsageError,
  formatOfFile,
  GRAPH_FORMATS,
  type GraphFormat,
  scaleDownDefaults,
  resolveStore,
  defaultBackupFile,
  PRESERVE_PATHS,
  type PreservePaths,
} from '../../index.js';
import { formatCount, table } from '../format.js';
import { integerOption, listOption, numberOption, positiveIntegerOption } from '../parse-options.js';
import { createProgress } from '../progress.js';
import { runCommand, type CommandContext } from '../run-command.js';

/** Flags both scale-down commands take. */
interface CommonFlags {
  targetSize?: number;
  targetCount?: number;
  seed?: number;
  subscriptionId?: string[];
  dryRun?: boolean;
  outputMode: 'export' | 'new-tenant' | 'delete';
  outputFile?: string;
  newTenantId?: string;
  toDb?: string;
  yes?: boolean;
  backupFile?: string;
  /** commander's --no-backup: false when given. */
  backup: boolean;
  format?: GraphFormat;
  force?: boolean;
  includeOriginal?: boolean;
  report?: string;
  preservePaths?: PreservePaths;
}

interface AlgorithmFlags extends CommonFlags {
  algorithm?: SamplingAlgorithm;
  burningProb?: number;
  backwardRatio?: number;
  restartProb?: number;
  alpha?: number;
  burnIn?: number;
  walkLength?: number;
  preserveTypes?: boolean;
  stratifyTypes?: boolean;
}

interface PatternFlags extends CommonFlags {
  pattern: PatternName;
  resourceTypes?: string[];
  tags?: string[];
  includeNeighbors: number;
}

function addCommonOptions(command: Command, targetHelp: string): Command {
  return command
    .option('--target-size <F>', targetHelp, numberOption)
    .option('--target-count <N>', 'number of resources to keep, instead of --target-size', positiveIntegerOption)
    .option('--seed <n>', 'random seed: the same seed gives the same sample on every store (default: scale_down.seed, else 42)', integerOption)
    .addOption(
      new Option(
        '--preserve-paths <kind>',
        "grow the sample by few resources so it holds at least one of each kind the tenant has: security (the catalog's attack and missing-control paths), motifs (every source type -[relationship]-> target type), or all",
      ).choices(PRESERVE_PATHS),
    )
    .option('--subscription-id <ids>', 'only these subscriptions (comma-separated); attributes resources whose tenant_id is null', listOption)
    .addOption(
      new Option(
        '--output-mode <mode>',
        'what happens to the sample: export writes it to --output-file; new-tenant writes it as tenant --new-tenant-id (here or in --to-db); delete shrinks the tenant in place to it (needs --yes, writes --backup-file first)',
      )
        .choices(['export', 'new-tenant', 'delete'])
        .default('export'),
    )
    .option('--new-tenant-id <id>', 'new-tenant: the id of the tenant the sample becomes (new ids for all its nodes, none shared with the source)')
    .option('--to-db <url>', 'new-tenant: write it into this store instead (a Neo4j URL, sqlite:PATH or a file path)')
    .option('--yes', 'delete: confirm deleting every resource of the tenant outside the sample')
    .option(
      '--backup-file <path>',
      'delete: where the backup of everything deleted goes, written and fsynced before the first delete (default: next to the store file)',
    )
    .option('--no-backup', 'delete: write no backup (the deletion cannot be undone or resumed)')
    .option(
      '--output-file <path>',
      'write the sample with its context nodes (subscriptions, resource groups, tags, regions, identities, …) to this file; without it the sample is only measured',
    )
    .addOption(
      new Option(
        '--format <format>',
        "file format (default: from the extension, else json): json (this tool's own), yaml, graphml (Gephi, yEd), cypher (a script that loads into an empty Neo4j)",
      ).choices(GRAPH_FORMATS),
    )
    .option('--include-original', "export and new-tenant: also the sampled resources' Original twins (SCAN_SOURCE_NODE, resource group CONTAINS)")
    .option('--report <file.html>', 'write a self-contained HTML page with the tenant, sample and random-node-baseline distributions overlaid for every metric')
    .option('--force', 'replace --output-file and --report if they exist')
    .option('--dry-run', 'read the tenant and print the real counts and the target; sample nothing, write nothing');
}

/** Runs one scale-down with a progress bar and renders it; `specific` adds the command's own options. */
async function runScaleDown(
  command: Command,
  flags: CommonFlags,
  specific: (ctx: CommandContext) => Pick<ScaleDownOptions, 'algorithm' | 'params' | 'preserveTypes' | 'stratifyTypes' | 'pattern'>,
): Promise<void> {
  await runCommand(command, {}, async (ctx) => {
    const store = await ctx.store({ mustExist: true });
    const defaults = scaleDownDefaults(ctx.config);
    const tenantId = ctx.tenantId;
    const progress = createProgress('scale-down');
    try {
      const outcome = await scaleDown(
        store,
        {
          ...specific(ctx),
          ...(tenantId ? { tenantId } : {}),
          ...(flags.subscriptionId?.length ? { subscriptionIds: flags.subscriptionId } : {}),
          ...(flags.targetSize !== undefined ? { targetSize: flags.targetSize } : {}),
          ...(flags.targetCount !== undefined ? { targetCount: flags.targetCount } : {}),
          defaultTargetSize: defaults.defaultTargetSize,
          seed: flags.seed ?? defaults.seed,
          ...(flags.preservePaths ? { preservePaths: flags.preservePaths } : {}),
          dryRun: Boolean(flags.dryRun),
          ...(flags.report ? { report: { file: flags.report, force: Boolean(flags.force) } } : {}),
          ...(await outputOf(ctx, flags, tenantId)),
          batchSize: defaults.batchSize,
          concurrency: defaults.concurrency,
        },
        { onProgress: (phase, done, total) => progress.update(done, total ?? done, phase), signal: ctx.signal },
      );
      return { result: outcome.summary, text: renderScaleDown(outcome.summary) };
    } finally {
      progress.stop();
    }
  });
}

/** The output the flags ask for; flags of another mode are refused rather than ignored. */
async function outputOf(ctx: CommandContext, flags: CommonFlags, tenantId: string | undefined): Promise<Pick<ScaleDownOptions, 'output'>> {
  const mode = flags.outputMode;
  const misplaced: [string, unknown][] = [
    ['--output-file', mode !== 'export' && flags.outputFile],
    ['--format', mode !== 'export' && flags.format],
    ['--new-tenant-id', mode !== 'new-tenant' && flags.newTenantId],
    ['--to-db', mode !== 'new-tenant' && flags.toDb],
    ['--backup-file', mode !== 'delete' && flags.backupFile],
    ['--no-backup', mode !== 'delete' && !flags.backup],
    ['--include-original', mode === 'delete' && flags.includeOriginal],
  ];
  const foreign = misplaced.filter(([, bad]) => bad);
  if (foreign.length)
    throw new UsageError(
      `${foreign.map(([flag]) => flag).join(', ')} does not apply to --output-mode ${mode}`,
      'drop it, or pick the --output-mode it belongs to',
    );
  if (mode === 'export') {
    return flags.outputFile
      ? {
          output: {
            mode,
            file: flags.outputFile,
            format: flags.format ?? formatOfFile(flags.outputFile ?? ''),
            force: Boolean(flags.force),
            includeOriginal: Boolean(flags.includeOriginal),
          },
        }
      : {};
  }
  if (mode === 'new-tenant') {
    if (!flags.newTenantId) throw new UsageError('--output-mode new-tenant needs --new-tenant-id', 'pass --new-tenant-id with the id the sample should get');
    const target = flags.toDb ? await ctx.otherStore(flags.toDb) : undefined;
    return { output: { mode, newTenantId: flags.newTenantId, includeOriginal: Boolean(flags.includeOriginal), ...(target ? { target } : {}) } };
  }
  if (flags.backupFile && !flags.backup) throw new UsageError('--backup-file and --no-backup contradict each other', 'pass one of them');
  // The store's file, as the store resolver reads --db (never parsed out of the store's target).
  const where = resolveStore(ctx.globals.db !== undefined ? { db: ctx.globals.db } : {});
  const storeFile = where.kind === 'sqlite' ? where.path : null;
  const backupFile = flags.backup ? (flags.backupFile ?? defaultBackupFile(storeFile, tenantId ?? 'tenant')) : null;
  return { output: { mode, confirmed: Boolean(flags.yes), backupFile } };
}

export function registerScaleDown(program: Command): void {
  const scaleDownCommand = program
    .command('scale-down')
    .description("shrink a tenant to a faithful sample: seeded samplers over the tenant's real topology, with measured fidelity");
  const algorithm = scaleDownCommand
    .command('algorithm')
    .description('sample the tenant with a graph sampler and report how faithful the sample is')
    .addOption(new Option('--algorithm <name>', 'sampler (default: scale_down.default_algorithm, forest-fire)').choices(SAMPLING_ALGORITHMS))
    .option(
      '--burning-prob <p>',
      'forest fire: forward burning probability, 0 < p < 1; each node burns a geometric number of out-links, mean p/(1−p) (default: scale_down.burning_probability, 0.7)',
      numberOption,
    )
    .option('--backward-ratio <r>', 'forest fire: in-links burn with probability r·p (default 0.6)', numberOption)
    .option(
      '--restart-prob <c>',
      'random walk: probability per step of returning to the start; random jump: of jumping to a random node (default 0.15)',
      numberOption,
    )
    .option('--alpha <c>', 'the same as --restart-prob (the name ATG uses)', numberOption)
    .option('--burn-in <n>', 'mhrw: steps each walk takes before it records nodes (default 100)', integerOption)
    .option('--walk-length <n>', 'mhrw: steps after which a walk restarts at a random node (default 10000)', integerOption)
    .option('--preserve-types', 'add the fewest resources needed so every resource type and relationship type of the tenant is in the sample')
    .option(
      '--stratify-types',
      "keep the tenant's resource-type mix: per-type quotas (within one resource per type); walks and fires pass through full types without taking them",
    );
  addCommonOptions(algorithm, 'fraction of the resources to keep, 0 < F ≤ 1 (1 keeps everything; default: scale_down.default_target_size, 0.1)').action(
    async (flags: AlgorithmFlags, command: Command) => {
      await runScaleDown(command, flags, (ctx) => {
        const defaults = scaleDownDefaults(ctx.config);
        const restart = flags.restartProb ?? flags.alpha;
        return {
          algorithm: flags.algorithm ?? defaults.algorithm,
          params: {
            burningProbability: flags.burningProb ?? defaults.burningProbability,
            ...(flags.backwardRatio !== undefined ? { backwardRatio: flags.backwardRatio } : {}),
            ...(restart !== undefined ? { restartProbability: restart } : {}),
            ...(flags.burnIn !== undefined ? { burnIn: flags.burnIn } : {}),
            ...(flags.walkLength !== undefined ? { walkLength: flags.walkLength } : {}),
          },
          preserveTypes: Boolean(flags.preserveTypes),
          stratifyTypes: Boolean(flags.stratifyTypes),
        };
      });
    },
  );
  const pattern = scaleDownCommand
    .command('pattern')
    .description('take the resources a pattern picks (by type and tags) and grow them by relationship hops into a slice that hangs together')
    .addOption(
      new Option('--pattern <name>', 'security, network, compute, storage (sets of ARM types), or resource-type (the types of --resource-types)')
        .choices(PATTERNS)
        .makeOptionMandatory(),
    )
    .option('--resource-types <types>', 'ARM types to start from (comma-separated): required for resource-type, narrows the others', listOption)
    .option('--tags <k=v,…>', "only resources carrying every one of these tags (ATG's JSON-string tags, parsed; keys case-insensitive)", listOption)
    .option('--include-neighbors <hops>', 'grow the picked resources by this many relationship hops, both directions', integerOption, 1);
  addCommonOptions(pattern, 'cut the slice at this fraction of the tenant, 0 < F ≤ 1 (default: everything the pattern reaches)').action(
    async (flags: PatternFlags, command: Command) => {
      await runScaleDown(command, flags, () => ({
        algorithm: 'pattern',
        pattern: {
          pattern: flags.pattern,
          ...(flags.resourceTypes?.length ? { resourceTypes: flags.resourceTypes } : {}),
          tags: parseTagFilter(flags.tags),
          hops: flags.includeNeighbors,
        },
      }));
    },
  );
}

/** The resources --preserve-types and --preserve-paths added, said after the sample's size. */
function addedNote(sample: NonNullable<ScaleDownSummary['sample']>): string {
  const notes = [
    ...(sample.addedForTypes ? [`${formatCount(sample.addedForTypes)} added by --preserve-types`] : []),
    ...(sample.addedForPaths ? [`${formatCount(sample.addedForPaths)} added by --preserve-paths`] : []),
  ];
  return notes.length ? ` (${notes.join(', ')})` : '';
}

const pct = (part: number, whole: number) => (whole === 0 ? '0' : ((100 * part) / whole).toFixed(1));

export function renderScaleDown(s: ScaleDownSummary): string {
  const method = s.pattern ? `pattern ${s.pattern.pattern}, ${formatCount(s.pattern.seeds)} matching resources + ${s.pattern.hops} hop(s)` : s.algorithm;
  const head = `Scale-down of tenant ${s.tenantId} (${method}, seed ${s.seed}): ${s.dryRun ? 'would take ' : ''}${formatCount(s.sample?.resources ?? s.target)} of ${formatCount(s.tenant.resources)} resources (${pct(s.sample?.resources ?? s.target, s.tenant.resources)} %)`;
  const lines = [head, `  tenant: ${formatCount(s.tenant.resources)} resources, ${formatCount(s.tenant.relationships)} relationships among them`];
  if (s.sample) {
    lines.push(`  sample: ${formatCount(s.sample.resources)} resources, ${formatCount(s.sample.relationships)} relationships among them${addedNote(s.sample)}`);
  }
  if (s.fidelity) lines.push('', renderFidelity(s.fidelity));
  if (s.report) lines.push('', `Report: ${s.report.file} (random-node baseline degree KS D ${s.report.baseline.ks.degree.toFixed(3)})`);
  if (s.output) lines.push('', renderOutput(s.output));
  if (s.dryRun && s.outputMode === 'delete')
    lines.push(
      '',
      `Would delete ${formatCount(s.tenant.resources - s.target)} resources outside the sample (each with its Original twin and every relationship touching it) and keep ${formatCount(s.target)}.`,
    );
  if (s.dryRun) lines.push('', 'Dry run: nothing sampled, nothing written.');
  lines.push('', `Phases: ${s.phases.map((p) => `${p.name} ${p.seconds.toFixed(2)} s`).join(', ')}`);
  return lines.join('\n');
}

function renderOutput(o: ScaleDownOutputResult): string {
  switch (o.mode) {
    case 'export':
      return `Wrote ${o.file} (${o.format}): ${formatCount(o.nodes)} nodes, ${formatCount(o.relationships)} relationships, ${formatCount(o.bytes)} bytes`;
    case 'new-tenant':
      return `Wrote the sample as tenant ${o.newTenantId} in ${o.store} (operation ${o.operationId}): ${formatCount(o.resources)} resources, ${formatCount(o.nodes)} nodes with context, ${formatCount(o.relationships)} relationships; validation passed.\n  Remove it again with: tenant-scale scale-cleanup --operation-id ${o.operationId} --yes`;
    case 'delete':
      return [
        `${o.resumed ? 'Finished the interrupted delete' : 'Shrunk the tenant in place'} (operation ${o.operationId}): deleted ${formatCount(o.resourcesDeleted)} resources (${formatCount(o.nodesDeleted)} nodes with their Original twins, ${formatCount(o.relationshipsDeleted)} relationships), kept ${formatCount(o.resourcesKept)}; validation passed.`,
        o.backupFile
          ? `  Backup: ${o.backupFile}\n  Put everything back with: tenant-scale restore --file ${o.backupFile}`
          : '  No backup was written (--no-backup): this cannot be undone.',
      ].join('\n');
  }
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
    table([
      [`  ${METRICS.map((m) => METRIC_LABELS[m]).join(' | ')}`],
      [`  ${METRICS.map((m) => f.ks[m].toFixed(3).padStart(METRIC_LABELS[m].length)).join(' | ')}`],
    ]),
    `  resource-type mix: total-variation distance ${f.typeTvd.toFixed(3)} (0 = same proportions); types ${f.resourceTypes.sample}/${f.resourceTypes.tenant}${f.resourceTypes.missing.length ? `, missing ${f.resourceTypes.missing.slice(0, 5).join(', ')}${f.resourceTypes.missing.length > 5 ? ', …' : ''}` : ''}`,
    `  relationship types: ${f.relationshipTypes.sample}/${f.relationshipTypes.tenant}${f.relationshipTypes.missing.length ? ` (missing ${f.relationshipTypes.missing.join(', ')})` : ''}`,
    ...(['triples', 'paths'] as const).map((kind) => {
      const m = f.motifs[kind];
      const shown = m.missing.slice(0, 3).join('; ');
      return `  ${kind === 'triples' ? 'type triples (type -[rel]-> type)' : 'typed 2-paths'}: ${formatCount(m.sample)}/${formatCount(m.tenant)} (${pct(m.coverage, 1)} %)${m.missing.length ? `, missing ${shown}${m.missing.length > 3 ? `; … ${formatCount(m.missing.length - 3)} more (--json lists them)` : ''}` : ''}`;
    }),
    `  security path kinds: ${f.securityPaths.sample}/${f.securityPaths.tenant} kinds${f.securityPaths.missing.length ? `, missing ${f.securityPaths.missing.join(', ')}` : ''}`,
    `  largest connected component: ${pct(f.sample.largestComponentFraction, 1)} % of the sample, ${pct(f.tenant.largestComponentFraction, 1)} % of the tenant; components ${formatCount(f.sample.components)} vs ${formatCount(f.tenant.components)}`,
    `  effective diameter (90 % of connected pairs within): ${f.sample.effectiveDiameter.toFixed(1)} hops vs ${f.tenant.effectiveDiameter.toFixed(1)}`,
  ].join('\n');
}
