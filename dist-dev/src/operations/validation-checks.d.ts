import type { GenerationStrategy } from '../domain/operation-record.js';
import type { CountByKey, MarkerGroup, OperationGraph, RelationshipProfileRow } from '../store/graph-store.js';
/**
 * The post-write checks, one definition each: pure judgements over the counts a store reports
 * (OperationInspection, the relationship profile, the operation's graph) against what the
 * operation planned. No I/O here, so the live validation and scale-validate cannot differ.
 */
export interface ValidationCheck {
    readonly name: string;
    readonly passed: boolean;
    readonly detail: string;
}
export declare function zero(name: string, count: number, what: string): ValidationCheck;
export declare function contaminationCheck(count: number): ValidationCheck;
/** What every node of the operation must carry. `strategy` and `timestamp` unknown (no record): only present. */
export interface ExpectedMarkers {
    readonly tenantId: string;
    readonly strategy?: GenerationStrategy;
    /** The operation's start (ISO): the `generation_timestamp` every node was written with. */
    readonly timestamp?: string;
}
/** Every node is synthetic, of the operation's tenant, strategy and start; a template copy also names its template and copy index. */
export declare function markersCheck(groups: readonly MarkerGroup[], expected: ExpectedMarkers): ValidationCheck;
export declare function parityCheck(mismatches: number): ValidationCheck;
export declare function inDegreeCheck(mismatches: number): ValidationCheck;
/** The operation's resources per type equal the plan's, type by type. */
export declare function typeCountCheck(plannedByType: readonly CountByKey[], found: readonly CountByKey[]): ValidationCheck;
/** Only the total is known (an operation recorded before per-type counts were). */
export declare function resourceCountCheck(planned: number, found: number): ValidationCheck;
export declare function relationshipCountCheck(planned: number, found: number): ValidationCheck;
/** Scenario: every (source type, relationship, target) group counts as planned. */
export declare function profileCheck(plannedProfile: readonly RelationshipProfileRow[], found: readonly RelationshipProfileRow[]): ValidationCheck;
/** Random: every relationship joins a `from|TYPE|to` pair the rules allow. */
export declare function rulesCheck(allowedPairs: ReadonlySet<string>, found: readonly RelationshipProfileRow[]): ValidationCheck;
/**
 * Scenario: the stamps are exactly the weakly connected components of the operation's own
 * subgraph (every node reaches its stamp's root), as many as planned. `planned` unknown (an
 * operation recorded before stamp counts were): as many as the distinct stamps found.
 */
export declare function stampCheck(graph: OperationGraph, planned: number | undefined): ValidationCheck;
