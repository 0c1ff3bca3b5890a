import type { OperationInspection, OperationReads } from '../store/graph-store.js';
import { inspectOperation } from './inspect-operation.js';
import type { PlannedOutcome } from './planned-outcome.js';
import {
  contaminationCheck,
  inDegreeCheck,
  markersCheck,
  parityCheck,
  relationshipCountCheck,
  resourceCountCheck,
  typeCountCheck,
  type ExpectedMarkers,
  type ValidationCheck,
} from './validation-checks.js';

export type { ValidationCheck } from './validation-checks.js';

/** The checks a `validation.check_*` switch turns off (ATG's keys). */
export const CHECKS_OF_SWITCH = {
  originalLayer: ['no-original-contamination'],
  relationshipParity: ['relationship-parity', 'in-degree-parity'],
} as const;

/** Checks minus those the user turned off: they are not run as far as the result goes (not reported, not required). */
export function withoutSkipped(checks: readonly ValidationCheck[], skip: readonly string[] | undefined): ValidationCheck[] {
  return skip?.length ? checks.filter((c) => !skip.includes(c.name)) : [...checks];
}

/** Which operation is validated: its tenant, strategy and start (strategy and start unknown for nodes without a record). */
export interface ScaleUpIdentity extends ExpectedMarkers {
  readonly operationId: string;
}

/** The checks one scale-up strategy adds to those of every scale-up: structural ones over the inspection, then any that read more. */
export interface ScaleUpChecks {
  /** Checks over the operation's inspection, run before the counts (template: degree parity). */
  readonly overInspection?: (facts: OperationInspection, planned: PlannedOutcome) => ValidationCheck[];
  /** Checks that read more of the operation, run after the counts (scenario: profile and stamps; random: the relationship rules). */
  readonly afterCounts?: (store: OperationReads, operationId: string, planned: PlannedOutcome) => Promise<ValidationCheck[]>;
}

/** A template's copies keep their template's typed degrees; also what nodes without a record are held to (their strategy is unknown). */
export const PARITY_CHECKS: ScaleUpChecks = {
  overInspection: (facts, planned) => [parityCheck(facts.parityMismatches), ...(planned.inDegree ? [inDegreeCheck(facts.inDegreeMismatches)] : [])],
};

/**
 * The post-write checks of a scale-up, over what the store holds against what it planned: the one
 * list both the scale-up (before it completes) and scale-validate (any time later) run. Every
 * strategy: no-original-contamination, synthetic-markers, type-counts (resource-count for an old
 * record), relationship-count; then the strategy's own (`checks`, declared with its operation kind).
 */
export async function validateScaleUp(
  store: OperationReads,
  operation: ScaleUpIdentity,
  planned: PlannedOutcome,
  own: ScaleUpChecks,
): Promise<ValidationCheck[]> {
  const facts = await inspectOperation(store, operation.operationId);
  const checks = [contaminationCheck(facts.originalContamination), markersCheck(facts.markers, operation)];
  checks.push(...(own.overInspection?.(facts, planned) ?? []));
  if (planned.byType) checks.push(typeCountCheck(planned.byType, facts.byType));
  else if (planned.resources !== undefined) checks.push(resourceCountCheck(planned.resources, facts.nodes));
  if (planned.relationships !== undefined) checks.push(relationshipCountCheck(planned.relationships, facts.relationships));
  checks.push(...((await own.afterCounts?.(store, operation.operationId, planned)) ?? []));
  return checks;
}
