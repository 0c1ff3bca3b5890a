import { rulesFrom } from '../../domain/atg-catalog/kind-relationships.js';
import { UsageError } from '../../domain/errors.js';
import { derivedSeed, Rng } from '../../domain/rng.js';
/** The seed of one random stream (types, properties, edges). */
export function streamSeed(seed, purpose) {
    return derivedSeed(seed, 'random', purpose);
}
/**
 * Draws every resource's type from the distribution (O(n), only per-type counts kept: nodes are
 * later written type by type, so "the k-th resource of type T" is all an edge needs to name its
 * target), then spreads the density over the types that have a usable rule.
 */
export function planRandom(targetCount, distribution, density, seed) {
    if (!Number.isSafeInteger(targetCount) || targetCount < 1)
        throw new UsageError(`{{option:targetCount}} must be a whole number of 1 or more (got ${targetCount})`, 'pass e.g. {{option:targetCount}} 100000');
    if (!Number.isFinite(density) || density < 0 || density > 50)
        throw new UsageError(`{{option:relationshipDensity}} must be between 0 and 50 relationships per resource (got ${density})`, 'pass e.g. {{option:relationshipDensity}} 1.5');
    const rng = new Rng(streamSeed(seed, 'types'));
    const shares = distribution.shares;
    const cumulative = shares.map((_, i) => shares.slice(0, i + 1).reduce((s, x) => s + x.probability, 0));
    const counts = new Array(shares.length).fill(0);
    for (let i = 0; i < targetCount; i++) {
        const u = rng.next() * cumulative[cumulative.length - 1];
        let t = 0;
        while (t < shares.length - 1 && u >= cumulative[t])
            t++;
        counts[t]++;
    }
    const indexOf = new Map(shares.map((s, i) => [s.kind, i]));
    const usable = shares.map((s, i) => {
        const rules = rulesFrom(s.kind).flatMap((rule) => {
            const target = indexOf.get(rule.to);
            if (target === undefined)
                return [];
            const needed = target === i ? 2 : 1; // a self-type rule (VNet peering) needs another resource of the type
            return counts[target] >= needed ? [{ rule, target }] : [];
        });
        const total = rules.reduce((sum, r) => sum + r.rule.weight, 0);
        let running = 0;
        return rules.map((r) => ({ ...r, cumulative: (running += r.rule.weight) / total }));
    });
    const withRules = shares.reduce((sum, _, i) => sum + (usable[i].length ? counts[i] : 0), 0);
    if (density > 0 && withRules === 0) {
        throw new UsageError(`no type in distribution ${distribution.name} can have relationships to another type in it`, 'add the types its resources connect to (e.g. network interfaces with subnets, VMs with NICs), or pass {{option:relationshipDensity}} 0');
    }
    const mean = withRules ? (density * targetCount) / withRules : 0;
    const types = shares.map((s, i) => ({ type: s.type, count: counts[i], meanOutDegree: usable[i].length ? mean : 0, rules: usable[i] }));
    return { targetCount, density, distribution: distribution.name, types };
}
//# sourceMappingURL=random-plan.js.map