import type { OperationRecord } from '../../domain/operation-record.js';
import type { CreatedSharedNodes } from '../../slice/slice-rewrite.js';
import type { OperationRecords } from '../../store/graph-store.js';
import type { OperationKindDefinition } from './operation-kind.js';
import { operationKind } from './registry.js';

/**
 * An operation that made a whole tenant which did not exist before it (generate-tenant, import or
 * copy, a scale-down sample written as a new tenant). Undoing it deletes that tenant and the shared
 * nodes it created that nothing else uses; validating it checks that the tenant still holds what it
 * wrote (less what completed deletes removed since) in ATG's shape.
 */
export function createdTenantKind(name: string, description: string): OperationKindDefinition {
  return {
    name,
    description,
    undoEffect: 'removes the whole tenant it made',
    marksItsNodes: false,
    createsTenant: true,
    async undo(store, record, batchSize, onBatch) {
      const removed = await store.deleteTenantNodes(record.tenantId, batchSize, onBatch);
      let shared = 0;
      for (const [label, keys] of Object.entries((record.params.createdSharedNodes ?? {}) as CreatedSharedNodes)) {
        for (let i = 0; i < keys.length; i += batchSize) shared += await store.deleteUnusedSharedNodes(label, keys.slice(i, i + batchSize));
      }
      const closed = await closeCopiedRecords(store, record, description);
      const summary =
        removed + shared > 0
          ? `removed the ${removed} nodes of tenant ${record.tenantId}${shared ? ` and ${shared} shared nodes it had created` : ''}`
          : 'nothing had been written';
      return { nodesDeleted: removed + shared, summary: closed ? `${summary}; closed the ${closed} operation records copied with it` : summary };
    },
    undoSize: async (store, record) => (await store.tenantCensus(record.tenantId)).resourcesWithTenant,
    async validate(store, record, context) {
      if (record.status !== 'completed') return [];
      const held = (await store.tenantCensus(record.tenantId)).resourcesWithTenant;
      // Completed operations since then that shrank the tenant on purpose (scale-down deletes).
      const shrunk = context.records
        .filter((o) => o.status === 'completed' && o.startedAt >= record.startedAt)
        .reduce((sum, o) => sum + (operationKind(o.kind).removedResources?.(o) ?? 0), 0);
      const expected = Math.max(0, record.resourcesCreated - shrunk);
      return [
        {
          name: 'tenant-present',
          passed: held >= expected,
          detail: `tenant ${record.tenantId} holds ${held} resources; the operation wrote ${record.resourcesCreated}${shrunk ? `, completed deletes removed ${shrunk}` : ''}`,
        },
        await context.shapeOf(record.tenantId),
      ];
    },
  };
}

/** A copy's import brings the source's records of the tenant along (`copiedWith`): gone with the tenant, they are closed as rolled back. */
async function closeCopiedRecords(
  store: Pick<OperationRecords, 'listOperations' | 'updateOperation'>,
  record: OperationRecord,
  description: string,
): Promise<number> {
  let closed = 0;
  for (const o of await store.listOperations(record.tenantId)) {
    if (o.params.copiedWith !== record.id || o.status === 'rolled_back') continue;
    await store.updateOperation(o.id, { status: 'rolled_back', error: `removed with the ${description} ${record.id} that copied it` });
    closed++;
  }
  return closed;
}
