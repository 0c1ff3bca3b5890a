import type { CountByKey } from '../index.js';

/** Human-readable output helpers; --json bypasses all of this. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function table(rows: readonly (readonly string[])[], rightAlign: readonly number[] = []): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (rightAlign.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function countsTable(title: string, counts: readonly CountByKey[]): string {
  if (counts.length === 0) return `${title}: none`;
  return `${title}:\n${table(
    counts.map((c) => [`  ${c.key}`, formatCount(c.count)]),
    [1],
  )}`;
}
