import { ALLOWED_RESOURCE_PAIRS } from '../domain/atg-catalog/kind-relationships.js';
import type { GenerationStrategy } from '../domain/operation-record.js';
import type { OperationReads } from '../store/graph-store.js';
import type { PlannedOutcome } from './planned-outcome.js';
import {
  contaminationCheck,
  inDegreeCheck,
  markersCheck,
  parityCheck,
  profileCheck,
  relationshipCountCheck,
  resourceCountCheck,
  rulesCheck,
  stampCheck,
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

/**
 * The post-write checks of a scale-up, over what the store holds against what it planned: the one
 * list both the scale-up (before it completes) and scale-validate (any time later) run.
 *   every strategy: no-original-contamination, synthetic-markers, type-counts (resource-count for
 *     an old record), relationship-count;
 *   template (or strategy unknown): relationship-parity, in-degree-parity (whole factors);
 *   scenario: relationship-profile, stamp-connectivity;
 *   random: relationship-rules.
 */
export async function validateScaleUp(store: OperationReads, operation: ScaleUpIdentity, planned: PlannedOutcome): Promise<ValidationCheck[]> {
  const strategy: GenerationStrategy | undefined = operation.strategy;
  const facts = await store.inspectOperation(operation.operationId);
  const checks = [contaminationCheck(facts.originalContamination), markersCheck(facts.markers, operation)];
  if (strategy === 'template' || strategy === undefined) {
    checks.push(parityCheck(facts.parityMismatches));
    if (planned.inDegree) checks.push(inDegreeCheck(facts.inDegreeMismatches));
  }
  if (planned.byType) checks.push(typeCountCheck(planned.byType, facts.byType));
  else if (planned.resources !== undefined) checks.push(resourceCountCheck(planned.resources, facts.nodes));
  if (planned.relationships !== undefined) checks.push(relationshipCountCheck(planned.relationships, facts.relationships));
  if (strategy === 'scenario' || strategy === 'random') {
    const profile = await store.operationRelationshipProfile(operation.operationId);
    if (strategy === 'random') checks.push(rulesCheck(ALLOWED_RESOURCE_PAIRS, profile));
    else {
      if (planned.profile) checks.push(profileCheck(planned.profile, profile));
      checks.push(stampCheck(await store.readOperationGraph(operation.operationId), planned.stamps));
    }
  }
  return checks;
}
