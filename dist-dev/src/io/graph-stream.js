/** Items per page of a stream: the by-key store reads take 5,000 keys at a time. */
export const STREAM_PAGE = 5_000;
async function* pages(items, size) {
    for (let i = 0; i < items.length; i += size)
        yield items.slice(i, i + size);
}
/** A slice in memory as a stream. */
export function sliceStream(slice) {
    return {
        tenantId: slice.tenantId,
        counts: { nodes: slice.nodes.length, relationships: slice.relationships.length },
        nodes: () => pages(slice.nodes, STREAM_PAGE),
        relationships: () => pages(slice.relationships, STREAM_PAGE),
    };
}
/** A whole stream in memory (for what needs the whole graph at once: rewriting a tenant's ids). */
export async function readWhole(stream) {
    const nodes = [];
    const relationships = [];
    for await (const page of stream.nodes())
        nodes.push(...page);
    for await (const page of stream.relationships())
        relationships.push(...page);
    return { tenantId: stream.tenantId, nodes, relationships };
}
/** The items of a stream of pages, one by one. */
export async function* itemsOf(source) {
    for await (const page of source)
        yield* page;
}
//# sourceMappingURL=graph-stream.js.map