import { type CompactGraph } from '../compact-graph.js';
export interface DegreeArrays {
    readonly total: Uint32Array;
    readonly in: Uint32Array;
    readonly out: Uint32Array;
}
/** Per-node in, out and total degree (relationships counted with their multiplicity, directed). */
export declare function degreeArrays(graph: CompactGraph): DegreeArrays;
