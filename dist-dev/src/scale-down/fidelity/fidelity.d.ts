import type { CompactGraph } from '../compact-graph.js';
/** The per-node (and per-component) values whose distributions are compared. */
export interface Distributions {
    readonly degree: Uint32Array;
    readonly inDegree: Uint32Array;
    readonly outDegree: Uint32Array;
    readonly clustering: Float64Array;
    readonly componentSize: Uint32Array;
}
export declare const METRICS: readonly ["degree", "inDegree", "outDegree", "clustering", "componentSize"];
export type Metric = (typeof METRICS)[number];
export interface GraphSummary {
    readonly nodes: number;
    readonly relationships: number;
    readonly components: number;
    /** Share of the nodes in the largest weakly connected component. */
    readonly largestComponentFraction: number;
    /** 90th-percentile hop distance between connected pairs (see hop-plot.ts). */
    readonly effectiveDiameter: number;
}
export interface FidelityReport {
    readonly tenant: GraphSummary;
    readonly sample: GraphSummary;
    /** Kolmogorov–Smirnov D of sample vs tenant, per distribution: 0 is identical, 1 disjoint. */
    readonly ks: Readonly<Record<Metric, number>>;
    /** Total-variation distance of the resource-type proportions: 0 is the same mix. */
    readonly typeTvd: number;
    readonly resourceTypes: {
        readonly tenant: number;
        readonly sample: number;
        readonly missing: readonly string[];
    };
    /** Relationship types present among the sample's resources, of those among the tenant's. */
    readonly relationshipTypes: {
        readonly tenant: number;
        readonly sample: number;
        readonly coverage: number;
        readonly missing: readonly string[];
    };
}
export declare function distributions(graph: CompactGraph): Distributions;
/**
 * How faithful the sample's induced subgraph is to the tenant's graph (Leskovec & Faloutsos 2006:
 * KS D over degree, clustering and component-size distributions) plus type proportions and
 * coverage. Pass precomputed distributions to compare several samples against one tenant.
 */
export declare function measureFidelity(tenant: CompactGraph, sample: CompactGraph, seed: number, tenantDistributions?: Distributions, sampleDistributions?: Distributions): FidelityReport;
export declare function typeCounts(graph: CompactGraph): Map<string, number>;
