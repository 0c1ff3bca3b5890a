import { scaleUpTemplate } from '../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../src/store/graph-store.js';
import { loadGeneratedTenant } from '../src/tenant-generator/load-tenant.js';
// Every operation kind registered, as src/index.ts does for the library's users (cleanup and validation look kinds up).
import '../src/operation-kinds.js';

const CHURN_TENANT = 'c4c40000-0000-4000-8000-00000000c4c4';
const CHURN_NODES = 1_000_000;
const BATCH = 10_000;

/**
 * Gives the store the statistics and cached plans of a used server, as B3c measures on: a tiny
 * tenant scaled up (plans cached while the operation indexes hold a few hundred entries), then
 * 10^6 resources sharing one template_source_id written and deleted again (index samples of a
 * mass write that a mass delete leaves stale). Everything it writes is gone afterwards, but the
 * server's statistics and plan cache remember it. Not timed.
 */
export async function churn(store: GraphStore): Promise<void> {
  await loadGeneratedTenant(store, { resources: 100, seed: 2, tenantId: CHURN_TENANT, batchSize: 10_000, concurrency: 2 });
  const tiny = await scaleUpTemplate(store, { tenantId: CHURN_TENANT, scaleFactor: 2, batchSize: 10_000, concurrency: 2, maxResources: 1_000_000 });
  if (!tiny.validationPassed) throw new Error('churn: the tiny scale-up failed validation');
  for (let start = 0; start < CHURN_NODES; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, CHURN_NODES - start) }, (_, i) => ({
      id: `churn-${start + i}`,
      type: 'Microsoft.Network/networkInterfaces',
      tenant_id: CHURN_TENANT,
      template_source_id: 'churn-hub',
    }));
    await store.writeNodes({ mode: 'create', labels: ['Resource'], rows });
  }
  await store.deleteTenantNodes(CHURN_TENANT, BATCH);
}
