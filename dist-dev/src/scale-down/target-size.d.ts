export interface TargetOptions {
    /** A fraction of the tenant's resources, 0 < F ≤ 1 (1 keeps everything). */
    readonly targetSize?: number;
    /** A number of resources, 1 ≤ N ≤ the tenant's. */
    readonly targetCount?: number;
}
/** How many resources a sample of a tenant with `available` resources takes; bad values are UsageErrors. */
export declare function resolveTarget(options: TargetOptions, available: number, defaultSize: number): number;
