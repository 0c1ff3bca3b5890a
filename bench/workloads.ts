/** The template scale-up workloads of `npm run bench` (issue "Template scale-up at speed"). */
export interface Workload {
  readonly name: string;
  readonly baseResources: number;
  readonly scaleFactor: number;
  readonly large: boolean;
}

export const WORKLOADS: readonly Workload[] = [
  { name: 'B1', baseResources: 100, scaleFactor: 10, large: false },
  { name: 'B2', baseResources: 1_000, scaleFactor: 5, large: false },
  { name: 'B3', baseResources: 5_000, scaleFactor: 8, large: false },
  { name: 'B4', baseResources: 10_000, scaleFactor: 100, large: true },
];

export const BENCH_TENANT = 'b3nc0000-0000-4000-8000-000000000001'.replace('b3nc', 'beec');
export const BENCH_SEED = 1;
