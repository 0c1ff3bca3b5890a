import type { GraphStore } from '../store/graph-store.js';
import type { PlannedOutcome } from './planned-outcome.js';
import { type ExpectedMarkers, type ValidationCheck } from './validation-checks.js';
export type { ValidationCheck } from './validation-checks.js';
/** The checks a `validation.check_*` switch turns off (ATG's keys). */
export declare const CHECKS_OF_SWITCH: {
    readonly originalLayer: readonly ["no-original-contamination"];
    readonly relationshipParity: readonly ["relationship-parity", "in-degree-parity"];
};
/** Checks minus those the user turned off: they are not run as far as the result goes (not reported, not required). */
export declare function withoutSkipped(checks: readonly ValidationCheck[], skip: readonly string[] | undefined): ValidationCheck[];
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
export declare function validateScaleUp(store: GraphStore, operation: ScaleUpIdentity, planned: PlannedOutcome): Promise<ValidationCheck[]>;
