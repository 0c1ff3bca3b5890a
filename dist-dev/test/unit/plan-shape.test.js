import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findScans } from '../helpers/plan-shape.js';
const op = (operatorType, children = [], details = '') => ({
    operatorType: `${operatorType}@neo4j`,
    arguments: { Details: details },
    children,
});
test('a scan on the right-hand side of an Apply runs per row; on its left side it does not', () => {
    const plan = op('ProduceResults', [op('SemiApply', [op('NodeByLabelScan', [], 'n:Resource'), op('Filter', [op('NodeIndexScan', [], 'y:Resource(x)')])])]);
    assert.deepEqual(findScans(plan).map((f) => [f.operator, f.perRow]), [
        ['NodeByLabelScan', false],
        ['NodeIndexScan', true],
    ]);
});
test('per-row is inherited down nested Apply operators and CartesianProduct', () => {
    const plan = op('Apply', [op('Argument'), op('Apply', [op('AllNodesScan'), op('NodeIndexSeek')])]);
    assert.deepEqual(findScans(plan).map((f) => [f.operator, f.perRow]), [['AllNodesScan', true]]);
    const product = op('CartesianProduct', [op('NodeIndexSeek'), op('NodeByLabelScan')]);
    assert.deepEqual(findScans(product).map((f) => f.perRow), [true]);
});
test('seeks are not scans', () => {
    assert.deepEqual(findScans(op('Apply', [op('NodeUniqueIndexSeek'), op('NodeIndexSeekByRange')])), []);
});
test('a per-row seek on parameters only is unselective; one keyed by the row is fine', () => {
    const plan = op('Apply', [
        op('NodeIndexSeek', [], 'RANGE INDEX c:Resource(scale_operation_id) WHERE scale_operation_id = $op'),
        op('SemiApply', [
            op('NodeIndexSeek', [], 'RANGE INDEX y:Resource(scale_operation_id, template_source_id) WHERE scale_operation_id = $op AND template_source_id = s.id, cache[y.id]'),
            op('NodeIndexSeek', [], 'RANGE INDEX y:Resource(scale_operation_id) WHERE scale_operation_id = $op'),
        ]),
    ]);
    assert.deepEqual(findScans(plan).map((f) => [f.problem, f.details.split(' WHERE ')[1]]), [['unselective-seek', 'scale_operation_id = $op']]);
});
//# sourceMappingURL=plan-shape.test.js.map