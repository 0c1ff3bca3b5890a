/** `:A:B` for a node outside the operation: its labels sorted, so both stores name it alike. */
export declare function labelKey(labels: readonly string[]): string;
