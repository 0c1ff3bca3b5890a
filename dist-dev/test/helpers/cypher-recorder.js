import assert from 'node:assert/strict';
import { subscribe } from 'node:diagnostics_channel';
import { after } from 'node:test';
import { HOT_QUERY_CASES } from '../../src/store/neo4j/hot-queries.js';
import { NEO4J_QUERY_CHANNEL } from '../../src/store/neo4j/query-channel.js';
/**
 * Loaded by test/helpers/stores.ts into every test file that opens a store: records every Cypher
 * text the Neo4j adapter sends on behalf of tenant-scale's own code while the file runs, and fails
 * the file if one was sent that the plan-shape test does not EXPLAIN (a shape of HOT_QUERY_CASES)
 * and that is not allowed below as bounded, with the reason. A query added to the adapter without
 * either fails the first contract test that runs it. Queries the tests send themselves (hashes,
 * counts, corruptions) are not the product's and are left out.
 */
/** A query's shape: quoted names (labels, types, property keys) stand for any name, whitespace collapsed. */
export function cypherShape(cypher) {
    return cypher
        .replace(/`(?:[^`]|``)*`/g, '`?`')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Queries not in the hot-query table, each bounded by something other than a pinned plan. */
export const BOUNDED_QUERIES = [
    { pattern: /^(CREATE (INDEX|CONSTRAINT)|DROP INDEX) tenant_scale_\w+ IF (NOT )?EXISTS\b/, reason: 'schema statements: run once per store, before any data' },
    { pattern: /^SHOW INDEXES YIELD name RETURN name$/, reason: 'the schema check: one row per index' },
    { pattern: /^CALL db\.awaitIndexes\(\d+\)$/, reason: 'waits for new indexes: once, after creating them' },
    {
        pattern: /^MATCH \(o:ScaleOperation\) WHERE \$tenantId IS NULL OR o\.tenant_id = \$tenantId RETURN o ORDER BY o\.started_at, o\.id$/,
        reason: 'the operation records: one node per operation ever run (history), read whole',
    },
    {
        pattern: /^UNWIND \['TENANT_SCALE_PROBE_A', 'TENANT_SCALE_PROBE_B'\] AS t CREATE \(x:TenantScaleProbe\)/,
        reason: 'the dynamic-type probe: once per connection, two rows, rolled back',
    },
    {
        pattern: /^MATCH \(n:Resource\) USING INDEX n:Resource\(tenant_id\) WHERE n\.tenant_id IS NOT NULL RETURN count\(n\) AS n$/,
        reason: 'reads the tenant_id index, no node: whether any resource lacks a tenant_id (nodes are read only then)',
    },
];
const HOT_SHAPES = new Set(HOT_QUERY_CASES.map((c) => cypherShape(c.query.cypher)));
/** Whether a sent text is plan-tested or allowed as bounded. */
export function isCovered(cypher) {
    return HOT_SHAPES.has(cypherShape(cypher)) || BOUNDED_QUERIES.some((b) => b.pattern.test(cypherShape(cypher)));
}
/**
 * Who sent a query: the first frame of the stack outside the adapter. The adapter publishes before
 * its first await, so the caller's frame is on the stack.
 */
function sentByTests() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    const frames = (new Error().stack ?? '').split('\n').slice(1);
    Error.stackTraceLimit = limit;
    const caller = frames.find((f) => /\/dist\//.test(f) && !/\/dist\/src\/store\/neo4j\/|\/dist\/test\/helpers\/cypher-recorder/.test(f));
    return caller !== undefined && /\/dist\/(test|torture|bench)\//.test(caller);
}
const sent = new Set();
// Only under the test runner (a file of `node --test`): the torture and bench programs import the store helpers too.
if (process.env.NODE_TEST_CONTEXT) {
    subscribe(NEO4J_QUERY_CHANNEL, (message) => {
        if (!sentByTests())
            sent.add(message.cypher);
    });
    after(checkSent);
}
function checkSent() {
    const unknown = [...sent].filter((c) => !isCovered(c));
    assert.deepEqual(unknown.map(cypherShape), [], 'Cypher sent that no plan-shape test covers: add it to HOT_QUERY_CASES (src/store/neo4j/hot-queries.ts) or, if it is bounded, to BOUNDED_QUERIES in test/helpers/cypher-recorder.ts with the reason');
}
//# sourceMappingURL=cypher-recorder.js.map