import { inDegree, outDegree } from '../compact-graph.js';
/** Per-node in, out and total degree (relationships counted with their multiplicity, directed). */
export function degreeArrays(graph) {
    const n = graph.nodeCount;
    const total = new Uint32Array(n);
    const inn = new Uint32Array(n);
    const out = new Uint32Array(n);
    for (let v = 0; v < n; v++) {
        inn[v] = inDegree(graph, v);
        out[v] = outDegree(graph, v);
        total[v] = inn[v] + out[v];
    }
    return { total, in: inn, out };
}
//# sourceMappingURL=degrees.js.map