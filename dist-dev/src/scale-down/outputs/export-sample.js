import { collectSlice } from '../../io/graph-slice.js';
import { writeGraphFile } from '../../io/graph-formats/index.js';
/** Writes the sample, with its context, as a file (the ids sorted, so the bytes depend only on the sample). */
export async function exportSample(store, tenantId, graph, sampled, output, meta) {
    const ids = [...sampled].map((v) => graph.ids[v]).sort();
    const slice = await collectSlice(store, tenantId, ids, { includeOriginal: Boolean(output.includeOriginal) });
    const bytes = await writeGraphFile(slice, output.format, output.file, meta);
    return { file: output.file, format: output.format, nodes: slice.nodes.length, relationships: slice.relationships.length, bytes };
}
//# sourceMappingURL=export-sample.js.map