import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { withStore } from './stores.js';
export const TENANT_A = 'aaaaaaaa-7000-4000-8000-00000000000a';
export const TENANT_B = 'bbbbbbbb-7000-4000-8000-00000000000b';
/** Writes a generated tenant straight through the library (fixtures are not under test here). */
export async function seedTenant(trial, tenantId, resources, seed = 7) {
    await withStore(trial, (store) => loadGeneratedTenant(store, { tenantId, resources, seed, batchSize: 5000, concurrency: 1, now: new Date('2026-01-01T00:00:00Z') }));
}
//# sourceMappingURL=seed-tenant.js.map