import { UsageError } from '../domain/errors.js';
/** How many resources a sample of a tenant with `available` resources takes; bad values are UsageErrors. */
export function resolveTarget(options, available, defaultSize) {
    if (options.targetSize !== undefined && options.targetCount !== undefined) {
        throw new UsageError('give either a target size (fraction) or a target count, not both', 'drop {{option:targetSize}} or {{option:targetCount}}');
    }
    if (available === 0)
        throw new UsageError('the tenant has no abstracted resources to sample', 'check {{option:tenantId}} (tenant-scale scale-stats lists what is there)');
    if (options.targetCount !== undefined) {
        const n = options.targetCount;
        if (!Number.isInteger(n) || n < 1 || n > available) {
            throw new UsageError(`target count ${n} is out of range: the tenant has ${available} resources`, `pass {{option:targetCount}} from 1 to ${available}, or {{option:targetSize}} 0 < F ≤ 1`);
        }
        return n;
    }
    const f = options.targetSize ?? defaultSize;
    if (!Number.isFinite(f) || f <= 0 || f > 1) {
        throw new UsageError(`target size ${f} is out of range`, 'pass {{option:targetSize}} as a fraction 0 < F ≤ 1 (1 keeps everything), or {{option:targetCount}} N');
    }
    return Math.max(1, Math.min(available, Math.round(f * available)));
}
//# sourceMappingURL=target-size.js.map