import type { GenerationStrategy, OperationRecord } from '../../domain/operation-record.js';
import { plannedOfRecord, type PlannedOutcome } from '../planned-outcome.js';
import { validateScaleUp, type ScaleUpChecks } from '../validate-operation.js';
import type { OperationKindDefinition } from './operation-kind.js';

/** What sets one scale-up kind apart from the others. */
export interface ScaleUpKindSpec {
  readonly name: GenerationStrategy;
  readonly description: string;
  /** The checks of this strategy beyond those of every scale-up. */
  readonly checks: ScaleUpChecks;
  /** For a record written before plans were recorded: what else its params say about the plan. */
  readonly legacyPlan?: (record: OperationRecord) => Partial<PlannedOutcome>;
}

/** A scale-up kind, with what sets it apart (its checks are what the scale-up runs before it completes). */
export interface ScaleUpKindDefinition extends OperationKindDefinition, ScaleUpKindSpec {
  readonly name: GenerationStrategy;
}

/**
 * A scale-up: every node it writes carries the operation's id, so undoing it deletes those nodes
 * (scanned resources and the Original layer never carry one), and validating it runs the very
 * checks it ran before it completed, against the plan its record carries.
 */
export function scaleUpKind(spec: ScaleUpKindSpec): ScaleUpKindDefinition {
  return {
    ...spec,
    undoEffect: '',
    marksItsNodes: true,
    createsTenant: false,
    async undo(store, record, batchSize, onBatch) {
      const removed = await store.deleteOperationNodes(record.id, batchSize, undefined, onBatch);
      await store.releaseReplication(record.id);
      return { nodesDeleted: removed, summary: `removed its ${removed} nodes` };
    },
    undoSize: (store, record) => store.countOperationNodes(record.id),
    validate: (store, record) =>
      validateScaleUp(
        store,
        { operationId: record.id, tenantId: record.tenantId, strategy: spec.name, timestamp: record.startedAt },
        plannedOfRecord(record, spec.legacyPlan),
        spec.checks,
      ),
  };
}
