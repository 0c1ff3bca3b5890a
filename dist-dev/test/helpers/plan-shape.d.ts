/** A node of the plan tree the driver returns in `summary.plan` (EXPLAIN) or `summary.profile`. */
export interface PlanNode {
    readonly operatorType: string;
    readonly arguments: Record<string, unknown>;
    readonly children: readonly PlanNode[];
}
export interface PlanFinding {
    readonly operator: string;
    readonly details: string;
    /** On the per-row (right-hand) side of an Apply-like operator: run once per row of its left side. */
    readonly perRow: boolean;
    /** A scan, or (per row) a seek whose keys are all query parameters: it reads the same whole range for every row. */
    readonly problem: 'scan' | 'unselective-seek';
}
/** The operator's name without the runtime suffix the driver adds (`NodeIndexSeek@neo4j`). */
export declare const operatorName: (node: PlanNode) => string;
/**
 * The seek's key values (`WHERE a = $op AND b = x.id` → ['$op', 'x.id']). A per-row seek whose keys
 * are all parameters or literals finds the same nodes for every row: e.g. every node of an
 * operation, once per relationship — the slow plan a statistic cannot excuse.
 */
export declare function seekKeys(details: string): string[];
/** Every scan in the plan, and every per-row seek on constant keys, marked with whether it runs per row. */
export declare function findScans(plan: PlanNode, perRow?: boolean): PlanFinding[];
/** Every operator's name in the plan, depth first. */
export declare function operators(plan: PlanNode): string[];
/** The plan as indented text, for failure messages. */
export declare function renderPlan(plan: PlanNode, depth?: number): string;
