import { UsageError } from '../domain/errors.js';
import { decideTenantScope } from '../domain/tenant-scope.js';
import type { GraphStore } from '../store/graph-store.js';
import type { OperationRecord } from '../domain/operation-record.js';
import { atgShapeCheck } from './atg-shape-check.js';
import type { KindValidationContext } from './kinds/operation-kind.js';
import { operationKind } from './kinds/registry.js';
import { PARITY_CHECKS, validateScaleUp, withoutSkipped, type ValidationCheck } from './validate-operation.js';

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
  const context: KindValidationContext = {
    shapeOf: (tenant) => shapes.get(tenant) ?? shapes.set(tenant, atgShapeCheck(store, tenant)).get(tenant)!,
    records: all,
  };
  for (const id of ids) {
    const record = records.find((r) => r.id === id);
    const ended = all.find((r) => r.id === id && r.status !== 'completed' && r.status !== 'running' && operationKind(r.kind).marksItsNodes);
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
    const checks = withoutSkipped(await checksFor(store, id, record, scope.tenantId, context), options.skipChecks);
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
 * The checks of the operation's kind (a scale-up's are the very checks it ran before it completed,
 * against the plan its record carries). Nodes without a record are of the scope's tenant (that is
 * where they were found); their strategy and plan are unknown, so they are held to a template's parity.
 */
async function checksFor(
  store: GraphStore,
  id: string,
  record: OperationRecord | undefined,
  tenantId: string,
  context: KindValidationContext,
): Promise<ValidationCheck[]> {
  if (!record) return validateScaleUp(store, { operationId: id, tenantId }, {}, PARITY_CHECKS);
  return operationKind(record.kind).validate(store, record, context);
}
