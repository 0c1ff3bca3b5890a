export const WORKLOADS = [
    { name: 'G0', strategy: 'generate', baseResources: 0, resources: 100_000, large: false },
    { name: 'B1', strategy: 'template', baseResources: 100, scaleFactor: 10, large: false },
    { name: 'B2', strategy: 'template', baseResources: 1_000, scaleFactor: 5, large: false },
    { name: 'B3', strategy: 'template', baseResources: 5_000, scaleFactor: 8, large: false },
    // B3 on a server with a used look: statistics and cached plans left by a tiny scale-up and a 10^6-node write + delete (bench/churn.ts).
    { name: 'B3c', strategy: 'template', baseResources: 5_000, scaleFactor: 8, large: false, churned: true },
    { name: 'S1', strategy: 'scenario', baseResources: 100, spokeCount: 200, resourcesPerSpoke: 50, large: false },
    { name: 'R0', strategy: 'random', baseResources: 100, targetCount: 100_000, density: 1.5, large: false },
    // Forest fire 10 % of a generated tenant, exported as json; the floor is the plainest read of the relationships.
    { name: 'D0', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false },
    // The writing outputs of a 10 % sample of the same tenant: written as a new tenant (D2), the tenant shrunk in place
    // with its backup (D3), and the 90 % backup restored (D4). Compared: the output's phases with the plainest write of
    // the same rows (D2: the rewritten sample with its context; D3, D4: the removed nodes and relationships).
    { name: 'D2', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'new-tenant' },
    { name: 'D3', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'delete' },
    { name: 'D4', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'restore' },
    // I0: the 100k tenant's resources as `az graph query` JSON, imported into an empty store (the file is written outside the clock).
    // C0: the 100k tenant copied into the other store (STORE names the source). Floors: the same rows' plainest write into the target.
    { name: 'I0', strategy: 'transfer', baseResources: 100_000, transfer: 'import', large: false },
    { name: 'C0', strategy: 'transfer', baseResources: 100_000, transfer: 'copy', large: false },
    { name: 'D1', strategy: 'scale-down', baseResources: 1_000_000, fraction: 0.1, large: true },
    { name: 'G1', strategy: 'generate', baseResources: 0, resources: 1_000_000, large: true },
    { name: 'B4', strategy: 'template', baseResources: 10_000, scaleFactor: 100, large: true },
    { name: 'R1', strategy: 'random', baseResources: 100, targetCount: 1_000_000, density: 1.5, large: true },
];
export const BENCH_TENANT = 'b3nc0000-0000-4000-8000-000000000001'.replace('b3nc', 'beec');
export const BENCH_SEED = 1;
//# sourceMappingURL=workloads.js.map