import assert from 'node:assert/strict';
import type { ValidationCheck } from '../../src/operations/validate-operation.js';

/** The checks each writing command runs over what it wrote before it completes, in the order it reports them. */
export const IMPORT_CHECKS = ['nodes-present', 'relationship-counts', 'relationships-exact'] as const;
export const NEW_TENANT_CHECKS = ['nodes-present', 'relationship-counts', 'typed-degree'] as const;
export const DELETE_CHECKS = ['deleted', 'sample-kept'] as const;

/** Exactly the checks named ran (an empty list, or a missing check, fails), and every one passed. */
export function assertChecksPassed(checks: readonly ValidationCheck[], expected: readonly string[], message = ''): void {
  const shown = `${message ? `${message}: ` : ''}${JSON.stringify(checks)}`;
  assert.deepEqual(
    checks.map((c) => c.name),
    [...expected],
    shown,
  );
  assert.deepEqual(
    checks.filter((c) => !c.passed).map((c) => c.name),
    [],
    shown,
  );
}
