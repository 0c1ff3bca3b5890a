import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UsageError } from '../../src/domain/errors.js';
import { allocateCopiesByType, copiesOfTemplate, targetCopyIndex } from '../../src/scale-up/template-plan.js';
import { assertThrowsFor } from '../helpers/refusal.js';
describe('template plan (pure)', () => {
    test('whole factors copy every type exactly (factor − 1) times', () => {
        const plan = allocateCopiesByType(new Map([
            ['vm', 10],
            ['nic', 12],
            ['vnet', 1],
        ]), 8);
        assert.deepEqual(Object.fromEntries(plan), { nic: 84, vm: 70, vnet: 7 });
    });
    test('fractional factors: total is rounded and every type is within one of its ideal share', () => {
        const base = new Map([
            ['a', 7],
            ['b', 3],
            ['c', 1],
            ['d', 13],
            ['e', 5],
        ]);
        for (const factor of [1.1, 1.5, 2.33, 3.7, 10.01]) {
            const plan = allocateCopiesByType(base, factor);
            const total = [...plan.values()].reduce((s, x) => s + x, 0);
            assert.equal(total, Math.round(29 * (factor - 1)), `factor ${factor}`);
            for (const [type, count] of base)
                assert.ok(Math.abs(plan.get(type) - count * (factor - 1)) < 1, `${type} at ${factor}`);
        }
    });
    test('a factor of 1 or less, or not a number, is a usage error', () => {
        for (const f of [1, 0.5, -2, Number.NaN, Number.POSITIVE_INFINITY])
            assertThrowsFor(() => allocateCopiesByType(new Map([['a', 1]]), f), UsageError, new RegExp(`scale factor ${f} must be a number greater than 1`));
    });
    test('copies per template add up to the type total and differ by at most one', () => {
        for (const [n, c] of [
            [10, 25],
            [3, 3],
            [7, 0],
            [4, 1000],
        ]) {
            const per = Array.from({ length: n }, (_, i) => copiesOfTemplate(i, n, c));
            assert.equal(per.reduce((s, x) => s + x, 0), c);
            assert.ok(Math.max(...per) - Math.min(...per) <= 1);
        }
    });
    test('copy j links to copy j, wraps to an existing copy, or to the target itself', () => {
        assert.equal(targetCopyIndex(2, 5), 2);
        assert.equal(targetCopyIndex(6, 4), 2);
        assert.equal(targetCopyIndex(3, 0), null);
    });
});
//# sourceMappingURL=template-plan.test.js.map