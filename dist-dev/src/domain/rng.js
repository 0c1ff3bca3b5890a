import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { hex64 } from './ids.js';
/** A 32-bit seed derived from the user's seed and a purpose (`1:random:edges`), so streams drawn for different purposes do not disturb each other. */
export function derivedSeed(...parts) {
    return Number.parseInt(hex64(parts.join(':')).slice(0, 8), 16);
}
/** A seeded RNG (pure-rand's xoroshiro128+) with the few draws the generators need. */
export class Rng {
    generator;
    constructor(seed) {
        this.generator = xoroshiro128plus(seed | 0);
    }
    /** Uniform in [0, 1). */
    next() {
        return uniformFloat64(this.generator);
    }
    /** Uniform integer in [min, max]. */
    int(min, max) {
        return min + Math.floor(this.next() * (max - min + 1));
    }
    chance(p) {
        return this.next() < p;
    }
    pick(items) {
        return items[Math.floor(this.next() * items.length)];
    }
    /**
     * Index in [0, n) skewed towards 0: P(i) falls like a power law, so a few items become hubs.
     * O(1): the inverse of u ↦ u^skew, not a table.
     */
    skewedIndex(n, skew = 2.5) {
        return Math.min(n - 1, Math.floor(n * this.next() ** skew));
    }
    /** Heavy-tailed count ≥ min (discrete Pareto with shape alpha), capped. */
    heavyTail(min, alpha, cap) {
        return Math.min(cap, Math.floor(min / (1 - this.next()) ** (1 / alpha)));
    }
    /**
     * Poisson-distributed count with the given mean: Knuth's product of uniforms for small means
     * (O(mean), and densities are small), a rounded normal above 30 where that is accurate enough.
     */
    poisson(mean) {
        if (mean <= 0)
            return 0;
        if (mean > 30) {
            const normal = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
        }
        const limit = Math.exp(-mean);
        let k = 0;
        for (let p = this.next(); p > limit; p *= this.next())
            k++;
        return k;
    }
    /** A GUID-shaped hex string drawn from this RNG. */
    guid() {
        const hex = (n) => Array.from({ length: n }, () => Math.floor(this.next() * 16).toString(16)).join('');
        return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[this.int(0, 3)]}${hex(3)}-${hex(12)}`;
    }
}
//# sourceMappingURL=rng.js.map