import { type Distributions, type FidelityReport } from '../fidelity/fidelity.js';
/** One graph's values, as the report compares them. */
export interface ReportSeries {
    readonly name: string;
    readonly distributions: Distributions;
    readonly typeCounts: ReadonlyMap<string, number>;
    /** Fidelity against the tenant (absent for the tenant itself). */
    readonly fidelity?: FidelityReport;
}
export interface ReportInput {
    readonly title: string;
    readonly subtitle: string;
    readonly tenant: ReportSeries;
    readonly sample: ReportSeries;
    readonly baseline: ReportSeries;
}
/**
 * One self-contained HTML page (no script, no stylesheet or font from elsewhere, no URL): the
 * cumulative distributions of tenant, sample and the random-node baseline overlaid for every metric,
 * with their KS D, the type proportions side by side, and the summary table.
 */
export declare function renderReport(input: ReportInput): Promise<string>;
