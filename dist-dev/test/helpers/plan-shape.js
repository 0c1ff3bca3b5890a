/** The operator's name without the runtime suffix the driver adds (`NodeIndexSeek@neo4j`). */
export const operatorName = (node) => node.operatorType.split('@')[0];
/** Operators that read a whole label, index or database: NodeIndexScan, NodeByLabelScan, AllNodesScan, … */
const isScan = (name) => name.endsWith('Scan');
/** Operators that run their right-hand child once per row of their left-hand child. */
const runsRightPerRow = (name) => name.endsWith('Apply') || name === 'CartesianProduct';
/**
 * The seek's key values (`WHERE a = $op AND b = x.id` → ['$op', 'x.id']). A per-row seek whose keys
 * are all parameters or literals finds the same nodes for every row: e.g. every node of an
 * operation, once per relationship — the slow plan a statistic cannot excuse.
 */
export function seekKeys(details) {
    const where = /\bWHERE (.*?)(?:, cache\[|$)/.exec(details)?.[1] ?? '';
    return where
        .split(' AND ')
        .map((clause) => clause.split(/ = | IN /)[1]?.trim() ?? '')
        .filter(Boolean);
}
const isConstant = (value) => /^(\$\w+|'[^']*'|-?\d+(\.\d+)?|true|false)$/.test(value);
/** Every scan in the plan, and every per-row seek on constant keys, marked with whether it runs per row. */
export function findScans(plan, perRow = false) {
    const name = operatorName(plan);
    const details = String(plan.arguments.Details ?? '');
    const here = [];
    if (isScan(name))
        here.push({ operator: name, details, perRow, problem: 'scan' });
    else if (perRow && name.includes('Seek') && seekKeys(details).length > 0 && seekKeys(details).every(isConstant))
        here.push({ operator: name, details, perRow, problem: 'unselective-seek' });
    const children = plan.children.flatMap((child, i) => findScans(child, perRow || (i === 1 && runsRightPerRow(name))));
    return [...here, ...children];
}
/** Every operator's name in the plan, depth first. */
export function operators(plan) {
    return [operatorName(plan), ...plan.children.flatMap(operators)];
}
/** The plan as indented text, for failure messages. */
export function renderPlan(plan, depth = 0) {
    const line = `${'  '.repeat(depth)}${operatorName(plan)} ${String(plan.arguments.Details ?? '')}`.trimEnd();
    return [line, ...plan.children.map((c) => renderPlan(c, depth + 1))].join('\n');
}
//# sourceMappingURL=plan-shape.js.map