import { keyPropertyOf } from '../../domain/atg-schema.js';
import type { PropertyValue } from '../../domain/graph.js';
import { refOf, type GraphSlice } from '../graph-slice.js';
import { sortedProperties } from './json-format.js';

/** Rows per `:param` batch: large enough to load fast, small enough for a client to send. */
export const CYPHER_BATCH_ROWS = 500;

const name = (s: string) => '`' + s.replace(/`/g, '``') + '`';

/** A Cypher literal: strings single-quoted with escapes, integers as integers, floats with a decimal point. */
export function cypherLiteral(v: PropertyValue | Record<string, PropertyValue>): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : Number.isFinite(v) ? (String(v).includes('.') || String(v).includes('e') ? String(v) : `${v}.0`) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => cypherLiteral(x)).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${name(k)}: ${cypherLiteral(x)}`).join(', ')}}`;
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * A script that loads the slice into an empty Neo4j with cypher-shell (or Neo4j Browser): the
 * uniqueness constraints first, then nodes by label set and relationships by (type, end labels), each
 * in `:param rows => [...]` batches consumed by one `UNWIND $rows` statement — one query shape per
 * group, not one CREATE per line.
 */
export function* cypherLines(slice: GraphSlice, meta: Record<string, unknown>): Generator<string> {
  yield `// tenant-scale graph of tenant ${slice.tenantId}: ${slice.nodes.length} nodes, ${slice.relationships.length} relationships${meta.source ? `, from ${String(meta.source)}` : ''}\n`;
  yield '// Load into an empty database: cypher-shell -f FILE (or paste into Neo4j Browser).\n';
  for (const label of [...new Set(slice.nodes.map((n) => refOf(n).label))].sort()) {
    yield `CREATE CONSTRAINT ${name(`tenant_scale_load_${label.toLowerCase()}_${keyPropertyOf(label)}`)} IF NOT EXISTS FOR (n:${name(label)}) REQUIRE n.${name(keyPropertyOf(label))} IS UNIQUE;\n`;
  }
  const byLabels = new Map<string, Record<string, PropertyValue>[]>();
  for (const n of slice.nodes) {
    const key = n.labels.join(':');
    if (!byLabels.has(key)) byLabels.set(key, []);
    byLabels.get(key)!.push(sortedProperties(n.properties));
  }
  for (const [labels, rows] of byLabels) {
    for (const batch of batches(rows, CYPHER_BATCH_ROWS)) {
      yield `:param rows => [${batch.map((r) => cypherLiteral(r)).join(', ')}]\n`;
      yield `UNWIND $rows AS row CREATE (n:${labels.split(':').map(name).join(':')}) SET n = row;\n`;
    }
  }
  const byShape = new Map<string, { src: string; dst: string }[]>();
  for (const r of slice.relationships) {
    const key = `${r.type}\u0000${r.src.label}\u0000${r.dst.label}`;
    if (!byShape.has(key)) byShape.set(key, []);
    byShape.get(key)!.push({ src: r.src.key, dst: r.dst.key });
  }
  for (const [shape, rows] of byShape) {
    const [type, src, dst] = shape.split('\u0000') as [string, string, string];
    for (const batch of batches(rows, CYPHER_BATCH_ROWS)) {
      yield `:param rows => [${batch.map((r) => cypherLiteral(r)).join(', ')}]\n`;
      yield `UNWIND $rows AS row MATCH (a:${name(src)} {${name(keyPropertyOf(src))}: row.src}) MATCH (b:${name(dst)} {${name(keyPropertyOf(dst))}: row.dst}) CREATE (a)-[:${name(type)}]->(b);\n`;
    }
  }
}
