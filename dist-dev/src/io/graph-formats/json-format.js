import { readInputFile } from '../input-file.js';
import { createHash } from 'node:crypto';
import { UsageError } from '../../domain/errors.js';
export const GRAPH_FORMAT_NAME = 'tenant-scale-graph';
export const GRAPH_FORMAT_VERSION = 1;
/** Properties with their keys sorted: the same node gives the same text from every store. */
export function sortedProperties(p) {
    return Object.fromEntries(Object.keys(p)
        .sort()
        .map((k) => [k, p[k]]));
}
/** A node as one line of the format (properties sorted: the same node gives the same text from every store). */
export const nodeLine = (n) => JSON.stringify({ labels: n.labels, properties: sortedProperties(n.properties) });
export const relationshipLine = (r) => JSON.stringify({ type: r.type, src: { label: r.src.label, key: r.src.key }, dst: { label: r.dst.label, key: r.dst.key } });
/** Lines with a comma after each but the last (a one-item look-ahead: the stream's length is not needed). */
async function* commaSeparated(items, line) {
    let previous;
    for await (const page of items) {
        const out = [];
        for (const item of page) {
            if (previous !== undefined)
                out.push(`${previous},\n`);
            previous = line(item);
        }
        if (out.length)
            yield out.join('');
    }
    if (previous !== undefined)
        yield `${previous}\n`;
}
/**
 * tenant-scale's own format: one JSON document, versioned, with one node or relationship per line
 * so that it can be written and read as a stream (a reader may parse line by line between the
 * `"nodes": [` and `"relationships": [` lines, or JSON.parse the whole file). The last key,
 * `sha256`, is the digest of the text from the `"nodes"` key up to that key (every byte after the
 * first line and before `"sha256"`): a reader tells a damaged file from a good one with one hash
 * over the text it read.
 */
export async function* jsonLines(graph, meta) {
    const hash = createHash('sha256');
    const body = (text) => {
        hash.update(text);
        return text;
    };
    const header = { format: GRAPH_FORMAT_NAME, version: GRAPH_FORMAT_VERSION, tenantId: graph.tenantId, ...meta, counts: graph.counts };
    yield `${JSON.stringify(header).slice(0, -1)},\n`;
    yield body('"nodes": [\n');
    for await (const text of commaSeparated(graph.nodes(), nodeLine))
        yield body(text);
    yield body('],\n"relationships": [\n');
    for await (const text of commaSeparated(graph.relationships(), relationshipLine))
        yield body(text);
    yield body('],\n');
    yield `"sha256": "${hash.digest('hex')}"}\n`;
}
/**
 * Labels and relationship types are plain names, as ATG writes them: SQLite keeps a node's labels
 * as `:A:B:`, so a label holding `:` would come back as other labels (`x:Original` as Original).
 */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const notPlain = (names) => names.find((n) => !PLAIN_NAME.test(n));
const quoted = (name) => JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
/**
 * Values the stores index (keys, tenant, type, operation markers) are capped: a Neo4j index entry
 * holds at most ~8 kB, and a longer value fails the write half-way instead of being refused first.
 */
