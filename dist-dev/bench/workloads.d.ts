/** The workloads of `npm run bench`: generate-tenant (G*), template scale-up (B*), scenario (S*) and random (R*) scale-up. */
export type Workload = {
    readonly name: string;
    readonly strategy: 'template';
    readonly baseResources: number;
    readonly scaleFactor: number;
    readonly large: boolean;
    readonly churned?: boolean;
} | {
    readonly name: string;
    readonly strategy: 'scenario';
    readonly baseResources: number;
    readonly spokeCount: number;
    readonly resourcesPerSpoke: number;
    readonly large: boolean;
} | {
    readonly name: string;
    readonly strategy: 'random';
    readonly baseResources: number;
    readonly targetCount: number;
    readonly density: number;
    readonly large: boolean;
} | {
    readonly name: string;
    readonly strategy: 'generate';
    readonly baseResources: 0;
    readonly resources: number;
    readonly large: boolean;
} | {
    readonly name: string;
    readonly strategy: 'scale-down';
    readonly baseResources: number;
    readonly fraction: number;
    readonly large: boolean;
    readonly output?: 'new-tenant' | 'delete' | 'restore';
} | {
    readonly name: string;
    readonly strategy: 'transfer';
    readonly baseResources: number;
    readonly transfer: 'import' | 'copy';
    readonly large: boolean;
};
export declare const WORKLOADS: readonly Workload[];
export declare const BENCH_TENANT: string;
export declare const BENCH_SEED = 1;
