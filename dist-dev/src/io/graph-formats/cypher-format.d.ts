import type { PropertyValue } from '../../domain/graph.js';
import type { GraphStream } from '../graph-stream.js';
/** Rows per `:param` batch: large enough to load fast, small enough for a client to send. */
export declare const CYPHER_BATCH_ROWS = 500;
/** A Cypher literal: strings single-quoted with escapes, integers as integers, floats with a decimal point. */
export declare function cypherLiteral(v: PropertyValue | Record<string, PropertyValue>): string;
/**
 * A script that loads the graph into an empty Neo4j with cypher-shell (or Neo4j Browser): the
 * uniqueness constraints first (a first pass over the nodes), then nodes by label set and
 * relationships by (type, end labels), each in `:param rows => [...]` batches consumed by one
 * `UNWIND $rows` statement — one query shape per group of a page, not one CREATE per line.
 */
export declare function cypherLines(graph: GraphStream, meta: Record<string, unknown>): AsyncGenerator<string>;
