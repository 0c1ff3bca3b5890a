import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LABEL } from '../../domain/atg-schema.js';
import { UsageError } from '../../domain/errors.js';
import { newOperationId } from '../../domain/ids.js';
import type { OperationRecord } from '../../domain/operation-record.js';
import { operationKind } from '../../operations/kinds/registry.js';
import { DELETE_KIND } from './delete-kind.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import { writeGraphStream } from '../../io/graph-formats/index.js';
import { spoolGraph } from '../../io/graph-spool.js';
import { refOf } from '../../domain/graph-slice.js';
import { runOperation } from '../../operations/lifecycle/run-operation.js';
import type { OperationMetrics } from '../../operations/metrics.js';
import type { ValidationCheck } from '../../operations/validate-operation.js';
import type { GraphStore } from '../../store/graph-store.js';
import { BACKUP_KIND, backupKeys, openBackup } from '../../slice/backup-file.js';
import { walkRemoval } from '../../slice/removal-slice.js';
import type { TenantPage } from '../../slice/tenant-slice.js';
import type { SampleOutput } from './sample-output.js';

export interface DeleteOutput {
  readonly mode: 'delete';
  /** The user confirmed the deletion (--yes). */
  readonly confirmed: boolean;
  /** Where the backup of everything deleted goes (written and fsynced before the first delete); null only when the user chose no backup. */
  readonly backupFile: string | null;
}

export interface DeleteResult {
  readonly mode: 'delete';
  readonly operationId: string;
  readonly backupFile: string | null;
  /** Abstracted resources deleted (each with its Original twin). */
  readonly resourcesDeleted: number;
  /** Nodes deleted, both layers. */
  readonly nodesDeleted: number;
  /** Relationships deleted with them (all are in the backup). */
  readonly relationshipsDeleted: number;
  readonly resourcesKept: number;
  /** This run finished a delete an earlier run left unfinished. */
  readonly resumed: boolean;
  readonly validation: readonly ValidationCheck[];
}

const PAGE = 5_000;

/** The default backup file: next to a store file, else in the working folder; named by tenant and time. */
export function defaultBackupFile(storeFile: string | null, tenantId: string, now = new Date()): string {
  return backupFileIn(storeFile ? dirname(storeFile) : '.', tenantId, now);
}

/** A backup file in `folder`, named by tenant and time (to the second). */
export function backupFileIn(folder: string, tenantId: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return resolve(folder, `tenant-scale-backup-${tenantId.replace(/[^A-Za-z0-9._-]/g, '_')}-${stamp}.json`);
}

