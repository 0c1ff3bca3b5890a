import type { CountByKey } from '../store/graph-store.js';
/** Human-readable output helpers; --json bypasses all of this. */
export declare function formatCount(n: number): string;
export declare function table(rows: readonly (readonly string[])[], rightAlign?: readonly number[]): string;
export declare function countsTable(title: string, counts: readonly CountByKey[]): string;
