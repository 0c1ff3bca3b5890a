import { createHash } from 'node:crypto';
import { UsageError } from '../../domain/errors.js';
import { readInputHead } from '../input-file.js';
import { STREAM_PAGE, sliceStream } from '../graph-stream.js';
import { linesOf } from '../graph-spool.js';
import { damaged, GRAPH_FORMAT_NAME, GRAPH_FORMAT_VERSION, readGraphJson, shapeProblem } from './json-format.js';
const NODES = '"nodes": [';
const BETWEEN = '],';
const RELATIONSHIPS = '"relationships": [';
const DIGEST = /^"sha256": "([0-9a-f]{64})"}$/;
/** The first line of a file, read without reading the rest (a header line is short; 64 kB is plenty). */
function firstLine(path) {
    const text = readInputHead(path, 65_536);
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
}
const item = (line, last) => JSON.parse(last ? line : line.slice(0, -1));
/** The items of one section, parsed, in pages; `skipTo` is the line that opens it. */
async function* sectionPages(path, opener) {
    let inside = false;
    let pending;
    let page = [];
    for await (const line of linesOf(path)) {
        if (!inside) {
            inside = line === opener;
            continue;
        }
        if (line === BETWEEN)
            break;
        if (pending !== undefined)
            page.push(item(pending, false));
        pending = line;
        if (page.length >= STREAM_PAGE) {
            yield page;
            page = [];
        }
    }
    if (pending !== undefined)
        page.push(item(pending, true));
    if (page.length)
        yield page;
}
/**
 * Opens a file of the JSON format for streaming and checks it whole in one pass, holding one line
 * at a time: format, version, layout, every item's shape, the counts and the digest (`requireDigest`:
 * it must have one). The graph it returns reads the file again on each pass. A file that is valid
 * JSON but not laid out one item per line (pretty-printed by another tool) is read whole instead.
 */
export async function openGraphJson(path, options = {}) {
    const first = firstLine(path);
    if (!first.startsWith(`{"format":"${GRAPH_FORMAT_NAME}"`) || !first.endsWith(',')) {
        const doc = readGraphJson(path, options);
        return { header: doc.header, graph: sliceStream(doc.slice), verified: doc.verified };
    }
    let header;
    try {
        header = JSON.parse(`${first.slice(0, -1)}}`);
    }
    catch (err) {
        throw damaged(path, `its first line is not a header (${err.message})`);
    }
    if (header.version !== GRAPH_FORMAT_VERSION)
        throw damaged(path, `version ${String(header.version)}, this tenant-scale reads version ${GRAPH_FORMAT_VERSION}`);
    if (typeof header.tenantId !== 'string')
        throw damaged(path, 'tenantId missing');
    const hash = createHash('sha256');
    let section = 'start';
    let digest;
    let nodes = 0;
    let relationships = 0;
    let previous;
    let lineNumber = 1;
    const close = (what) => {
        if (previous === undefined)
            return;
        const parsed = item(previous, true);
        const problem = shapeProblem(what, parsed);
        if (problem)
            throw damaged(path, `${what}[${what === 'nodes' ? nodes - 1 : relationships - 1}] ${problem}`);
        previous = undefined;
    };
    try {
        let skipped = false;
        for await (const line of linesOf(path)) {
            if (!skipped) {
                skipped = true;
                continue;
            }
            lineNumber++;
            if (section !== 'digest' && section !== 'end')
                hash.update(`${line}\n`);
            if (section === 'start') {
                if (line !== NODES)
                    throw damaged(path, `line ${lineNumber} should open the nodes`);
                section = 'nodes';
            }
            else if (section === 'nodes' || section === 'relationships') {
                if (line === BETWEEN) {
                    close(section);
                    section = section === 'nodes' ? 'between' : 'end';
                    continue;
                }
                if (previous !== undefined) {
                    if (!previous.endsWith(','))
                        throw damaged(path, `line ${lineNumber - 1} lacks its comma; not valid JSON, truncated or edited`);
                    const parsed = item(previous, false);
                    const problem = shapeProblem(section, parsed);
                    if (problem)
                        throw damaged(path, `${section}[${section === 'nodes' ? nodes - 1 : relationships - 1}] ${problem}`);
                }
                previous = line;
                if (section === 'nodes')
                    nodes++;
                else
                    relationships++;
            }
            else if (section === 'between') {
                if (line !== RELATIONSHIPS)
                    throw damaged(path, `line ${lineNumber} should open the relationships`);
                section = 'relationships';
            }
            else if (section === 'end') {
                const match = DIGEST.exec(line);
                if (!match && !options.requireDigest) {
                    // Files written before digests end without one: read whole, as they always were.
                    const doc = readGraphJson(path, options);
                    return { header: doc.header, graph: sliceStream(doc.slice), verified: doc.verified };
                }
                if (!match)
                    throw damaged(path, `line ${lineNumber} should hold the sha256`);
                digest = match[1];
                section = 'digest';
            }
            else if (line !== '') {
                throw damaged(path, `text after the end of the document (line ${lineNumber})`);
            }
        }
    }
    catch (err) {
        if (err instanceof UsageError)
            throw err;
        throw damaged(path, `not valid JSON (${err.message}); truncated or edited`);
    }
    if (section !== 'digest')
        throw damaged(path, 'not valid JSON: it ends early; truncated');
    const counts = header.counts;
    if (counts?.nodes !== nodes || counts?.relationships !== relationships) {
        throw damaged(path, `its counts say ${counts?.nodes} nodes and ${counts?.relationships} relationships, it holds ${nodes} and ${relationships}`);
    }
    if (hash.digest('hex') !== digest)
        throw damaged(path, 'its sha256 does not match its content');
    const graph = {
        tenantId: header.tenantId,
        counts: { nodes, relationships },
        nodes: () => sectionPages(path, NODES),
        relationships: () => sectionPages(path, RELATIONSHIPS),
    };
    return { header, graph, verified: true };
}
//# sourceMappingURL=json-reader.js.map