/** Refuses, before anything is read or written, a delete without confirmation or with a backup path that cannot be written. */
export function checkDeleteOutput(output: DeleteOutput): void {
  if (!output.confirmed)
    throw new UsageError(
      '{{option:mode|output-mode}} delete deletes every resource of the tenant outside the sample, and {{option:confirmed|yes}} is not given',
      'pass {{option:confirmed|yes}} to confirm (and see the counts first with {{option:dryRun}})',
    );
  if (output.backupFile === null) return;
  const full = resolve(output.backupFile);
  if (existsSync(full))
    throw new UsageError(`backup file ${output.backupFile} already exists`, 'choose another {{option:backupFile}}: a backup is never overwritten');
  try {
    accessSync(dirname(full), constants.W_OK);
    if (!statSync(dirname(full)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new UsageError(
      `cannot write the backup file ${output.backupFile}: its folder does not exist or is not writable`,
      'pass a writable {{option:backupFile}}, or go without one ({{option:backupFile|no-backup}}; then nothing can be restored)',
    );
  }
}

/** Refuses a scope whose resources cannot all be deleted by tenant: resources with a null tenant_id attributed to the tenant. */
export function checkDeleteScope(scope: TenantScope, nullTenantResources: number): void {
  if (scope.includeNullTenant && nullTenantResources > 0) {
    throw new UsageError(
      `tenant ${scope.tenantId} includes ${nullTenantResources} resources with a null tenant_id, which a tenant-scoped delete cannot touch`,
      'shrink in place only tenants whose resources carry tenant_id (or write the sample with {{option:mode|output-mode}} new-tenant)',
    );
  }
}

/**
 * Refuses to shrink a tenant that holds live scale-ups: deleting their synthetic nodes from under
 * their records would leave records that no longer describe the graph (and validations that fail).
 */
export async function checkNoLiveScaleUps(store: GraphStore, tenantId: string): Promise<void> {
  const live = (await store.listOperations(tenantId)).filter(
    (o) => operationKind(o.kind).marksItsNodes && (o.status === 'completed' || o.status === 'running'),
  );
  if (live.length) {
    throw new UsageError(
      `tenant ${tenantId} holds ${live.length} scale-up(s) (${live
        .slice(0, 3)
        .map((o) => o.id)
        .join(', ')}) whose synthetic resources a delete would cut from under their records`,
      'remove them first (tenant-scale scale-cleanup {{option:all}} {{option:tenantId}} T {{option:yes}}), or write the sample with {{option:mode|output-mode}} new-tenant',
    );
  }
}

/** The interrupted delete of this tenant, if a crash left one running. */
export async function interruptedDelete(store: GraphStore, tenantId: string): Promise<OperationRecord | undefined> {
  return (await store.listOperations(tenantId)).find((o) => o.status === 'running' && o.kind === DELETE_KIND.name);
}

interface DeleteContext {
  readonly batchSize: number;
  readonly metrics: OperationMetrics;
  readonly signal?: AbortSignal;
  readonly params: Record<string, unknown>;
  readonly onProgress?: (phase: string, done: number, total: number) => void;
}

/**
 * Shrinks the tenant in place: one recorded operation that writes the backup of everything it will
 * delete (both layers of the non-sampled resources and every relationship touching them), fsyncs it,
 * and only then deletes, in tenant-scoped batches. A crash leaves the tenant whole (no backup yet),
 * or shrunk in part with the backup intact: scale-cleanup or restore puts it back, a rerun finishes.
 */
export async function deleteOutsideSample(
  store: GraphStore,
  tenantId: string,
  removedIds: readonly string[],
  keptCount: number,
  output: DeleteOutput,
  context: DeleteContext,
): Promise<DeleteResult> {
  const now = new Date();
  const operationId = newOperationId(now);
  const start = {
    kind: DELETE_KIND,
    tenantId,
    operationId,
    startedAt: now,
    batchSize: context.batchSize,
    metrics: context.metrics,
    params: {
      ...context.params,
      backupFile: output.backupFile === null ? null : resolve(output.backupFile),
      removedResources: removedIds.length,
      keptResources: keptCount,
    },
    ...(context.signal ? { signal: context.signal } : {}),
  };
  let counts = { nodes: 0, relationships: 0 };
  const outcome = await runOperation(store, start, async () => {
    // The removal is walked once into a spool (memory holds a page, and the removed keys), which the backup is written from.
    const keys: string[] = [];
    const removal = await context.metrics.phase(
      'collect',
      () => spoolGraph(tenantId, keysOf(walkRemoval(store, tenantId, removedIds), keys)),
      (s) => s.counts.nodes,
    );
    try {
      counts = removal.counts;
      if (output.backupFile !== null) {
        const file = output.backupFile;
        await context.metrics.phase(
          'backup',
          () => writeGraphStream(removal, 'json', file, { kind: BACKUP_KIND, operationId, store: store.target }),
          (b) => b,
        );
      }
    } finally {
      removal.dispose();
    }
    return deleteAndCheck(store, tenantId, keys, keptCount, context);
  });
  return {
    mode: 'delete',
    operationId,
    backupFile: start.params.backupFile,
    resourcesDeleted: removedIds.length,
    nodesDeleted: counts.nodes,
    relationshipsDeleted: counts.relationships,
    resourcesKept: keptCount,
    resumed: false,
    validation: outcome.validation,
  };
}

/** Finishes a delete a crash interrupted, from its backup (the sample it was cut from is in the backup's complement). */
export async function resumeDelete(store: GraphStore, record: OperationRecord, context: DeleteContext): Promise<DeleteResult> {
  const file = record.params.backupFile;
  if (typeof file !== 'string') {
    throw new UsageError(
      `delete ${record.id} of tenant ${record.tenantId} was interrupted and ran without a backup`,
      `the tenant may be shrunk in part and cannot be restored; resolve the record with tenant-scale scale-cleanup {{option:operationId}} ${record.id} {{option:yes}}`,
    );
  }
  const backup = await openBackup(file);
  const keys: string[] = [];
  for await (const page of backupKeys(backup)) keys.push(...page);
  const keptCount = Number(record.params.keptResources);
  const start = {
    kind: DELETE_KIND,
    tenantId: record.tenantId,
    operationId: record.id,
    startedAt: new Date(record.startedAt),
    batchSize: context.batchSize,
    metrics: context.metrics,
    params: record.params,
    ...(context.signal ? { signal: context.signal } : {}),
  };
  const outcome = await runOperation(store, start, async () => deleteAndCheck(store, record.tenantId, keys, keptCount, context), { resume: record });
  return {
    mode: 'delete',
    operationId: record.id,
    backupFile: file,
    resourcesDeleted: Number(record.params.removedResources),
    nodesDeleted: backup.graph.counts.nodes,
    relationshipsDeleted: backup.graph.counts.relationships,
    resourcesKept: keptCount,
    resumed: true,
    validation: outcome.validation,
  };
}

/** The pages as they pass, their nodes' keys gathered into `keys` (what the delete removes, once the backup is written). */
async function* keysOf(pages: AsyncIterable<TenantPage>, keys: string[]): AsyncGenerator<TenantPage> {
  for await (const page of pages) {
    for (const n of page.nodes) keys.push(refOf(n).key);
    yield page;
  }
}

/** Deletes the nodes in tenant-scoped batches, then checks that none remains and that the tenant holds exactly the sample. */
async function deleteAndCheck(store: GraphStore, tenantId: string, keys: readonly string[], keptCount: number, context: DeleteContext) {
  let deleted = 0;
  await context.metrics.phase(
    'delete',
    async () => {
      for (let i = 0; i < keys.length; i += context.batchSize) {
        context.signal?.throwIfAborted();
        deleted += await store.deleteTenantNodesByKey(tenantId, LABEL.Resource, keys.slice(i, i + context.batchSize));
        context.onProgress?.('deleting', Math.min(i + context.batchSize, keys.length), keys.length);
      }
      return deleted;
    },
    (n) => n,
  );
  const validation = await context.metrics.phase(
    'validate',
    async () => {
      let left = 0;
      for (let i = 0; i < keys.length; i += PAGE) left += (await store.readTenantNodeKeys(tenantId, LABEL.Resource, keys.slice(i, i + PAGE))).length;
      let remaining = 0;
      for (let after = ''; ; ) {
        const page = await store.readResourcePage({ tenantId }, after, 10_000);
        remaining += page.length;
        if (page.length < 10_000) break;
        after = page[page.length - 1]!.id;
      }
      return [
        { name: 'deleted', passed: left === 0, detail: `${left} of the ${keys.length} nodes to delete remain` },
        { name: 'sample-kept', passed: remaining === keptCount, detail: `the tenant holds ${remaining} resources, the sample ${keptCount}` },
      ];
    },
    (checks) => checks.length,
  );
  return { resourcesCreated: 0, relationshipsCreated: 0, validation };
}

/**
 * The tenant shrunk to the sample. Before sampling: a scope it can delete by tenant, confirmation,
 * a writable backup path, no live scale-ups — and a delete a crash interrupted is finished instead
 * (or closed, when its backup never reached the disk and so nothing was deleted).
 */
export const DELETE_OUTPUT: SampleOutput<DeleteOutput, DeleteResult> = {
  async checkStore(store, output, context) {
    const tenantId = context.scope.tenantId;
    checkDeleteScope(context.scope, context.census.resourcesWithNullTenant);
    const interrupted = context.dryRun ? undefined : await interruptedDelete(store, tenantId);
    if (!context.dryRun && !output.confirmed) checkDeleteOutput(output);
    if (interrupted) {
      const file = interrupted.params.backupFile;
      if (typeof file !== 'string' || existsSync(file)) {
        return resumeDelete(store, interrupted, {
          batchSize: context.batchSize,
          metrics: context.metrics,
          params: {},
          ...(context.signal ? { signal: context.signal } : {}),
        });
      }
      // Recorded, but its backup never reached the disk: it deleted nothing, so it is closed and this run starts afresh.
      await store.updateOperation(interrupted.id, {
        status: 'rolled_back',
        finishedAt: new Date().toISOString(),
        error: 'interrupted before its backup was written; nothing had been deleted',
      });
    }
    if (!context.dryRun) {
      checkDeleteOutput(output);
      await checkNoLiveScaleUps(store, tenantId);
    }
    return undefined;
  },
  write(store, output, sample) {
    const kept = new Set(sample.sampledIds);
    const removed = sample.graph.ids.filter((id) => !kept.has(id));
    return deleteOutsideSample(store, sample.tenantId, removed, sample.sampledIds.length, output, {
      batchSize: sample.batchSize,
      metrics: sample.metrics,
      params: sample.params,
      ...(sample.signal ? { signal: sample.signal } : {}),
      ...(sample.onProgress ? { onProgress: sample.onProgress } : {}),
    });
  },
};
