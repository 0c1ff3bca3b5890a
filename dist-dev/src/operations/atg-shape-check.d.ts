import type { GraphStore } from '../store/graph-store.js';
import type { ValidationCheck } from './validation-checks.js';
/**
 * `atg-shape`: the tenant's abstracted layer is written as ATG's scan writes it (the ATG catalog's
 * `written-as`): every relationship joins kinds of node the catalog says it joins, and no resource
 * is of a type ATG keeps off the resource layer (a diagnostic setting, a role assignment, a child
 * folded into its parent). A tenant imported by an older version, or written by hand, is named
 * with what differs. Reads the tenant once, keys and labels only, a page at a time.
 */
export declare function atgShapeCheck(store: GraphStore, tenantId: string): Promise<ValidationCheck>;
