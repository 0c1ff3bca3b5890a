/**
 * tenant-scale as a library: open a store, generate a tenant, scale it up or down, restore, import,
 * export and copy tenants, validate, clean up, read stats. Every function takes a GraphStore and plain options; long operations take
 * hooks with `onProgress` and an `AbortSignal` (an aborted operation rolls back). Errors are the
 * typed classes below: `UsageError`/`ConfigError` mean nothing was written, `OperationFailedError`
 * that what was written was rolled back; each carries a `fix`.
 */
export { openStore, resolveStore, DEFAULT_SQLITE_PATH } from './store/open-store.js';
export { SqliteStore } from './store/sqlite/sqlite-store.js';
export { Neo4jStore } from './store/neo4j/neo4j-store.js';
export { loadConfig } from './config/load-config.js';
export { scaleDownDefaults, scaleUpDefaults, skippedChecks, writeDefaults, DEFAULT_SCALE_DOWN_SEED } from './config/operation-defaults.js';
export { loadGeneratedTenant, MAX_GENERATED_RESOURCES, } from './tenant-generator/load-tenant.js';
export { scaleUpTemplate, planTemplateScaleUp, } from './scale-up/template-scale-up.js';
export { scaleUpScenario } from './scale-up/scenario/scenario-scale-up.js';
export { scaleUpRandom } from './scale-up/random/random-scale-up.js';
export { scaleDown, } from './scale-down/scale-down.js';
export { SAMPLING_ALGORITHMS } from './scale-down/samplers/index.js';
export { restoreFromBackup } from './scale-down/restore/restore.js';
export { exportTenant, importGraphFile, copyTenant } from './transfer/transfer-tenant.js';
export { importGraph, importSlice } from './transfer/import-slice.js';
export { sliceStream } from './io/graph-stream.js';
export { GRAPH_FORMATS } from './io/graph-formats/index.js';
export { importAzureFile } from './import/import-azure.js';
export { AZURE_FORMATS } from './import/read-azure-resources.js';
export { evaluateTemplate, TemplateError } from './domain/arm-template/evaluate-template.js';
export { validateTenant } from './operations/validate-tenant.js';
export { cleanupOperations } from './operations/cleanup.js';
export { onOperationEvents, OPERATION_EVENTS_CHANNEL } from './operations/events.js';
export { tenantStatsReport } from './operations/tenant-stats.js';
export { TenantScaleError, UsageError, ConfigError, StoreConnectionError, StoreError, OperationFailedError, QueryTimeoutError, InternalError, } from './domain/errors.js';
//# sourceMappingURL=index.js.map