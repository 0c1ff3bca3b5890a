import type { GraphStream } from '../graph-stream.js';
/**
 * GraphML (for Gephi, yEd, graphology): nodes keyed `Label:key` with `labels` and every property as
 * a typed data attribute (lists as JSON text), directed edges with `type`. Written with
 * xmlbuilder2's streaming builder, a page at a time (graphology-graphml only parses).
 */
export declare function graphmlLines(graph: GraphStream, meta: Record<string, unknown>): AsyncGenerator<string>;
