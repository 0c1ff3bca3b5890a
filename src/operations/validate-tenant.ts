import { UsageError } from '../domain/errors.js';
import { decideTenantScope } from '../domain/tenant-scope.js';
import type { GraphStore } from '../store/graph-store.js';
import { ALLOWED_RESOURCE_PAIRS } from '../domain/relationship-rules.js';
import type { OperationRecord } from '../domain/operation-record.js';
import { validateGenerated } from './validate-generated.js';
import { validateOperation, type ValidationCheck } from './validate-operation.js';

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
export async function validateTenant(store: GraphStore, tenantId: string | undefined, operationId?: string): Promise<TenantValidation> {
  const scope = decideTenantScope(tenantId, await store.tenantCensus(tenantId));
  const all = await store.listOperations(scope.tenantId);
  const records = all.filter((o) => (operationId ? o.id === operationId : o.status === 'completed'));
  if (operationId && records.length === 0 && (await store.countOperationNodes(operationId)) === 0) {
    throw new UsageError(`no operation ${operationId} in tenant ${scope.tenantId}`, 'list operations with tenant-scale scale-stats');
  }
  const ids = operationId ? [operationId] : [...new Set([...records.map((r) => r.id), ...(await store.syntheticOperationIds(scope.tenantId))])];
  const operations: OperationValidation[] = [];
  for (const id of ids) {
    const record = records.find((r) => r.id === id);
    const ended = all.find((r) => r.id === id && r.status !== 'completed' && r.status !== 'running');
    if (ended) {
      // Nodes under an operation that did not complete: nothing to validate, only to remove.
      const nodes = await store.countOperationNodes(id);
      const check = { name: 'no-leftovers', passed: nodes === 0, detail: `${nodes} synthetic nodes remain under operation ${id}, which is ${ended.status}${nodes ? `; remove them with tenant-scale scale-cleanup --operation-id ${id} --yes` : ''}` };
      operations.push({ operationId: id, checks: [check], passed: check.passed });
      continue;
    }
    const checks = await checksFor(store, id, record);
    if (!record) checks.push({ name: 'recorded', passed: false, detail: `synthetic nodes of ${id} have no operation record (or it belongs to another tenant); remove them with scale-cleanup --operation-id ${id}` });
    operations.push({ operationId: id, checks, passed: checks.every((c) => c.passed) });
  }
  return { tenantId: scope.tenantId, passed: operations.every((o) => o.passed), operations };
}

/** The checks that fit the operation's strategy, against what its record says was written. */
async function checksFor(store: GraphStore, id: string, record: OperationRecord | undefined): Promise<ValidationCheck[]> {
  if (record && (record.strategy === 'scenario' || record.strategy === 'random')) {
    return validateGenerated(store, id, {
      resources: record.resourcesCreated,
      relationships: record.relationshipsCreated,
      ...(record.strategy === 'random' ? { allowedPairs: ALLOWED_RESOURCE_PAIRS } : { stamps: 'recorded' as const }),
    });
  }
  const factor = record?.params.scaleFactor;
  return validateOperation(store, id, {
    checkInDegree: record?.strategy === 'template' && typeof factor === 'number' && Number.isInteger(factor),
    ...(record ? { plannedRelationships: record.relationshipsCreated } : {}),
  });
}
