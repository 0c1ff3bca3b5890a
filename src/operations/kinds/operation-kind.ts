import type { OperationRecord } from '../../domain/operation-record.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { ValidationCheck } from '../validation-checks.js';

/** What undoing an operation did. */
export interface UndoResult {
  readonly nodesDeleted: number;
  /** What was done, in words. */
  readonly summary: string;
}

/** What a kind's validation may share across the operations of one scale-validate call. */
export interface KindValidationContext {
  /** The ATG-shape check of a tenant, read once per call however many operations made the tenant. */
  shapeOf(tenantId: string): Promise<ValidationCheck>;
  /** Every record of the operation's tenant (what other operations did since, e.g. deletes that shrank it). */
  readonly records: readonly OperationRecord[];
}

/**
 * One kind of operation (`record.kind`): how it is described, undone, counted and validated. The
 * lifecycle, scale-cleanup and scale-validate ask the kind instead of switching on its name; a kind
 * is declared next to the feature that writes it and registered in src/operation-kinds.ts.
 */
export interface OperationKindDefinition {
  /** As stored in the record. */
  readonly name: string;
  /** In words, for messages: "template scale-up". */
  readonly description: string;
  /** What undoing it does beyond removing what it wrote, for a hint ("removes the whole tenant it made"); empty when nothing more. */
  readonly undoEffect: string;
  /**
   * Every node it writes carries the operation's id (the scale-ups): `scale-cleanup --all` undoes it,
   * and once it ended without completing, leftover nodes are what validation reports.
   */
  readonly marksItsNodes: boolean;
  /** It made a tenant that did not exist before it: undoing it removes the tenant, so it is refused while other operations wrote into it. */
  readonly createsTenant: boolean;
  /** Undoes what the operation wrote (idempotent: a rerun after an interruption finishes the job). */
  undo(store: GraphStore, record: OperationRecord, batchSize: number, onBatch?: (items: number) => void): Promise<UndoResult>;
  /** How many nodes undoing it touches (for a dry run and the progress bar). */
  undoSize(store: GraphStore, record: OperationRecord): Promise<number>;
  /** The checks a completed operation of this kind must still pass (scale-validate). */
  validate(store: GraphStore, record: OperationRecord, context: KindValidationContext): Promise<ValidationCheck[]>;
  /** Resources it removed from its tenant on purpose (a delete): what a check of the tenant's size allows for. */
  removedResources?(record: OperationRecord): number;
}
