import { UsageError } from '../domain/errors.js';
import { decideTenantScope } from '../domain/tenant-scope.js';
import type { GraphStore } from '../store/graph-store.js';
import { isScaleUpKind, type OperationRecord } from '../domain/operation-record.js';
import { LABEL } from '../domain/atg-schema.js';
import { existsSync } from 'node:fs';
import { readBackup } from '../io/backup/backup-file.js';
import { atgShapeCheck } from './atg-shape-check.js';
import { plannedOfRecord } from './planned-outcome.js';
import { validateScaleUp, withoutSkipped, type ValidationCheck } from './validate-operation.js';

export interface OperationValidation {
  readonly operationId: string;
  readonly checks: readonly ValidationCheck[];
  readonly passed: boolean;
}

export interface TenantValidation {
  readonly tenantId: string;
  readonly passed: boolean;
  readonly operations: readonly OperationValidation[];
}

/** scale-validate: the post-write checks over one operation, or every completed operation of a tenant. */
export async function validateTenant(
  store: GraphStore,
  tenantId: string | undefined,
  operationId?: string,
  options: { readonly skipChecks?: readonly string[] } = {},
): Promise<TenantValidation> {
  const scope = decideTenantScope(tenantId, await store.tenantCensus(tenantId));
  const all = await store.listOperations(scope.tenantId);
  const records = all.filter((o) => (operationId ? o.id === operationId : o.status === 'completed'));
  if (operationId && records.length === 0 && (await store.countOperationNodes(operationId)) === 0) {
    throw new UsageError(`no operation ${operationId} in tenant ${scope.tenantId}`, 'list operations with tenant-scale scale-stats');
  }
  const ids = operationId ? [operationId] : [...new Set([...records.map((r) => r.id), ...(await store.syntheticOperationIds(scope.tenantId))])];
  const operations: OperationValidation[] = [];
  // The shape of a tenant is read once per call, however many of its operations created it.
  const shapes = new Map<string, Promise<ValidationCheck>>();
  const shapeOf = (tenant: string) => shapes.get(tenant) ?? shapes.set(tenant, atgShapeCheck(store, tenant)).get(tenant)!;
  for (const id of ids) {
    const record = records.find((r) => r.id === id);
    const ended = all.find((r) => r.id === id && r.status !== 'completed' && r.status !== 'running' && isScaleUpKind(r.strategy));
    if (ended) {
      // Nodes under an operation that did not complete: nothing to validate, only to remove.
      const nodes = await store.countOperationNodes(id);
      const check = {
        name: 'no-leftovers',
        passed: nodes === 0,
        detail: `${nodes} synthetic nodes remain under operation ${id}, which is ${ended.status}${nodes ? `; remove them with tenant-scale scale-cleanup --operation-id ${id} --yes` : ''}`,
      };
      operations.push({ operationId: id, checks: [check], passed: check.passed });
      continue;
    }
    const checks = withoutSkipped(await checksFor(store, id, record, scope.tenantId, shapeOf), options.skipChecks);
    if (!record)
      checks.push({
        name: 'recorded',
        passed: false,
        detail: `synthetic nodes of ${id} have no operation record (or it belongs to another tenant); remove them with scale-cleanup --operation-id ${id}`,
      });
    operations.push({ operationId: id, checks, passed: checks.every((c) => c.passed) });
  }
  return { tenantId: scope.tenantId, passed: operations.every((o) => o.passed), operations };
}

/**
 * The checks that fit the operation's strategy: a scale-up's are the very checks it ran before it
 * completed, against the plan its record carries. Nodes without a record are of the scope's tenant
 * (that is where they were found); their strategy and plan are unknown.
 */
async function checksFor(
  store: GraphStore,
  id: string,
  record: OperationRecord | undefined,
  tenantId: string,
  shapeOf: (tenantId: string) => Promise<ValidationCheck>,
): Promise<ValidationCheck[]> {
  if (!record) return validateScaleUp(store, { operationId: id, tenantId }, {});
  if (!isScaleUpKind(record.strategy)) return checksOfTenantOperation(store, record, shapeOf);
  return validateScaleUp(
    store,
    { operationId: id, tenantId: record.tenantId, strategy: record.strategy, timestamp: record.startedAt },
    plannedOfRecord(record),
  );
}

/**
 * A created tenant (generate-tenant, import, copy, new-tenant) still holds at least the resources
 * it was made with, in ATG's shape (`atg-shape`); a completed scale-down delete has its backup intact (unless it ran without one) and none
 * of the deleted nodes is back.
 */
async function checksOfTenantOperation(
  store: GraphStore,
  record: OperationRecord,
  shapeOf: (tenantId: string) => Promise<ValidationCheck>,
): Promise<ValidationCheck[]> {
  if (record.status !== 'completed') return [];
  if (record.strategy === 'scale-down-delete') {
    const file = record.params.backupFile;
    if (typeof file !== 'string') return [{ name: 'backup', passed: true, detail: 'ran without a backup (--no-backup)' }];
    if (!existsSync(file)) return [{ name: 'backup', passed: false, detail: `its backup ${file} is gone: the delete can no longer be undone` }];
    let backup: ReturnType<typeof readBackup>;
    try {
      backup = readBackup(file);
    } catch (err) {
      return [{ name: 'backup', passed: false, detail: (err as Error).message }];
    }
    const keys = backup.slice.nodes.map((n) => String(n.properties.id));
    let back = 0;
    for (let i = 0; i < keys.length; i += 5_000) back += (await store.readTenantNodeKeys(record.tenantId, LABEL.Resource, keys.slice(i, i + 5_000))).length;
    return [
      { name: 'backup', passed: true, detail: `${file} intact: ${keys.length} nodes, ${backup.slice.relationships.length} relationships` },
      { name: 'deleted', passed: back === 0, detail: `${back} of the deleted nodes are in the tenant again` },
    ];
  }
  const held = (await store.tenantCensus(record.tenantId)).resourcesWithTenant;
  // Completed scale-down deletes since then shrank the tenant on purpose.
  const shrunk = (await store.listOperations(record.tenantId))
    .filter((o) => o.strategy === 'scale-down-delete' && o.status === 'completed' && o.startedAt >= record.startedAt)
    .reduce((sum, o) => sum + Number(o.params.removedResources ?? 0), 0);
  const expected = Math.max(0, record.resourcesCreated - shrunk);
  return [
    {
      name: 'tenant-present',
      passed: held >= expected,
      detail: `tenant ${record.tenantId} holds ${held} resources; the operation wrote ${record.resourcesCreated}${shrunk ? `, completed deletes removed ${shrunk}` : ''}`,
    },
    await shapeOf(record.tenantId),
  ];
}
