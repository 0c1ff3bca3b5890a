import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { type TrialStore, withStore } from './stores.js';
// Every operation kind registered, as src/index.ts does for the library's users (cleanup and validation look kinds up).
import '../../src/operation-kinds.js';

export const TENANT_A = 'aaaaaaaa-7000-4000-8000-00000000000a';
export const TENANT_B = 'bbbbbbbb-7000-4000-8000-00000000000b';

/** Writes a generated tenant straight through the library (fixtures are not under test here). */
export async function seedTenant(trial: TrialStore, tenantId: string, resources: number, seed = 7): Promise<void> {
  await withStore(trial, (store) =>
    loadGeneratedTenant(store, { tenantId, resources, seed, batchSize: 5000, concurrency: 1, now: new Date('2026-01-01T00:00:00Z') }),
  );
}
