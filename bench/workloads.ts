/** The workloads of `npm run bench`: generate-tenant (G*), template scale-up (B*), scenario (S*) and random (R*) scale-up. */
export type Workload =
  | {
      readonly name: string;
      readonly strategy: 'template';
      readonly baseResources: number;
      readonly scaleFactor: number;
      readonly large: boolean;
      readonly churned?: boolean;
    }
  | {
      readonly name: string;
      readonly strategy: 'scenario';
      readonly baseResources: number;
      readonly spokeCount: number;
      readonly resourcesPerSpoke: number;
      readonly large: boolean;
    }
  | {
      readonly name: string;
      readonly strategy: 'random';
      readonly baseResources: number;
      readonly targetCount: number;
      readonly density: number;
      readonly large: boolean;
    }
  | { readonly name: string; readonly strategy: 'generate'; readonly baseResources: 0; readonly resources: number; readonly large: boolean }
  | {
      readonly name: string;
      readonly strategy: 'scale-down';
      readonly baseResources: number;
      readonly fraction: number;
      readonly large: boolean;
      readonly output?: 'new-tenant' | 'delete' | 'restore';
    }
  | { readonly name: string; readonly strategy: 'transfer'; readonly baseResources: number; readonly transfer: 'import' | 'copy'; readonly large: boolean };

export const WORKLOADS: readonly Workload[] = [
  { name: 'G0', strategy: 'generate', baseResources: 0, resources: 100_000, large: false },
  { name: 'B1', strategy: 'template', baseResources: 100, scaleFactor: 10, large: false },
  { name: 'B2', strategy: 'template', baseResources: 1_000, scaleFactor: 5, large: false },
  { name: 'B3', strategy: 'template', baseResources: 5_000, scaleFactor: 8, large: false },
  // B3 on a server with a used look: statistics and cached plans left by a tiny scale-up and a 10^6-node write + delete (bench/churn.ts).
  { name: 'B3c', strategy: 'template', baseResources: 5_000, scaleFactor: 8, large: false, churned: true },
  { name: 'S1', strategy: 'scenario', baseResources: 100, spokeCount: 200, resourcesPerSpoke: 50, large: false },
  { name: 'R0', strategy: 'random', baseResources: 100, targetCount: 100_000, density: 1.5, large: false },
  // Forest fire 10 % of a generated tenant, exported as json; the floor is the plainest read of the resources and relationships.
  { name: 'D0', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false },
  // The writing outputs of a 10 % sample of the same tenant: written as a new tenant (D2), the tenant shrunk in place
  // with its backup (D3), and the 90 % backup restored (D4). Compared: the output's phases with the plainest version of
  // its necessary work (D2: read by key, rewrite, write; D3: read by key, write a file, delete by key; D4: parse, write).
  { name: 'D2', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'new-tenant' },
  { name: 'D3', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'delete' },
  { name: 'D4', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'restore' },
  // I0: the 100k tenant's resources as `az graph query` JSON, imported into an empty store (the file is written outside the clock).
  // C0: the 100k tenant copied into the other store (STORE names the source). Floors, all in their clock: I0 parses the file
  // whole, emits the tenant and writes; C0 reads the source with plain queries and writes (bench/floor-copy.ts).
  { name: 'I0', strategy: 'transfer', baseResources: 100_000, transfer: 'import', large: false },
  { name: 'C0', strategy: 'transfer', baseResources: 100_000, transfer: 'copy', large: false },
  { name: 'D1', strategy: 'scale-down', baseResources: 1_000_000, fraction: 0.1, large: true },
  { name: 'G1', strategy: 'generate', baseResources: 0, resources: 1_000_000, large: true },
  { name: 'B4', strategy: 'template', baseResources: 10_000, scaleFactor: 100, large: true },
  { name: 'R1', strategy: 'random', baseResources: 100, targetCount: 1_000_000, density: 1.5, large: true },
];

export const BENCH_TENANT = 'b3nc0000-0000-4000-8000-000000000001'.replace('b3nc', 'beec');
export const BENCH_SEED = 1;
