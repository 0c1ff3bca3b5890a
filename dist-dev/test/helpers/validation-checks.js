import assert from 'node:assert/strict';
/** The checks each writing command runs over what it wrote before it completes, in the order it reports them. */
export const IMPORT_CHECKS = ['nodes-present', 'relationship-counts', 'relationships-exact'];
export const NEW_TENANT_CHECKS = ['nodes-present', 'relationship-counts', 'typed-degree'];
export const DELETE_CHECKS = ['deleted', 'sample-kept'];
/** Exactly the checks named ran (an empty list, or a missing check, fails), and every one passed. */
export function assertChecksPassed(checks, expected, message = '') {
    const shown = `${message ? `${message}: ` : ''}${JSON.stringify(checks)}`;
    assert.deepEqual(checks.map((c) => c.name), [...expected], shown);
    assert.deepEqual(checks.filter((c) => !c.passed).map((c) => c.name), [], shown);
}
//# sourceMappingURL=validation-checks.js.map