import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OperationFailedError } from '../../src/domain/errors.js';
import type { GraphChunk, RelationshipBatch } from '../../src/domain/graph.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { scaleUpRandom } from '../../src/scale-up/random/random-scale-up.js';
import { scaleUpScenario } from '../../src/scale-up/scenario/scenario-scale-up.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import {
  addLabel,
  addRelationship,
  cloneNode,
  deleteNode,
  deleteOutRelationships,
  nodeIds,
  retypeRelationships,
  setProperty,
} from '../helpers/corrupt-graph.js';
import { deleteRelationships, forgetOperationRecord, freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { getNode } from '../../src/store/node-reads.js';

/**
 * Every check scale-validate runs, shown to fail: a real scale-up, then the one kind of damage the
 * check exists to catch, on each store. Where the damage is confined to what the check looks at,
 * every other check must still pass (so a check cannot pass off another's finding as its own).
 */

const A = 'a0000000-0000-4000-8000-0000000000d5';
const B = 'b0000000-0000-4000-8000-0000000000d5';
const NOW = new Date('2026-12-01T12:00:00Z');
const common = { batchSize: 400, concurrency: 2, maxResources: 1_000_000, now: NOW } as const;
const names = (checks: readonly { name: string }[]) => checks.map((c) => c.name);

for (const kind of storeKinds()) {
  describe(`validation catches corrupted data (${kind})`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    let serial = 0;
    const nextId = () => `scale-20261201T120000-${String(++serial).padStart(8, '0')}`;

    before(async () => {
      opened = await freshStore(kind);
      store = opened.store;
      await loadGeneratedTenant(store, { resources: 300, seed: 31, tenantId: A, batchSize: 5000, concurrency: 2 });
      await loadGeneratedTenant(store, { resources: 150, seed: 32, tenantId: B, batchSize: 5000, concurrency: 2 });
    });
    after(async () => opened.dispose());

    const template = async (tenantId = A, on: GraphStore = store) =>
      (await scaleUpTemplate(on, { ...common, tenantId, scaleFactor: 2, operationId: nextId() })).operationId;
    const scenario = async (on: GraphStore = store) =>
      (
        await scaleUpScenario(on, {
          ...common,
          tenantId: A,
          source: { name: 'hub-spoke', params: { spokeCount: 2, resourcesPerSpoke: 6 } },
          scaleFactor: 2,
          seed: 5,
          operationId: nextId(),
        })
      ).operationId;
    const random = async (on: GraphStore = store) =>
      (
        await scaleUpRandom(on, {
          ...common,
          tenantId: A,
          targetCount: 300,
          typeDistribution: 'tenant',
          relationshipDensity: 1.5,
          seed: 9,
          operationId: nextId(),
        })
      ).operationId;

    /** scale-validate over one operation: `failing` must fail; with `othersPass`, every other check must pass. */
    async function expectFailing(operationId: string, failing: readonly string[], othersPass: boolean, tenantId = A): Promise<void> {
      const report = await validateTenant(store, tenantId, operationId);
      const checks = report.operations.find((o) => o.operationId === operationId)!.checks;
      const shown = JSON.stringify(checks);
      assert.equal(report.passed, false, shown);
      for (const name of failing) assert.equal(checks.find((c) => c.name === name)?.passed, false, `${name} should fail: ${shown}`);
      if (othersPass) {
        assert.ok(checks.length > failing.length, `other checks ran: ${shown}`);
        assert.deepEqual(
          checks.filter((c) => !c.passed).map((c) => c.name),
          [...failing],
          `only ${failing.join(', ')} should fail: ${shown}`,
        );
      }
    }

    const nodesOf = (operationId: string) => nodeIds(store, { cypher: 'n.scale_operation_id = $op', sql: 'n.scale_operation_id = @op' }, { op: operationId });
    const originalNode = async () =>
      (await nodeIds(store, { cypher: 'n:Original AND n.tenant_id = $t', sql: "n.labels LIKE '%:Original:%' AND n.tenant_id = @t" }, { t: A }))[0]!;
    /** One relationship among the operation's own nodes. */
    const ownRelationship = async (operationId: string) => (await store.readOperationGraph(operationId)).relationships[0]!;

    test('an untouched operation of each kind passes scale-validate, which runs the same checks the scale-up ran', async () => {
      for (const run of [
        () => scaleUpTemplate(store, { ...common, tenantId: A, scaleFactor: 2, operationId: nextId() }),
        () =>
          scaleUpScenario(store, {
            ...common,
            tenantId: A,
            source: { name: 'hub-spoke', params: { spokeCount: 2, resourcesPerSpoke: 6 } },
            scaleFactor: 2,
            seed: 5,
            operationId: nextId(),
          }),
        () =>
          scaleUpRandom(store, {
            ...common,
            tenantId: A,
            targetCount: 300,
            typeDistribution: 'tenant',
            relationshipDensity: 1.5,
            seed: 9,
            operationId: nextId(),
          }),
      ]) {
        const live = await run();
        const report = await validateTenant(store, A, live.operationId);
        assert.equal(report.passed, true, JSON.stringify(report));
        assert.deepEqual(names(report.operations[0]!.checks), names(live.validation), live.strategy);
      }
    });

    describe('template', () => {
      test('no-original-contamination: a copy labelled Original', async () => {
        const op = await template();
        await addLabel(store, (await nodesOf(op))[0]!, 'Original');
        await expectFailing(op, ['no-original-contamination'], true);
      });

      test('no-original-contamination: a copy with a SCAN_SOURCE_NODE relationship', async () => {
        const op = await template();
        await addRelationship(store, (await nodesOf(op))[0]!, 'SCAN_SOURCE_NODE', await originalNode());
        await expectFailing(op, ['no-original-contamination'], false);
      });

      test("synthetic-markers: a copy whose tenant_id is another tenant's", async () => {
        const op = await template();
        await setProperty(store, (await nodesOf(op))[0]!, 'tenant_id', B);
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('synthetic-markers: a copy without template_copy_index', async () => {
        const op = await template();
        await setProperty(store, (await nodesOf(op))[0]!, 'template_copy_index', null);
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('synthetic-markers: a copy whose generation_strategy is not its operation’s', async () => {
        const op = await template();
        await setProperty(store, (await nodesOf(op))[0]!, 'generation_strategy', 'random');
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('synthetic-markers: a copy no longer marked synthetic', async () => {
        const op = await template();
        await setProperty(store, (await nodesOf(op))[0]!, 'synthetic', false);
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('synthetic-markers: a copy with another generation_timestamp', async () => {
        const op = await template();
        await setProperty(store, (await nodesOf(op))[0]!, 'generation_timestamp', '2020-01-01T00:00:00.000Z');
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('relationship-parity: a copy lost a relationship', async () => {
        const op = await template();
        const copy = (await nodesOf(op))[0]!;
        await deleteOutRelationships(store, copy, 'LOCATED_IN');
        await expectFailing(op, ['relationship-parity', 'relationship-count'], false);
      });

      test('in-degree-parity: a copy gained a relationship from outside the operation', async () => {
        const op = await template();
        const group = (await nodeIds(store, { cypher: 'n:ResourceGroup', sql: "n.labels LIKE '%:ResourceGroup:%'" }))[0]!;
        await addRelationship(store, group, 'CONTAINS', (await nodesOf(op))[0]!);
        await expectFailing(op, ['in-degree-parity'], true);
      });

      test('type-counts: a copy of another type', async () => {
        const op = await template();
        const [first, ...rest] = await nodesOf(op);
        const typeOf = async (id: string) => (await getNode(store, 'Resource', id))!.properties.type as string;
        const firstType = await typeOf(first!);
        let other: string | undefined;
        for (const id of rest) if ((other = await typeOf(id)) !== firstType) break;
        await setProperty(store, first!, 'type', other!);
        await expectFailing(op, ['type-counts'], true);
      });

      test('relationship-count: a template and its copy gained the same relationship (parity holds, the count does not)', async () => {
        const op = await template();
        const copy = (await nodesOf(op))[0]!;
        const source = (await getNode(store, 'Resource', copy))!.properties.template_source_id as string;
        const target = await originalNode();
        await addRelationship(store, source, 'DEPENDS_ON', target);
        await addRelationship(store, copy, 'DEPENDS_ON', target);
        await expectFailing(op, ['relationship-count'], true);
      });

      test('relationship-parity: a copy whose template is gone is counted, whatever its degrees', async () => {
        // Tenant B, whose templates nothing else uses after this: a template no other template points at, deleted with its copy's relationships.
        const op = await template(B);
        const [lonely] = await nodeIds(
          store,
          {
            cypher:
              "n:Resource AND NOT n:Original AND n.tenant_id = $t AND n.scale_operation_id IS NULL AND NOT EXISTS { MATCH (n)<-[r]-(s:Resource) WHERE NOT s:Original AND type(r) <> 'SCAN_SOURCE_NODE' }",
            sql: "n.tenant_id = @t AND n.layer = 'abstracted' AND n.scale_operation_id IS NULL AND NOT EXISTS (SELECT 1 FROM rels r JOIN nodes s ON s.nid = r.src WHERE r.dst = n.nid AND s.layer = 'abstracted' AND r.type <> 'SCAN_SOURCE_NODE')",
          },
          { t: B },
        );
        assert.ok(lonely, 'tenant B has a template no other resource points at');
        const [copy] = await nodeIds(
          store,
          { cypher: 'n.scale_operation_id = $op AND n.template_source_id = $t', sql: 'n.scale_operation_id = @op AND n.template_source_id = @t' },
          { op, t: lonely },
        );
        await deleteNode(store, lonely!);
        await deleteOutRelationships(store, copy!);
        await expectFailing(op, ['relationship-parity'], false, B);
      });
    });

    describe('scenario', () => {
      test('no-original-contamination: a scenario resource labelled Original', async () => {
        const op = await scenario();
        await addLabel(store, (await nodesOf(op))[0]!, 'Original');
        await expectFailing(op, ['no-original-contamination'], true);
      });

      test('no-original-contamination: a scenario resource with a SCAN_SOURCE_NODE relationship', async () => {
        const op = await scenario();
        await addRelationship(store, (await nodesOf(op))[0]!, 'SCAN_SOURCE_NODE', await originalNode());
        await expectFailing(op, ['no-original-contamination'], false);
      });

      test("synthetic-markers: a scenario resource whose tenant_id is another tenant's", async () => {
        const op = await scenario();
        await setProperty(store, (await nodesOf(op))[0]!, 'tenant_id', B);
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('synthetic-markers: a scenario resource whose generation_strategy is not its operation’s', async () => {
        const op = await scenario();
        await setProperty(store, (await nodesOf(op))[0]!, 'generation_strategy', 'template');
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('type-counts: an extra resource of another type', async () => {
        const op = await scenario();
        await cloneNode(store, (await nodesOf(op))[0]!, `${op}-extra`, 'Microsoft.Cache/redis');
        await expectFailing(op, ['type-counts'], false);
      });

      test('relationship-count and relationship-profile: a deleted relationship', async () => {
        const op = await scenario();
        const r = await ownRelationship(op);
        await deleteRelationships(store, r.src, r.type, r.dst);
        await expectFailing(op, ['relationship-count', 'relationship-profile'], false);
      });

      test('relationship-profile: a relationship of another type (the count holds)', async () => {
        const op = await scenario();
        const r = await ownRelationship(op);
        await retypeRelationships(store, r.src, r.type, r.dst, 'NOT_IN_THE_PLAN');
        await expectFailing(op, ['relationship-profile'], true);
      });

      test('stamp-connectivity: a resource moved to another stamp', async () => {
        const op = await scenario();
        const graph = await store.readOperationGraph(op);
        const stamps = [...new Set(graph.nodes.map((n) => n.stamp))];
        const moved = graph.nodes.find((n) => n.stamp === stamps[0])!;
        await setProperty(store, moved.id, 'scenario_stamp', stamps[1]!);
        await expectFailing(op, ['stamp-connectivity'], true);
      });

      test('stamp-connectivity: a whole stamp deleted (the stamps found are not the stamps written)', async () => {
        const op = await scenario();
        const graph = await store.readOperationGraph(op);
        const last = graph.nodes[graph.nodes.length - 1]!.stamp;
        for (const n of graph.nodes.filter((x) => x.stamp === last)) await deleteNode(store, n.id);
        await expectFailing(op, ['stamp-connectivity'], false);
      });
    });

    describe('random', () => {
      test('no-original-contamination: a random resource labelled Original', async () => {
        const op = await random();
        await addLabel(store, (await nodesOf(op))[0]!, 'Original');
        await expectFailing(op, ['no-original-contamination'], true);
      });

      test('no-original-contamination: a random resource with a SCAN_SOURCE_NODE relationship', async () => {
        const op = await random();
        await addRelationship(store, (await nodesOf(op))[0]!, 'SCAN_SOURCE_NODE', await originalNode());
        await expectFailing(op, ['no-original-contamination'], false);
      });

      test("synthetic-markers: a random resource whose tenant_id is another tenant's", async () => {
        const op = await random();
        await setProperty(store, (await nodesOf(op))[0]!, 'tenant_id', B);
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('synthetic-markers: a random resource whose generation_strategy is not its operation’s', async () => {
        const op = await random();
        await setProperty(store, (await nodesOf(op))[0]!, 'generation_strategy', 'scenario');
        await expectFailing(op, ['synthetic-markers'], true);
      });

      test('type-counts: an extra resource of another type', async () => {
        const op = await random();
        await cloneNode(store, (await nodesOf(op))[0]!, `${op}-extra`, 'Microsoft.Cache/redis');
        await expectFailing(op, ['type-counts'], true);
      });

      test('relationship-count: a deleted relationship', async () => {
        const op = await random();
        const r = await ownRelationship(op);
        await deleteRelationships(store, r.src, r.type, r.dst);
        await expectFailing(op, ['relationship-count'], true);
      });

      test('relationship-rules: a relationship of a type no rule allows', async () => {
        const op = await random();
        const r = await ownRelationship(op);
        await retypeRelationships(store, r.src, r.type, r.dst, 'NOT_A_RULE');
        await expectFailing(op, ['relationship-rules'], true);
      });
    });

    describe('operations', () => {
      test('recorded: synthetic nodes whose operation record is gone', async () => {
        const op = await template();
        await forgetOperationRecord(store, op);
        await expectFailing(op, ['recorded'], false);
      });

      test('no-leftovers: nodes left under an operation that did not complete', async () => {
        const op = await random();
        await store.updateOperation(op, { status: 'rolled_back' });
        await expectFailing(op, ['no-leftovers'], false);
      });
    });

    describe('a failed live validation rolls the operation back', () => {
      async function expectRolledBack(run: (on: GraphStore) => Promise<string>, operationId: string): Promise<void> {
        const before = { a: await canonicalHash(store, A), b: await canonicalHash(store, B) };
        await assert.rejects(run(corrupting(store)), (e: unknown) => e instanceof OperationFailedError && /failed validation/.test(e.message));
        assert.equal((await store.getOperation(operationId))?.status, 'rolled_back');
        assert.equal(await store.countOperationNodes(operationId), 0);
        assert.deepEqual({ a: await canonicalHash(store, A), b: await canonicalHash(store, B) }, before);
      }

      /** The store, except that the writes under test are damaged as they happen (see `damage`). */
      let damage: { dropRelationship?: boolean; foreignTenantCopy?: boolean } = {};
      function corrupting(inner: GraphStore): GraphStore {
        const drop = (batches: readonly RelationshipBatch[]): RelationshipBatch[] =>
          batches.map((b) => {
            if (!damage.dropRelationship || b.rows.length === 0) return b;
            damage = { ...damage, dropRelationship: false };
            return { ...b, rows: b.rows.slice(1) };
          });
        return new Proxy(inner, {
          get(target, prop) {
            const value = Reflect.get(target, prop, target) as unknown;
            if (prop === 'writeChunk' && typeof value === 'function')
              return (chunk: GraphChunk) => value.call(target, { ...chunk, relationships: drop(chunk.relationships) });
            if (prop === 'writeRelationships' && typeof value === 'function') return (batch: RelationshipBatch) => value.call(target, drop([batch])[0]);
            if (prop === 'releaseReplication' && typeof value === 'function')
              return async (operationId: string) => {
                // The last step before validation: a copy written into another tenant.
                if (damage.foreignTenantCopy) {
                  damage = { ...damage, foreignTenantCopy: false };
                  await setProperty(target, (await nodesOf(operationId))[0]!, 'tenant_id', B);
                }
                return value.call(target, operationId);
              };
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      }

      test('template: a copy written with another tenant_id', async () => {
        damage = { foreignTenantCopy: true };
        const id = nextId();
        await expectRolledBack((on) => scaleUpTemplate(on, { ...common, tenantId: A, scaleFactor: 2, operationId: id }).then((r) => r.operationId), id);
      });

      test('random: a relationship the writer dropped (and counted honestly)', async () => {
        damage = { dropRelationship: true };
        const id = nextId();
        await expectRolledBack(
          (on) =>
            scaleUpRandom(on, {
              ...common,
              tenantId: A,
              targetCount: 300,
              typeDistribution: 'tenant',
              relationshipDensity: 1.5,
              seed: 9,
              operationId: id,
            }).then((r) => r.operationId),
          id,
        );
      });

      test('scenario: a relationship the writer dropped (and counted honestly)', async () => {
        damage = { dropRelationship: true };
        const id = nextId();
        await expectRolledBack(
          (on) =>
            scaleUpScenario(on, {
              ...common,
              tenantId: A,
              source: { name: 'hub-spoke', params: { spokeCount: 2, resourcesPerSpoke: 6 } },
              scaleFactor: 2,
              seed: 5,
              operationId: id,
            }).then((r) => r.operationId),
          id,
        );
      });
    });
  });
}
