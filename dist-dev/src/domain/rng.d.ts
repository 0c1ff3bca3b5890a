/** A 32-bit seed derived from the user's seed and a purpose (`1:random:edges`), so streams drawn for different purposes do not disturb each other. */
export declare function derivedSeed(...parts: readonly (string | number)[]): number;
/** A seeded RNG (pure-rand's xoroshiro128+) with the few draws the generators need. */
export declare class Rng {
    private readonly generator;
    constructor(seed: number);
    /** Uniform in [0, 1). */
    next(): number;
    /** Uniform integer in [min, max]. */
    int(min: number, max: number): number;
    chance(p: number): boolean;
    pick<T>(items: readonly T[]): T;
    /**
     * Index in [0, n) skewed towards 0: P(i) falls like a power law, so a few items become hubs.
     * O(1): the inverse of u ↦ u^skew, not a table.
     */
    skewedIndex(n: number, skew?: number): number;
    /** Heavy-tailed count ≥ min (discrete Pareto with shape alpha), capped. */
    heavyTail(min: number, alpha: number, cap: number): number;
    /**
     * Poisson-distributed count with the given mean: Knuth's product of uniforms for small means
     * (O(mean), and densities are small), a rounded normal above 30 where that is accurate enough.
     */
    poisson(mean: number): number;
    /** A GUID-shaped hex string drawn from this RNG. */
    guid(): string;
}
