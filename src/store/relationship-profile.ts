/** `:A:B` for a node outside the operation: its labels sorted, so both stores name it alike. */
export function labelKey(labels: readonly string[]): string {
  return `:${[...labels].sort().join(':')}`;
}
