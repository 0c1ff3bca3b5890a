import type { CompactGraph } from '../compact-graph.js';
import { type Distributions, type FidelityReport } from '../fidelity/fidelity.js';
/**
 * Writes the HTML fidelity report: tenant vs sample vs a random-node sample of the sample's size and
 * seed (the baseline the sampler must beat). Returns the baseline's fidelity, which the report shows.
 */
export declare function writeFidelityReport(file: string, run: {
    readonly tenantId: string;
    readonly algorithm: string;
    readonly seed: number;
}, graph: CompactGraph, sample: CompactGraph, tenantDistributions: Distributions, sampleDistributions: Distributions, sampleFidelity: FidelityReport): Promise<{
    file: string;
    baseline: FidelityReport;
}>;
