import { UsageError } from '../domain/errors.js';
/**
 * The pure arithmetic of template scale-up (k·E relationships, largest-remainder type split), shared by every store's replication:
 * how many copies each type and each template gets, and where copy j of an edge points.
 */
/**
 * Synthetic copies per type for a scale factor: the total is round(base × (factor − 1)), split by
 * largest remainder so each type's share is within one resource of base_type × (factor − 1).
 */
export function allocateCopiesByType(baseCounts, factor) {
    if (!(factor > 1) || !Number.isFinite(factor))
        throw new UsageError(`scale factor ${factor} must be a number greater than 1`, 'pass e.g. {{option:scaleFactor}} 2');
    const extra = factor - 1;
    const types = [...baseCounts.keys()].sort();
    const baseTotal = types.reduce((s, t) => s + (baseCounts.get(t) ?? 0), 0);
    const total = Math.round(baseTotal * extra);
    const shares = types.map((type) => {
        const ideal = (baseCounts.get(type) ?? 0) * extra;
        return { type, copies: Math.floor(ideal + 1e-9), remainder: ideal - Math.floor(ideal + 1e-9) };
    });
    let left = total - shares.reduce((s, x) => s + x.copies, 0);
    // Largest remainder first; ties by type name so the plan is deterministic.
    for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.type.localeCompare(b.type))) {
        if (left <= 0)
            break;
        share.copies++;
        left--;
    }
    return new Map(shares.map((s) => [s.type, s.copies]));
}
/**
 * Copies of the template at `index` (0-based, in a deterministic order) among `templates` of a
 * type that gets `typeCopies`: everyone gets ⌊C/n⌋, the first C mod n get one more.
 */
export function copiesOfTemplate(index, templates, typeCopies) {
    const base = Math.floor(typeCopies / templates);
    return base + (index < typeCopies % templates ? 1 : 0);
}
/**
 * Where copy `j` of an edge's source points: copy j of the target when it has one, else an existing
 * copy (j mod copies), else the target itself. `null` means "the original target node".
 */
export function targetCopyIndex(j, targetCopies) {
    if (targetCopies <= 0)
        return null;
    return j < targetCopies ? j : j % targetCopies;
}
//# sourceMappingURL=template-plan.js.map