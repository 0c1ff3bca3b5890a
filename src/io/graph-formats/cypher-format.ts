import { keyPropertyOf } from '../../domain/atg-schema.js';
import type { PropertyValue } from '../../domain/graph.js';
import { refOf } from '../../domain/graph-slice.js';
import type { GraphStream } from '../graph-stream.js';
import { sortedProperties } from './json-format.js';

/** Rows per `:param` batch: large enough to load fast, small enough for a client to send. */
export const CYPHER_BATCH_ROWS = 500;

const name = (s: string) => `\`${s.replace(/`/g, '``')}\``;

/** A Cypher literal: strings single-quoted with escapes, integers as integers, floats with a decimal point. */
export function cypherLiteral(v: PropertyValue | Record<string, PropertyValue>): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
  if (typeof v === 'number')
    return Number.isInteger(v) ? String(v) : Number.isFinite(v) ? (String(v).includes('.') || String(v).includes('e') ? String(v) : `${v}.0`) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => cypherLiteral(x)).join(', ')}]`;
  return `{${Object.entries(v)
    .map(([k, x]) => `${name(k)}: ${cypherLiteral(x)}`)
    .join(', ')}}`;
}

/**
 * A script that loads the graph into an empty Neo4j with cypher-shell (or Neo4j Browser): the
 * uniqueness constraints first (a first pass over the nodes), then nodes by label set and
 * relationships by (type, end labels), each in `:param rows => [...]` batches consumed by one
 * `UNWIND $rows` statement — one query shape per group of a page, not one CREATE per line.
 */
export async function* cypherLines(graph: GraphStream, meta: Record<string, unknown>): AsyncGenerator<string> {
  yield `// tenant-scale graph of tenant ${graph.tenantId}: ${graph.counts.nodes} nodes, ${graph.counts.relationships} relationships${meta.source ? `, from ${String(meta.source)}` : ''}\n`;
  yield '// Load into an empty database: cypher-shell -f FILE (or paste into Neo4j Browser).\n';
  const labels = new Set<string>();
  for await (const page of graph.nodes()) for (const n of page) labels.add(refOf(n).label);
  for (const label of [...labels].sort()) {
    yield `CREATE CONSTRAINT ${name(`tenant_scale_load_${label.toLowerCase()}_${keyPropertyOf(label)}`)} IF NOT EXISTS FOR (n:${name(label)}) REQUIRE n.${name(keyPropertyOf(label))} IS UNIQUE;\n`;
  }
  for await (const page of graph.nodes()) {
    for (const [labelSet, rows] of groupBy(
      page,
      (n) => n.labels.join(':'),
      (n) => sortedProperties(n.properties),
    )) {
      for (const batch of batches(rows, CYPHER_BATCH_ROWS)) {
        yield `:param rows => [${batch.map((r) => cypherLiteral(r)).join(', ')}]\n`;
        yield `UNWIND $rows AS row CREATE (n:${labelSet.split(':').map(name).join(':')}) SET n = row;\n`;
      }
    }
  }
  for await (const page of graph.relationships()) {
    for (const [shape, rows] of groupBy(
      page,
      (r) => `${r.type}\u0000${r.src.label}\u0000${r.dst.label}`,
      (r) => ({ src: r.src.key, dst: r.dst.key }),
    )) {
      const [type, src, dst] = shape.split('\u0000') as [string, string, string];
      for (const batch of batches(rows, CYPHER_BATCH_ROWS)) {
        yield `:param rows => [${batch.map((r) => cypherLiteral(r)).join(', ')}]\n`;
        yield `UNWIND $rows AS row MATCH (a:${name(src)} {${name(keyPropertyOf(src))}: row.src}) MATCH (b:${name(dst)} {${name(keyPropertyOf(dst))}: row.dst}) CREATE (a)-[:${name(type)}]->(b);\n`;
      }
    }
  }
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function groupBy<T, R>(items: readonly T[], key: (item: T) => string, row: (item: T) => R): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(row(item));
  }
  return groups;
}
