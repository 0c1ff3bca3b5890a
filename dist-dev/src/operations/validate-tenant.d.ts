import type { GraphStore } from '../store/graph-store.js';
import { type ValidationCheck } from './validate-operation.js';
export interface OperationValidation {
    readonly operationId: string;
    readonly checks: readonly ValidationCheck[];
    readonly passed: boolean;
}
export interface TenantValidation {
    readonly tenantId: string;
    readonly passed: boolean;
    readonly operations: readonly OperationValidation[];
}
/** scale-validate: the post-write checks over one operation, or every completed operation of a tenant. */
export declare function validateTenant(store: GraphStore, tenantId: string | undefined, operationId?: string, options?: {
    readonly skipChecks?: readonly string[];
}): Promise<TenantValidation>;
