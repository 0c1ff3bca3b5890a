import { SCENARIO_KIND } from './scenario-kind.js';
import { UsageError } from '../../domain/errors.js';
import { parseWithSchema, parseYamlText, readYamlFile } from '../../io/read-yaml-file.js';
import type { CountByKey, GraphStore, RelationshipProfileRow } from '../../store/graph-store.js';
import { AZURE_REGION_CODES } from '../../domain/atg-catalog/shared-nodes.js';
import { generatedChunkRows } from '../chunk-rows.js';
import { runGeneratedScaleUp, type GeneratedScaleUpOptions } from '../generated-scale-up.js';
import type { ScaleUpHooks, ScaleUpResult } from '../scale-up-types.js';
import { BUILTIN_SCENARIO_DEFAULTS, BUILTIN_SCENARIOS, builtinScenario, type BuiltinScenario, type BuiltinScenarioParams } from './builtin-scenarios.js';
import { scenarioChunks } from './scenario-chunks.js';
import { scenarioSchema, type ScenarioDefinition } from './scenario-definition.js';
import { planScenario } from './scenario-plan.js';

/** A built-in scenario with its parameters, a scenario file, or a scenario's YAML text (what the console's editor sends). */
export type ScenarioSource =
  | { readonly name: string; readonly params?: Partial<BuiltinScenarioParams> }
  | { readonly file: string }
  | { readonly text: string };

export interface ScenarioScaleUpOptions extends GeneratedScaleUpOptions {
  readonly source: ScenarioSource;
  /** Times the whole scenario is written; each repetition is its own set of stamps. */
  readonly scaleFactor: number;
  readonly seed: number;
  /** Rows per streamed chunk. */
  readonly chunkRows?: number;
}

export interface ScenarioPlanSummary {
  readonly scenario: string;
  readonly description: string | null;
  readonly repetitions: number;
  readonly stamps: number;
  readonly stampLabels: readonly string[];
  readonly plannedResources: number;
  readonly plannedRelationships: number;
  readonly byType: readonly CountByKey[];
  readonly profile: readonly RelationshipProfileRow[];
}

export type ScenarioScaleUpResult = ScaleUpResult<ScenarioPlanSummary & { estimatedSeconds: number }>;

const FILE_FIX = 'see docs/scenarios.md for the format (name, groups with resources, links)';

/** The scenario a source names, validated by the one schema every scenario goes through. */
export function resolveScenario(source: ScenarioSource): ScenarioDefinition {
  if ('file' in source) return readYamlFile(source.file, scenarioSchema, 'scenario file', FILE_FIX);
  if ('text' in source) return parseYamlText(source.text, scenarioSchema, 'the scenario in {{option:scenarioText}}', FILE_FIX);
  if (!(BUILTIN_SCENARIOS as readonly string[]).includes(source.name)) {
    throw new UsageError(
      `unknown scenario "${source.name}"`,
      `use one of ${BUILTIN_SCENARIOS.join(', ')}, or describe your own in a YAML file and pass {{option:scenarioFile}} PATH`,
    );
  }
  const params: BuiltinScenarioParams = { ...BUILTIN_SCENARIO_DEFAULTS, ...definedOnly(source.params ?? {}) };
  const unknown = params.regions.filter((r) => !AZURE_REGION_CODES.includes(r));
  if (unknown.length || params.regions.length === 0) {
    throw new UsageError(
      `{{option:regions}}: ${unknown.length ? `unknown Azure region ${unknown.join(', ')}` : 'no region given'}`,
      `use region codes such as ${AZURE_REGION_CODES.slice(0, 6).join(', ')}`,
    );
  }
  if (new Set(params.regions).size !== params.regions.length)
    throw new UsageError(`{{option:regions}} lists a region twice (${params.regions.join(', ')})`, 'name each region once');
  return parseWithSchema(
    builtinScenario(source.name as BuiltinScenario, params),
    scenarioSchema,
    `built-in scenario ${source.name}`,
    'this is a bug in tenant-scale; please report it',
  );
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Scenario scale-up: a real architecture (or the user's), written stamp by stamp through the
 * shared streaming writer, then validated down to "every node reaches its stamp's root".
 */
export async function scaleUpScenario(store: GraphStore, options: ScenarioScaleUpOptions, hooks: ScaleUpHooks = {}): Promise<ScenarioScaleUpResult> {
  const definition = resolveScenario(options.source);
  const plan = planScenario(definition, options.scaleFactor);
  const summary: ScenarioPlanSummary = {
    scenario: definition.name,
    description: definition.description ?? null,
    repetitions: plan.repetitions,
    stamps: plan.stamps.length * plan.repetitions,
    stampLabels: plan.stamps,
    plannedResources: plan.plannedResources,
    plannedRelationships: plan.plannedRelationships,
    byType: plan.byType,
    profile: plan.profile,
  };
  return runGeneratedScaleUp(
    store,
    options,
    {
      kind: SCENARIO_KIND,
      params: {
        scenario:
          'file' in options.source
            ? { file: options.source.file, name: definition.name }
            : 'text' in options.source
              ? { name: definition.name, text: true }
              : { name: definition.name, ...options.source.params },
        scaleFactor: options.scaleFactor,
        seed: options.seed,
      },
      summary,
      chunks: (context) =>
        scenarioChunks(plan, {
          ...context,
          seed: options.seed,
          chunkRows: options.chunkRows ?? generatedChunkRows(store, options.batchSize, options.concurrency),
        }),
      planned: { byType: plan.byType, relationships: plan.plannedRelationships, profile: plan.profile, stamps: summary.stamps },
    },
    hooks,
  );
}
