import type { OperationRecord } from '../../domain/operation-record.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { OperationKindDefinition, UndoResult } from '../kinds/operation-kind.js';
import { operationKind } from '../kinds/registry.js';

export type { UndoResult } from '../kinds/operation-kind.js';

/**
 * Undoes what an operation wrote, as its kind declares, and says what it did: a scale-up's nodes, a
 * created tenant, a shrunk tenant's backup restored. `kind` defaults to the record's registered kind.
 */
export function undoOperation(
  store: GraphStore,
  record: OperationRecord,
  batchSize: number,
  onBatch?: (items: number) => void,
  kind: OperationKindDefinition = operationKind(record.kind),
): Promise<UndoResult> {
  return kind.undo(store, record, batchSize, onBatch);
}