export const MAX_INDEXED_VALUE_BYTES = 4096;
const INDEXED_PROPERTIES = ['id', 'code', 'tenant_id', 'type', 'scale_operation_id', 'template_source_id'];
const tooLong = (value) => typeof value === 'string' && value.length * 3 > MAX_INDEXED_VALUE_BYTES && Buffer.byteLength(value) > MAX_INDEXED_VALUE_BYTES;
const tooLongProblem = (what, value) => `has ${what} ${quoted(value)} of ${Buffer.byteLength(value)} bytes, above ${MAX_INDEXED_VALUE_BYTES} (the stores index it)`;
/** Property names Neo4j refuses as tokens (SQLite would keep them, and a copy to Neo4j would fail). */
const badPropertyName = (properties) => Object.keys(properties).find((k) => k === '' || k.includes('\u0000'));
/** What is wrong with a node's property names and indexed values, if anything. */
function propertyProblem(properties) {
    const name = badPropertyName(properties);
    if (name !== undefined)
        return `has a property named ${quoted(name)}: a property name cannot be empty or hold NUL`;
    const long = INDEXED_PROPERTIES.find((k) => tooLong(properties[k]));
    return long === undefined ? undefined : tooLongProblem(long, properties[long]);
}
/** What is wrong with the shape of an item of a section, if anything. */
export function shapeProblem(section, item) {
    const o = item;
    if (section === 'nodes') {
        const ok = o !== null &&
            typeof o === 'object' &&
            Array.isArray(o.labels) &&
            o.labels.every((l) => typeof l === 'string') &&
            typeof o.properties === 'object' &&
            o.properties !== null &&
            !Array.isArray(o.properties);
        if (!ok)
            return 'has no labels or properties';
        const bad = notPlain(o.labels);
        if (bad !== undefined)
            return `has the label ${quoted(bad)}, not a plain name (letters, digits, _)`;
        return propertyProblem(o.properties);
    }
    const ok = o !== null &&
        typeof o === 'object' &&
        typeof o.type === 'string' &&
        typeof o.src?.key === 'string' &&
        typeof o.dst?.key === 'string' &&
        typeof o.src?.label === 'string' &&
        typeof o.dst?.label === 'string';
    if (!ok)
        return 'has no type or ends';
    const bad = notPlain([o.type, o.src.label, o.dst.label]);
    if (bad !== undefined)
        return `names ${quoted(bad)}, not a plain name (letters, digits, _)`;
    const long = [o.src.key, o.dst.key].find(tooLong);
    return long === undefined ? undefined : tooLongProblem('an end', long);
}
export const damaged = (path, reason) => new UsageError(`${path} is not a usable tenant-scale graph file: ${reason}`, 'use the file tenant-scale wrote, unmodified (a damaged copy cannot be trusted)');
/**
 * Reads a file of the JSON format and checks it whole: format, version, counts, shapes and the
 * digest when the file has one (`requireDigest`: it must). Any damage — a truncated file, an
 * edited line, a flipped byte — is a UsageError naming the file and what is wrong.
 */
export function readGraphJson(path, options = {}) {
    const text = readInputFile(path);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw damaged(path, `not valid JSON (${err.message}); truncated or edited`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw damaged(path, 'not a JSON object');
    if (doc.format !== GRAPH_FORMAT_NAME)
        throw damaged(path, `its format is not ${GRAPH_FORMAT_NAME}`);
    if (doc.version !== GRAPH_FORMAT_VERSION)
        throw damaged(path, `version ${String(doc.version)}, this tenant-scale reads version ${GRAPH_FORMAT_VERSION}`);
    if (typeof doc.tenantId !== 'string')
        throw damaged(path, 'tenantId missing');
    let verified = false;
    if (typeof doc.sha256 === 'string') {
        const start = text.indexOf('\n') + 1;
        const end = text.lastIndexOf('"sha256": "');
        if (start <= 0 || end < start || createHash('sha256').update(text.slice(start, end)).digest('hex') !== doc.sha256)
            throw damaged(path, 'its sha256 does not match its content');
        verified = true;
    }
    else if (options.requireDigest) {
        throw damaged(path, 'it carries no sha256');
    }
    const { nodes, relationships, sha256: _s, ...header } = doc;
    if (!Array.isArray(nodes) || !Array.isArray(relationships))
        throw damaged(path, 'nodes or relationships missing');
    const counts = header.counts;
    if (counts?.nodes !== nodes.length || counts?.relationships !== relationships.length) {
        throw damaged(path, `its counts say ${counts?.nodes} nodes and ${counts?.relationships} relationships, it holds ${nodes.length} and ${relationships.length}`);
    }
    for (const [section, items] of [
        ['nodes', nodes],
        ['relationships', relationships],
    ]) {
        for (let i = 0; i < items.length; i++) {
            const problem = shapeProblem(section, items[i]);
            if (problem)
                throw damaged(path, `${section}[${i}] ${problem}`);
        }
    }
    return { header, slice: { tenantId: doc.tenantId, nodes, relationships }, verified };
}
//# sourceMappingURL=json-format.js.map