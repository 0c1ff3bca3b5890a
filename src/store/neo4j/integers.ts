import neo4j from 'neo4j-driver';
import type { Properties } from '../../domain/graph.js';

/**
 * A JS number goes over Bolt as a Float; ATG's integer properties must stay Integers. Integral
 * numbers become neo4j Integers; rows without numbers are passed through untouched (no copy).
 */
export function toNeo4jRows(rows: readonly Properties[]): readonly Record<string, unknown>[] {
  let out: Record<string, unknown>[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Properties;
    let converted: Record<string, unknown> | undefined;
    for (const key in row) {
      const value = row[key];
      if (typeof value === 'number' && Number.isInteger(value)) {
        converted ??= { ...row };
        converted[key] = neo4j.int(value);
      }
    }
    if (converted) {
      out ??= rows.slice(0, i) as Record<string, unknown>[];
      out.push(converted);
    } else if (out) {
      out.push(row);
    }
  }
  return out ?? rows;
}
