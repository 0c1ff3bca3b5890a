/**
 * The workloads of `npm run bench`: generate-tenant (G*), template scale-up (B*), scenario (S*) and
 * random (R*) scale-up, scale-down (D*: sampling and export, and the outputs that write), import (I*)
 * and copy (C*). `large` ones run with --large only (at 10^6 resources, B4 at 10k × 100).
 */
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

/**
 * The size of the 10^6-resource workloads (G1, R1, D1, I1, C1, D3L, D4L): 10^6, or
 * BENCH_LARGE_RESOURCES for a quick check of the large workloads at a small size
 * (`BENCH_LARGE_RESOURCES=20000 node dist/bench/run-workload.js I1 sqlite ours`).
 */
export const LARGE_RESOURCES = largeResources(process.env.BENCH_LARGE_RESOURCES);

function largeResources(value: string | undefined): number {
  if (value === undefined || value === '') return 1_000_000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_LARGE_RESOURCES must be a positive whole number of resources, not ${value}`);
  return n;
}

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
  // its necessary work (D2: read by key, rewrite, write; D3: read by key, write a file line by line, delete by key;
  // D4: read the file line by line, parse, write).
  { name: 'D2', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'new-tenant' },
  { name: 'D3', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'delete' },
  { name: 'D4', strategy: 'scale-down', baseResources: 100_000, fraction: 0.1, large: false, output: 'restore' },
  // I0: the 100k tenant's resources as `az graph query` JSON, imported into an empty store (the file is written outside the
  // clock, streamed from the generator, one row a line). C0: the 100k tenant copied into the other store (STORE names the
  // source). Floors, all in their clock: I0 reads the file line by line, parses each row, emits the tenant and writes
  // (bench/floor-import.ts); C0 reads the source with plain queries and writes as it reads (bench/floor-copy.ts).
  { name: 'I0', strategy: 'transfer', baseResources: 100_000, transfer: 'import', large: false },
  { name: 'C0', strategy: 'transfer', baseResources: 100_000, transfer: 'copy', large: false },
  { name: 'D1', strategy: 'scale-down', baseResources: LARGE_RESOURCES, fraction: 0.1, large: true },
  { name: 'G1', strategy: 'generate', baseResources: 0, resources: LARGE_RESOURCES, large: true },
  { name: 'B4', strategy: 'template', baseResources: 10_000, scaleFactor: 100, large: true },
  { name: 'R1', strategy: 'random', baseResources: 100, targetCount: LARGE_RESOURCES, density: 1.5, large: true },
  // I0 and C0 at 10^6: the file (~900 MB, one row a line) imported into an empty store; the tenant copied into the
  // other store. Floors, in their clock, that hold neither the file nor the tenant whole: I1 reads the file with a
  // plain line reader, JSON.parse per row, emits the tenant from the resources it holds and writes the nodes as they
  // are emitted, then the relationships (bench/floor-import.ts); C1 writes the source's rows as its plain queries
  // stream them, in full batches (bench/floor-copy.ts). I0 and C0 run the same floors.
  { name: 'I1', strategy: 'transfer', baseResources: LARGE_RESOURCES, transfer: 'import', large: true },
  { name: 'C1', strategy: 'transfer', baseResources: LARGE_RESOURCES, transfer: 'copy', large: true },
  // D3 and D4 at 10^6 (a 10 % sample: ~1.8M nodes and ~6M relationships deleted, backed up and restored). Floors as
  // D3's and D4's, which never hold the backup as one string: D3L writes it a page of plain reads at a time (writeSync
  // to an fd), D4L reads it back with a plain line reader and writes each row as it is parsed, in full batches.
  { name: 'D3L', strategy: 'scale-down', baseResources: LARGE_RESOURCES, fraction: 0.1, large: true, output: 'delete' },
  { name: 'D4L', strategy: 'scale-down', baseResources: LARGE_RESOURCES, fraction: 0.1, large: true, output: 'restore' },
];

export const BENCH_TENANT = 'b3nc0000-0000-4000-8000-000000000001'.replace('b3nc', 'beec');
export const BENCH_SEED = 1;
