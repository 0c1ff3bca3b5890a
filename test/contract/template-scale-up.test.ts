import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OperationFailedError, UsageError } from '../../src/domain/errors.js';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { scaleUpTemplate, type TemplateScaleUpOptions } from '../../src/scale-up/template-scale-up.js';
import type { CountByKey, GraphCensus, GraphStore, TenantStats } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { deleteRelationships, digestNodes, freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { assertRefused } from '../helpers/refusal.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { readTenantStats } from '../../src/operations/tenant-stats.js';
import { inspectOperation } from '../../src/operations/inspect-operation.js';
import { getNode } from '../../src/store/node-reads.js';

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const NOW = new Date('2026-11-27T10:00:00Z');
const base = { batchSize: 700, concurrency: 2, maxResources: 5_000_000, now: NOW } as const;

const count = (xs: readonly CountByKey[], key: string) => xs.find((x) => x.key === key)?.count ?? 0;
const total = (xs: readonly CountByKey[]) => xs.reduce((s, x) => s + x.count, 0);
const withoutOperations = (c: GraphCensus) => ({ ...c, nodesByLabels: c.nodesByLabels.filter((x) => x.key !== 'ScaleOperation') });
const stats = async (store: GraphStore, tenantId: string): Promise<TenantStats> => readTenantStats(store, { tenantId, includeNullTenant: false });

describe('template scale-up on every store', () => {
  for (const kind of storeKinds()) {
    describe(kind, () => {
      let opened: OpenedStore;
      let store: GraphStore;
      let baseStats: TenantStats;
      let originalsBefore: string;
      let tenantBBefore: string;

      before(async () => {
        opened = await freshStore(kind);
        store = opened.store;
        await loadGeneratedTenant(store, { resources: 1200, seed: 11, tenantId: A, batchSize: 5000, concurrency: 2 });
        await loadGeneratedTenant(store, { resources: 300, seed: 12, tenantId: B, batchSize: 5000, concurrency: 2 });
        baseStats = await stats(store, A);
        originalsBefore = await digestNodes(store, 'Original');
        tenantBBefore = await digestNodes(store, 'Resource', B);
      });
      after(async () => opened.dispose());

      const run = (options: Partial<TemplateScaleUpOptions> & { scaleFactor: number }, hooks = {}) =>
        scaleUpTemplate(store, { tenantId: A, ...base, ...options }, hooks);

      test('dry run plans from the real base and writes nothing', async () => {
        const census = await store.graphCensus();
        const plan = await run({ scaleFactor: 3, dryRun: true });
        assert.equal(plan.dryRun, true);
        assert.equal(plan.plan.baseResources, 1200);
        assert.equal(plan.plan.plannedResources, 2400);
        assert.ok(plan.plan.plannedRelationships > 2400);
        assert.deepEqual(await store.graphCensus(), census);
        assert.deepEqual(
          (await store.listOperations(A)).map((o) => o.kind),
          ['generate-tenant'],
          'only the load of the tenant',
        );
      });

      test('whole factor: every type ×3, every relationship type ×3, exact parity per copy (k·E, not k²)', async () => {
        const result = await run({ scaleFactor: 3, operationId: 'scale-20261127T100000-0000000a' });
        assert.equal(result.success, true);
        assert.equal(result.validationPassed, true, JSON.stringify(result.validation));
        assert.deepEqual(result.validation.map((c) => c.name).sort(), [
          'in-degree-parity',
          'no-original-contamination',
          'relationship-count',
          'relationship-parity',
          'synthetic-markers',
          'type-counts',
        ]);
        assert.equal(result.resourcesCreated, 2400);
        const after = await stats(store, A);
        for (const t of baseStats.resourcesByLayer.abstracted) assert.equal(count(after.resourcesByLayer.abstracted, t.key), 3 * t.count, t.key);
        for (const r of baseStats.relationshipsByType) {
          const expected = r.key === 'SCAN_SOURCE_NODE' ? r.count : 3 * r.count;
          assert.equal(count(after.relationshipsByType, r.key), expected, r.key);
        }
        assert.equal(result.relationshipsCreated, 2 * (total(baseStats.relationshipsByType) - count(baseStats.relationshipsByType, 'SCAN_SOURCE_NODE')));
        assert.deepEqual(after.resourcesByLayer.original, baseStats.resourcesByLayer.original);
        assert.equal(after.syntheticResources, 2400);
        assert.deepEqual(
          await readTenantStats(store, { tenantId: A, includeNullTenant: false }, { relationships: false }),
          { ...after, relationshipsByType: [] },
          "the first figures (indexes only) are the whole stats' without the relationship counts",
        );
        const record = await store.getOperation(result.operationId);
        assert.equal(record?.status, 'completed');
        assert.equal(record?.resourcesCreated, 2400);
      });

      test('copies carry the template properties, their own id and name, and the markers', async () => {
        const copy = await getNode(store, 'Resource', await firstCopyId(store));
        const p = copy!.properties;
        assert.match(String(p.id), /^synthetic-[a-z0-9]+-[0-9a-f]{16}$/);
        assert.equal(p.name, p.id);
        assert.equal(p.synthetic, true);
        assert.equal(p.scale_operation_id, 'scale-20261127T100000-0000000a');
        assert.equal(p.generation_strategy, 'template');
        assert.equal(p.generation_timestamp, NOW.toISOString());
        assert.equal(p.tenant_id, A);
        assert.equal(p.original_id, undefined, 'a copy has no Original');
        const template = await getNode(store, 'Resource', String(p.template_source_id));
        assert.equal(p.properties, template!.properties.properties);
        assert.equal(p.type, template!.properties.type);
        assert.deepEqual(copy!.labels, ['Resource']);
      });

      test('validation catches a copy that lost a relationship, and scale-validate reports it', async () => {
        const copyId = await firstCopyId(store);
        const op = 'scale-20261127T100000-0000000a';
        assert.equal((await inspectOperation(store, op)).parityMismatches, 0);
        await removeOneOutgoingRelationship(store, copyId);
        const facts = await inspectOperation(store, op);
        assert.equal(facts.parityMismatches, 1);
        const report = await validateTenant(store, A, op);
        assert.equal(report.passed, false);
        assert.equal(report.operations[0]!.checks.find((c) => c.name === 'relationship-parity')?.passed, false);
        await restoreRelationship(store, copyId);
        assert.equal((await inspectOperation(store, op)).parityMismatches, 0);
      });

      test('validation catches a copy with an extra incoming relationship (in-degree parity alone)', async () => {
        const copyId = await firstCopyId(store);
        const op = 'scale-20261127T100000-0000000a';
        const outsider = (await store.readTemplates({ tenantId: B, includeNullTenant: false }))[0]!.id;
        await addRelationship(store, outsider, 'DEPENDS_ON', copyId);
        const facts = await inspectOperation(store, op);
        assert.equal(facts.inDegreeMismatches, 1);
        assert.equal(facts.parityMismatches, 0);
        const report = await validateTenant(store, A, op);
        assert.equal(report.operations[0]!.checks.find((c) => c.name === 'in-degree-parity')?.passed, false);
        await deleteRelationships(store, outsider, 'DEPENDS_ON', copyId);
        assert.equal((await inspectOperation(store, op)).inDegreeMismatches, 0);
      });

      test('fractional factor: type proportions within one resource per type', async () => {
        const result = await run({ scaleFactor: 1.37 });
        assert.equal(result.validationPassed, true, JSON.stringify(result.validation));
        assert.equal(result.resourcesCreated, Math.round(1200 * 0.37));
        for (const t of result.plan.byType) assert.ok(Math.abs(t.copies - t.base * 0.37) < 1, `${t.type}: ${t.copies} vs ${t.base * 0.37}`);
      });

      test('the Original layer and the other tenant are untouched', async () => {
        assert.equal(await digestNodes(store, 'Original'), originalsBefore);
        assert.equal(await digestNodes(store, 'Resource', B), tenantBBefore);
      });

      test('bad input is a UsageError and writes nothing', async () => {
        const census = await store.graphCensus();
        await assertRefused(run({ scaleFactor: 1 }), UsageError, /`scaleFactor` must be a number greater than 1 \(got 1\)/);
        await assertRefused(run({ scaleFactor: Number.NaN }), UsageError, /`scaleFactor` must be a number greater than 1 \(got NaN\)/);
        await assertRefused(run({ scaleFactor: 2, resourceTypes: ['Microsoft.Nope/things'] }), UsageError, /unknown resource type Microsoft\.Nope\/things/);
        await assertRefused(run({ scaleFactor: 2, tenantId: 'no-such-tenant' }), UsageError, /unknown tenant no-such-tenant/);
        await assertRefused(run({ scaleFactor: 10, maxResources: 5000 }), UsageError, /the plan creates [\d,]+ resources, above `maxResources` 5,000/);
        await store.writeNodes({ mode: 'create', labels: ['Tenant'], rows: [{ id: 'empty-tenant', tenant_id: 'empty-tenant' }] });
        const withEmpty = await store.graphCensus();
        await assertRefused(run({ scaleFactor: 2, tenantId: 'empty-tenant' }), UsageError, /tenant empty-tenant has no scanned abstracted resources/);
        assert.deepEqual(await store.graphCensus(), withEmpty);
        await store.deleteTenantNodes('empty-tenant', 10);
        assert.deepEqual(await store.graphCensus(), census);
      });

      test('a failure mid-write rolls back: the tenant is exactly as before', async () => {
        const whole = await canonicalHash(store);
        const census = withoutOperations(await store.graphCensus());
        const digest = await digestNodes(store, 'Resource', A);
        const controller = new AbortController();
        await assertRefused(
          run(
            { scaleFactor: 2, batchSize: 200 },
            {
              signal: controller.signal,
              onProgress: (phase: string) => {
                if (phase === 'relationships') controller.abort();
              },
            },
          ),
          OperationFailedError,
          /failed \(interrupted\); rolled back/,
        );
        assert.deepEqual(withoutOperations(await store.graphCensus()), census);
        assert.equal(await digestNodes(store, 'Resource', A), digest);
        assert.equal(await canonicalHash(store), whole, 'the whole store, node for node');
        const rolledBack = (await store.listOperations(A)).filter((o) => o.status === 'rolled_back');
        assert.equal(rolledBack.length, 1);
        assert.equal(rolledBack[0]!.error, 'interrupted');
      });

      test('cleanup of one operation leaves the others intact and valid', async () => {
        const [first, second] = (await store.listOperations(A)).filter((o) => o.status === 'completed' && o.kind === 'template');
        const secondNodes = await store.countOperationNodes(second!.id);
        await assertRefused(
          cleanupOperations(store, { operationId: first!.id, batchSize: 100 }),
          UsageError,
          /scale-cleanup would undo 1 operation\(s\), 2400 nodes/,
        );
        const dry = await cleanupOperations(store, { operationId: first!.id, dryRun: true, batchSize: 100 });
        assert.equal(dry.operations[0]!.nodes, 2400);
        const done = await cleanupOperations(store, { operationId: first!.id, yes: true, batchSize: 100 });
        assert.equal(done.nodesDeleted, 2400);
        assert.equal(await store.countOperationNodes(first!.id), 0);
        assert.equal(await store.countOperationNodes(second!.id), secondNodes);
        assert.equal((await store.getOperation(first!.id))?.status, 'rolled_back');
        const validation = await validateTenant(store, A);
        const generated = (await store.listOperations(A)).find((o) => o.kind === 'generate-tenant')!.id;
        assert.equal(validation.passed, true, JSON.stringify(validation));
        assert.deepEqual(
          validation.operations.map((o) => o.operationId).filter((id) => id !== generated),
          [second!.id],
        );
        await cleanupOperations(store, { all: true, tenantId: A, yes: true, batchSize: 100 });
        assert.equal((await stats(store, A)).syntheticResources, 0);
        assert.equal(await digestNodes(store, 'Original'), originalsBefore);
      });

      test('an operation left running blocks the next run until scale-cleanup resolves it', async () => {
        await store.recordOperation({
          id: 'scale-20261127T110000-0000dead',
          tenantId: A,
          kind: 'template',
          status: 'running',
          params: {},
          startedAt: '2026-11-27T11:00:00.000Z',
          finishedAt: null,
          resourcesCreated: 0,
          relationshipsCreated: 0,
          metrics: null,
          error: null,
        });
        await assert.rejects(
          run({ scaleFactor: 2 }),
          (e: unknown) =>
            e instanceof UsageError &&
            /scale-cleanup --operation-id scale-20261127T110000-0000dead/.test(e.forCli().fix ?? '') &&
            /`operationId` scale-20261127T110000-0000dead/.test(e.fix ?? ''),
        );
        await cleanupOperations(store, { operationId: 'scale-20261127T110000-0000dead', yes: true, batchSize: 100 });
        assert.equal((await store.getOperation('scale-20261127T110000-0000dead'))?.status, 'rolled_back');
        assert.equal((await run({ scaleFactor: 2 })).success, true);
      });
    });
  }

  test('both stores create the same graph', { skip: storeKinds().length < 2 ? 'one store selected' : false }, async () => {
    // Both stores loaded and scaled up here, by this test: nothing it compares comes from another test.
    const taken: { census: GraphCensus; copy: unknown; hash: string }[] = [];
    for (const kind of ['sqlite', 'neo4j'] as const) {
      const opened = await freshStore(kind);
      try {
        await loadGeneratedTenant(opened.store, { resources: 1200, seed: 11, tenantId: A, batchSize: 5000, concurrency: 2 });
        await loadGeneratedTenant(opened.store, { resources: 300, seed: 12, tenantId: B, batchSize: 5000, concurrency: 2 });
        const result = await scaleUpTemplate(opened.store, { tenantId: A, ...base, scaleFactor: 3, operationId: 'scale-20261127T100000-0000000a' });
        assert.equal(result.resourcesCreated, 2400);
        taken.push({
          census: await opened.store.graphCensus(),
          copy: await getNode(opened.store, 'Resource', await firstCopyId(opened.store)),
          hash: await canonicalHash(opened.store),
        });
      } finally {
        await opened.dispose();
      }
    }
    const [sqlite, neo4j] = taken;
    assert.ok(sqlite!.copy, 'a copy to compare');
    assert.deepEqual(withoutOperations(sqlite!.census), withoutOperations(neo4j!.census));
    assert.deepEqual(sqlite!.copy, neo4j!.copy);
    assert.equal(sqlite!.hash, neo4j!.hash, 'node for node, relationship for relationship');
  });
});

let removed: { type: string; dst: string } | undefined;

/** Test-only corruption through each adapter's raw access: drop one relationship of a copy. */
async function removeOneOutgoingRelationship(store: GraphStore, id: string): Promise<void> {
  if (store instanceof SqliteStore) {
    const row = store.database
      .prepare('SELECT r.rid, r.type, d.id AS dst FROM rels r JOIN nodes s ON s.nid = r.src JOIN nodes d ON d.nid = r.dst WHERE s.id = ? LIMIT 1')
      .get(id) as { rid: number; type: string; dst: string };
    store.database.prepare('DELETE FROM rels WHERE rid = ?').run(row.rid);
    removed = { type: row.type, dst: row.dst };
  } else {
    const neo = store as Neo4jStore;
    const r = await neo.write(
      'MATCH (s:Resource {id: $id})-[r]->(d) WITH r, d LIMIT 1 WITH r, type(r) AS type, elementId(d) AS dst DELETE r RETURN type, dst',
      { id },
    );
    removed = { type: String(r.records[0]!.get('type')), dst: String(r.records[0]!.get('dst')) };
  }
}

async function addRelationship(store: GraphStore, src: string, type: string, dst: string): Promise<void> {
  if (store instanceof SqliteStore) {
    store.database
      .prepare('INSERT INTO rels (type, src, dst) SELECT ?, (SELECT nid FROM nodes WHERE id = ?), (SELECT nid FROM nodes WHERE id = ?)')
      .run(type, src, dst);
  } else {
    await (store as Neo4jStore).write(`MATCH (s:Resource {id: $src}) MATCH (d:Resource {id: $dst}) CREATE (s)-[:\`${type}\`]->(d)`, { src, dst });
  }
}

async function restoreRelationship(store: GraphStore, id: string): Promise<void> {
  if (store instanceof SqliteStore) {
    store.database
      .prepare('INSERT INTO rels (type, src, dst) SELECT ?, (SELECT nid FROM nodes WHERE id = ?), (SELECT nid FROM nodes WHERE id = ?)')
      .run(removed!.type, id, removed!.dst);
  } else {
    await (store as Neo4jStore).write(`MATCH (s:Resource {id: $id}) MATCH (d) WHERE elementId(d) = $dst CREATE (s)-[:\`${removed!.type}\`]->(d)`, {
      id,
      dst: removed!.dst,
    });
  }
}

async function firstCopyId(store: GraphStore): Promise<string> {
  const ops = await store.syntheticOperationIds('a0000000-0000-4000-8000-00000000000a');
  const op = ops[0]!;
  // Deterministic: the copy 0 of the lexically first template of the run.
  const templates = await store.readTemplates({ tenantId: 'a0000000-0000-4000-8000-00000000000a', includeNullTenant: false });
  const { syntheticId } = await import('../../src/domain/ids.js');
  return syntheticId(templates[0]!.type, op, templates[0]!.id, 0);
}
