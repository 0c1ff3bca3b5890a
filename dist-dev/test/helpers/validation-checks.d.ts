import type { ValidationCheck } from '../../src/operations/validate-operation.js';
/** The checks each writing command runs over what it wrote before it completes, in the order it reports them. */
export declare const IMPORT_CHECKS: readonly ["nodes-present", "relationship-counts", "relationships-exact"];
export declare const NEW_TENANT_CHECKS: readonly ["nodes-present", "relationship-counts", "typed-degree"];
export declare const DELETE_CHECKS: readonly ["deleted", "sample-kept"];
/** Exactly the checks named ran (an empty list, or a missing check, fails), and every one passed. */
export declare function assertChecksPassed(checks: readonly ValidationCheck[], expected: readonly string[], message?: string): void;
