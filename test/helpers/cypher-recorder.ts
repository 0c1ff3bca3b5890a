import assert from 'node:assert/strict';
import { subscribe } from 'node:diagnostics_channel';
import { after } from 'node:test';
import { HOT_QUERY_CASES } from '../../src/store/neo4j/hot-queries.js';
import { NEO4J_QUERY_CHANNEL } from '../../src/store/neo4j/query-channel.js';

/**
 * Imported by every contract test file: records every Cypher text the Neo4j adapter sends while the
 * file runs, and fails the file if one was sent that the plan-shape test does not EXPLAIN (a shape
 * of HOT_QUERY_CASES) and that is not allowed below as bounded, with the reason. A query added to
 * the adapter without either fails the first contract test that runs it.
 */

/** A query's shape: quoted names (labels, types, property keys) stand for any name, whitespace collapsed. */
export function cypherShape(cypher: string): string {
  return cypher
    .replace(/`(?:[^`]|``)*`/g, '`?`')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Queries not in the hot-query table, each bounded by something other than a pinned plan. */
export const BOUNDED_QUERIES: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  { pattern: /^(CREATE (INDEX|CONSTRAINT)|DROP INDEX) tenant_scale_\w+ IF (NOT )?EXISTS\b/, reason: 'schema statements: run once per store, before any data' },
  { pattern: /^SHOW INDEXES YIELD name RETURN name$/, reason: 'the schema check: one row per index' },
  { pattern: /^CALL db\.awaitIndexes\(\d+\)$/, reason: 'waits for new indexes: once, after creating them' },
  { pattern: /^CALL dbms\.components\(\)/, reason: 'the server version, read once per connection' },
];

const HOT_SHAPES = new Set(HOT_QUERY_CASES.map((c) => cypherShape(c.query.cypher)));

/** Whether a sent text is plan-tested or allowed as bounded. */
export function isCovered(cypher: string): boolean {
  return HOT_SHAPES.has(cypherShape(cypher)) || BOUNDED_QUERIES.some((b) => b.pattern.test(cypherShape(cypher)));
}

const sent = new Set<string>();
subscribe(NEO4J_QUERY_CHANNEL, (message) => sent.add((message as { cypher: string }).cypher));

after(() => {
  const unknown = [...sent].filter((c) => !isCovered(c));
  assert.deepEqual(
    unknown.map(cypherShape),
    [],
    'Cypher sent that no plan-shape test covers: add it to HOT_QUERY_CASES (src/store/neo4j/hot-queries.ts) or, if it is bounded, to BOUNDED_QUERIES in test/helpers/cypher-recorder.ts with the reason',
  );
});
