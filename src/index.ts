/**
 * tenant-scale as a library: open a store, generate a tenant, scale it up or down, restore, import,
 * export and copy tenants, validate, clean up, read stats. Every function takes a GraphStore and plain options; long operations take
 * hooks with `onProgress` and an `AbortSignal` (an aborted operation rolls back). Errors are the
 * typed classes below: `UsageError`/`ConfigError` mean nothing was written, `OperationFailedError`
 * that what was written was rolled back; each carries a `fix`.
 */
import './operation-kinds.js';

export { openStore, resolveStore, DEFAULT_SQLITE_PATH, type StoreLocation, type ResolvedStore } from './store/open-store.js';
export type { GraphStore, StoreKind, TenantStats, GraphCensus, CountByKey } from './store/graph-store.js';
export { storeFailure } from './store/store-failure.js';
export { SqliteStore } from './store/sqlite/sqlite-store.js';
// A type only: the class would load neo4j-driver (a third of a command's start) for every user of this
// entry point, SQLite ones too. openStore opens a Neo4j store and loads the driver then.
export type { Neo4jStore } from './store/neo4j/neo4j-store.js';

export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './config/load-config.js';
export { LOG_LEVELS, type ScaleConfig } from './config/config-schema.js';
export { scaleDownDefaults, scaleUpDefaults, skippedChecks, writeDefaults, DEFAULT_SCALE_DOWN_SEED } from './config/operation-defaults.js';

export {
  loadGeneratedTenant,
  checkGenerateOptions,
  MAX_GENERATED_RESOURCES,
  type LoadTenantOptions,
  type LoadTenantResult,
  type ProgressHooks,
} from './tenant-generator/load-tenant.js';
export {
  scaleUpTemplate,
  planTemplateScaleUp,
  type TemplateScaleUpOptions,
  type TemplateScaleUpResult,
  type TemplatePlanSummary,
} from './scale-up/template-scale-up.js';
export { scaleUpScenario, type ScenarioScaleUpOptions, type ScenarioScaleUpResult, type ScenarioSource } from './scale-up/scenario/scenario-scale-up.js';
export { BUILTIN_SCENARIOS, BUILTIN_SCENARIO_DEFAULTS } from './scale-up/scenario/builtin-scenarios.js';
export { scaleUpRandom, type RandomScaleUpOptions, type RandomScaleUpResult } from './scale-up/random/random-scale-up.js';
export { DISTRIBUTION_PRESETS } from './scale-up/random/type-distribution.js';
export type { ScaleUpBaseOptions, ScaleUpHooks, ScaleUpResult } from './scale-up/scale-up-types.js';
export { reportGrowth, type GrowthReportOptions, type GrowthFidelity } from './scale-up/growth-fidelity.js';

export {
  scaleDown,
  type ScaleDownOptions,
  type ScaleDownOutcome,
  type ScaleDownOutput,
  type ScaleDownOutputResult,
  type ScaleDownSummary,
} from './scale-down/scale-down.js';
export { SAMPLING_ALGORITHMS, type SamplingAlgorithm, type SamplerParams } from './scale-down/samplers/index.js';
export { PRESERVE_PATHS, type PreservePaths } from './scale-down/samplers/preserve-paths.js';
export { SECURITY_PATHS, type SecurityPath, type PathStep } from './domain/atg-catalog/security-paths.js';
export { METRICS, type FidelityReport } from './fidelity/metrics/fidelity.js';
export type { ExportOutput, ExportResult } from './scale-down/outputs/export-sample.js';
export type { NewTenantOutput, NewTenantResult } from './scale-down/outputs/new-tenant.js';
export { backupFileIn, defaultBackupFile, type DeleteOutput, type DeleteResult } from './scale-down/outputs/delete-in-place.js';
export { PATTERNS, parseTagFilter, type PatternName } from './scale-down/patterns.js';
export type { PatternSpec } from './scale-down/pattern-seeds.js';
export { restoreFromBackup, type RestoreOptions, type RestoreResult } from './scale-down/restore/restore.js';

export { exportTenant, importGraphFile, copyTenant, type ExportTenantOptions, type ExportTenantResult } from './transfer/transfer-tenant.js';
export { importGraph, importSlice, type ImportSliceOptions, type ImportResult } from './transfer/import-slice.js';
export { sliceStream, type GraphStream } from './io/graph-stream.js';
export { formatOfFile, GRAPH_FORMATS, type GraphFormat } from './io/graph-formats/index.js';
export { importAzureFile, type ImportAzureOptions, type ImportAzureResult } from './transfer/import-azure.js';
export { AZURE_FORMATS, type AzureFormat } from './transfer/read-azure-resources.js';
export { evaluateTemplate, TemplateError, type DeploymentScope, type EvaluatedTemplate } from './domain/arm-template/evaluate-template.js';

export { isLeftBehind } from './operations/lifecycle/running-process.js';
export { describeKind, undoEffect } from './operations/kinds/registry.js';
export { validateTenant, type TenantValidation, type OperationValidation } from './operations/validate-tenant.js';
export type { ValidationCheck } from './operations/validate-operation.js';
export { cleanupOperations, type CleanupOptions, type CleanupHooks, type CleanupResult, type CleanedOperation } from './operations/cleanup.js';
export { onOperationEvents, publishOperationEvent, OPERATION_EVENTS_CHANNEL, type OperationEvent } from './operations/events.js';
export { readTenantStats, tenantResourceStats, tenantStatsReport, type TenantResourceStats, type TenantStatsReport } from './operations/tenant-stats.js';
export type { OperationRecord, OperationKind, OperationStatus } from './domain/operation-record.js';

export {
  TenantScaleError,
  UsageError,
  ConfigError,
  StoreConnectionError,
  StoreError,
  OperationFailedError,
  QueryTimeoutError,
  InternalError,
} from './domain/errors.js';

/** For front ends (the CLI, the console): secrets kept out of what they print, and the spools a crashed run left behind. */
export { passwordOf, scrubSecrets, secretSpellings } from './domain/secrets.js';
export { SPOOL_PREFIX, sweepStale } from './io/temp-files.js';
