import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HOT_QUERY_CASES, type PlanSample } from '../../src/store/neo4j/hot-queries.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { findScans, operators, renderPlan, type PlanNode } from '../helpers/plan-shape.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';

/**
 * Plan shapes of every hot query (src/store/neo4j/hot-queries.ts), deterministic, no timing: each is
 * EXPLAINed under statistics that once produced bad plans, and no scan may run per row (nor, for
 * these queries that all start from parameters, at all).
 */
const TENANT = 'e1a40000-0000-4000-8000-0000000000e1';
const SKEW_TENANT = 'e1a40000-0000-4000-8000-00000000005c';
const MADE_UP: PlanSample = {
  tenantId: TENANT,
  operationId: 'scale-20261201T000000-0000e1a4',
  templateIds: Array.from({ length: 50 }, (_, i) => `vm-${String(i).padStart(16, '0')}`),
  copyIds: Array.from({ length: 50 }, (_, i) => `synthetic-vm-${String(i).padStart(16, '0')}`),
};

describe('Neo4j plans of the hot queries', { skip: !storeKinds().includes('neo4j') && 'TENANT_SCALE_TEST_STORES excludes neo4j' }, () => {
  let opened: OpenedStore;
  let store: Neo4jStore;
  before(async () => {
    opened = await freshStore('neo4j');
    store = opened.store as Neo4jStore;
    await store.ensureSchema();
  });
  after(async () => opened.dispose());

  /** Fresh index samples and no cached plans: the next EXPLAIN plans from the statistics as they are now. */
  const replan = async () => {
    await store.read('CALL db.prepareForReplanning(120)');
  };

  const assertPlans = async (sample: PlanSample) => {
    // Four EXPLAINs in flight: planning is the server's work, and one at a time leaves it waiting on the round trips.
    const plans = new Map<(typeof HOT_QUERY_CASES)[number], PlanNode>();
    const queue = [...HOT_QUERY_CASES];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let c = queue.shift(); c; c = queue.shift())
          plans.set(c, (await store.read(`EXPLAIN ${c.query.cypher}`, c.params(sample))).summary.plan as unknown as PlanNode);
      }),
    );
    const failures: string[] = [];
    for (const c of HOT_QUERY_CASES) {
      const plan = plans.get(c)!;
      const scans = findScans(plan);
      const sorts = c.ordered ? operators(plan).filter((o) => /^(Sort|Top|PartialSort|PartialTop)/.test(o)) : [];
      if (sorts.length) failures.push(`${c.name}: ${sorts.join(', ')} (the index must serve the order of a keyset page)\n${renderPlan(plan)}`);
      if (scans.length)
        failures.push(
          `${c.name}: ${scans.map((s) => `${s.problem === 'scan' ? s.operator : `${s.operator} on parameters only`}${s.perRow ? ' per row' : ''} (${s.details})`).join(', ')}\n${renderPlan(plan)}`,
        );
    }
    assert.deepEqual(failures, [], failures.join('\n\n'));
  };

  test('on an empty database (every index sampled empty)', async () => {
    await replan();
    await assertPlans(MADE_UP);
  });

  test('with adversarial statistics: many copies of one template sampled, the operation index sampled empty', async () => {
    // What a long-lived server looked like when validation fell over: the template index full of one
    // value (a lookup estimated at 100k rows) while the operation index was sampled empty (a scan of
    // it estimated at 0 rows) — a per-row scan then looks free to the planner.
    await store.write(
      `UNWIND range(1, 100000) AS i CREATE (:Resource {id: 'skew-' + i, template_source_id: 'skew-hub', tenant_id: $t, type: 'Microsoft.Network/virtualNetworks'})`,
      { t: SKEW_TENANT },
    );
    try {
      await replan();
      await assertPlans(MADE_UP);
    } finally {
      await store.deleteTenantNodes(SKEW_TENANT, 50_000);
    }
    // The same statistics after the nodes are gone again (samples lag behind a mass delete).
    await store.read('CALL db.clearQueryCaches()');
    await assertPlans(MADE_UP);
  });

  test("on a loaded database, with a real operation's parameters", async () => {
    await loadGeneratedTenant(store, { resources: 600, seed: 3, tenantId: TENANT, batchSize: 5000, concurrency: 2 });
    const result = await scaleUpTemplate(store, { tenantId: TENANT, scaleFactor: 3, batchSize: 5000, concurrency: 2, maxResources: 1_000_000 });
    assert.equal(result.validationPassed, true);
    const copies = await store.read('MATCH (c:Resource {scale_operation_id: $op}) RETURN c.id AS id, c.template_source_id AS t ORDER BY id LIMIT 200', {
      op: result.operationId,
    });
    await replan();
    await assertPlans({
      tenantId: TENANT,
      operationId: result.operationId,
      templateIds: copies.records.map((r) => String(r.get('t'))),
      copyIds: copies.records.map((r) => String(r.get('id'))),
    });
  });
});
