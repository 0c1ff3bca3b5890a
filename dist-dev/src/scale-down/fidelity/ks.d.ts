/**
 * Two-sample Kolmogorov–Smirnov statistic D = max over x of |F₁(x) − F₂(x)|, F the empirical CDFs
 * (the fidelity measure of Leskovec & Faloutsos 2006). 0 for identical distributions, 1 for
 * disjoint ones. Sorts copies of both inputs: O((n₁ + n₂) log).
 */
export declare function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number;
/** Total-variation distance ½ Σ |p₁ − p₂| between two count tables turned into proportions. */
export declare function totalVariation(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number;
/** The empirical CDF as (value, F(value)) steps: what the report plots. */
export declare function empiricalCdf(values: ArrayLike<number>, maxPoints?: number): {
    x: number;
    y: number;
}[];
