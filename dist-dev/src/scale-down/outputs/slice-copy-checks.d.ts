import { type GraphSlice, type SliceRelationship } from '../../io/graph-slice.js';
import type { TenantGraphReads } from '../../store/graph-store.js';
import type { ValidationCheck } from '../../operations/validate-operation.js';
/**
 * Reads back what a copy wrote, cheaply: how many of its owned nodes exist, by key label (keys
 * only, no properties), and every relationship leaving them (or entering them from elsewhere).
 */
export declare function readBackCopy(store: TenantGraphReads, tenantId: string, expected: GraphSlice): Promise<{
    present: Map<string, number>;
    relationships: SliceRelationship[];
}>;
/**
 * What a copy must have written, against what it reads back: every node the tenant owns present
 * (by key label), relationships by type, and each copied node's typed in- and out-degree within the
 * slice. (Properties are the writer's, which the store contract tests prove on both stores.)
 */
export declare function checkCopy(expected: GraphSlice, actual: {
    present: Map<string, number>;
    relationships: readonly SliceRelationship[];
}): ValidationCheck[];
