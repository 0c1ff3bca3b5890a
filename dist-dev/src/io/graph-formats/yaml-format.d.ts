import { type GraphStream } from '../graph-stream.js';
/**
 * The same document as the JSON format, as YAML (the yaml library's writer), streamed: the header
 * keys, then each node and relationship as one item of its block sequence.
 */
export declare function yamlLines(graph: GraphStream, meta: Record<string, unknown>): AsyncGenerator<string>;
