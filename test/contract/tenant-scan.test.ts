import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LABEL, REL } from '../../src/domain/atg-schema.js';
import { walkTenant } from '../../src/slice/tenant-slice.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { GraphSummary } from '../../src/transfer/graph-summary.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { freshStore, type OpenedStore, storeKinds } from '../helpers/stores.js';
import { nodeLine, relationshipLine } from '../../src/io/graph-formats/json-format.js';
import { refOf } from '../../src/domain/graph-slice.js';
import type { TenantPage } from '../../src/store/graph-store.js';

const BIG = 'c0c00000-0000-4000-8000-00000000000b';
const SMALL = 'c0c00000-0000-4000-8000-000000000005';

/** The summary an import's read-back compares: from the store's scan, or from the keyset walk. */
async function summaries(opened: OpenedStore, tenantId: string, inbound: boolean) {
  const { store } = opened;
  const walked = new GraphSummary(tenantId);
  for await (const page of walkTenant(store, tenantId, { includeOriginal: true, withProperties: false, inbound, context: false })) {
    walked.addNodes(page.nodes);
    walked.addRelationships(page.relationships);
  }
  const scanned = new GraphSummary(tenantId);
  await store.scanTenant!(tenantId, { inbound }, { nodes: (label, n) => scanned.addOwned(label, n), relationships: (page) => scanned.addRelationships(page) });
  return { walked, scanned };
}

/** The stores whose adapter has the push-down (the others' imports read back by the walk, which this compares with). */
const scanning = { sqlite: 'scanTenant' in SqliteStore.prototype, neo4j: 'scanTenant' in Neo4jStore.prototype };

for (const kind of storeKinds()) {
  describe(`scanTenant gives what the keyset walk gives, on ${kind}`, { skip: !scanning[kind] && `the ${kind} adapter has no scanTenant` }, () => {
    let opened: OpenedStore;
    before(async () => {
      opened = await sharedTenants(kind);
    });

    for (const tenantId of [BIG, SMALL]) {
      for (const inbound of [true, false]) {
        test(`${tenantId === BIG ? 'the big tenant' : 'the small tenant'}, ${inbound ? 'with' : 'without'} inbound relationships`, async () => {
          const { walked, scanned } = await summaries(opened, tenantId, inbound);
          assert.ok(walked.fingerprint.count > 500, `the walk read ${walked.fingerprint.count} relationships`);
          assert.deepEqual(scanned.ownedByLabel, walked.ownedByLabel, 'owned nodes by key label');
          assert.deepEqual(scanned.relationshipsByType, walked.relationshipsByType, 'relationships by type');
          assert.ok(scanned.fingerprint.equals(walked.fingerprint), 'the same relationships');
          // The inbound relationship is there exactly when asked for.
          const crossing = inbound ? 1 : 0;
          const own = new GraphSummary(tenantId);
          for await (const page of walkTenant(opened.store, tenantId, { includeOriginal: true, withProperties: false, inbound: false, context: false }))
            own.addRelationships(page.relationships);
          assert.equal(scanned.fingerprint.count, own.fingerprint.count + crossing);
        });
      }
    }
  });
}

/** One store per kind for every test here (they only read it), removed when the file ends. */
const shared = new Map<string, Promise<OpenedStore>>();
function sharedTenants(kind: 'sqlite' | 'neo4j'): Promise<OpenedStore> {
  if (!shared.has(kind)) shared.set(kind, twoTenants(kind));
  return shared.get(kind)!;
}
after(async () => {
  for (const opened of shared.values()) await (await opened).dispose();
});

/** A tenant holding most of the store (scanned in rowid order) and one holding little (found by its index), with a relationship each way between them. */
async function twoTenants(kind: 'sqlite' | 'neo4j'): Promise<OpenedStore> {
  const opened = await freshStore(kind);
  const options = { seed: 3, batchSize: 10_000, concurrency: 2 };
  await loadGeneratedTenant(opened.store, { ...options, resources: 2_000, tenantId: BIG });
  await loadGeneratedTenant(opened.store, { ...options, resources: 100, tenantId: SMALL });
  // Relationships entering each tenant from a node of the other: read only with `inbound`.
  const [big] = await opened.store.listTenantNodes(BIG, LABEL.Resource, { after: '', limit: 1 });
  const [small] = await opened.store.listTenantNodes(SMALL, LABEL.Resource, { after: '', limit: 1 });
  await opened.store.writeRelationships({
    type: REL.CONNECTED_TO,
    srcLabel: LABEL.Resource,
    dstLabel: LABEL.Resource,
    rows: [
      { src: small!.key, dst: big!.key },
      { src: big!.key, dst: small!.key },
    ],
  });
  return opened;
}

/** Every node (labels and properties) and relationship of the pages, as sorted lines; each relationship checked to come after the node it starts at. */
async function linesOf(pages: AsyncIterable<TenantPage>) {
  const seen = new Set<string>();
  const nodes: string[] = [];
  const relationships: string[] = [];
  const early: string[] = [];
  for await (const page of pages) {
    for (const n of page.nodes) {
      seen.add(`${refOf(n).label}\u0000${refOf(n).key}`);
      nodes.push(nodeLine(n));
    }
    for (const r of page.relationships) {
      if (!seen.has(`${r.src.label}\u0000${r.src.key}`)) early.push(relationshipLine(r));
      relationships.push(relationshipLine(r));
    }
  }
  return { nodes: nodes.sort(), relationships: relationships.sort(), early };
}

/** The stores whose adapter reads a tenant for a copy in its own order. */
const pageScanning = { sqlite: 'scanTenantPages' in SqliteStore.prototype, neo4j: 'scanTenantPages' in Neo4jStore.prototype };

for (const kind of storeKinds()) {
  describe(`scanTenantPages gives what the walk gives, on ${kind}`, { skip: !pageScanning[kind] && `the ${kind} adapter has no scanTenantPages` }, () => {
    let opened: OpenedStore;
    before(async () => {
      opened = await sharedTenants(kind);
    });

    test('the tenant holding most of the store: the same nodes, properties and relationships (the one from the other tenant too), every node before the relationships that start at it', async () => {
      const pages = opened.store.scanTenantPages!(BIG);
      assert.ok(pages, 'scanned');
      const scanned = await linesOf(pages);
      const walked = await linesOf(walkTenant(opened.store, BIG, { includeOriginal: true }));
      assert.ok(
        scanned.nodes.length > 4_000 && scanned.relationships.length > 4_000,
        `${scanned.nodes.length} nodes, ${scanned.relationships.length} relationships`,
      );
      assert.deepEqual(scanned.early, [], 'no relationship before the node it starts at');
      assert.deepEqual(scanned.nodes, walked.nodes);
      assert.deepEqual(scanned.relationships, walked.relationships);
      // The relationship entering it from the other tenant, and the node it starts at (as context).
      const [small] = await opened.store.listTenantNodes(SMALL, LABEL.Resource, { after: '', limit: 1 });
      assert.equal(scanned.relationships.filter((r) => JSON.parse(r).src.key === small!.key).length, 1);
      assert.equal(scanned.nodes.filter((n) => JSON.parse(n).properties.id === small!.key).length, 1);
    });

    test('a tenant that is a small part of the store: read as the walk reads it, or (SQLite, whose scan reads the whole file) left to the walk', async () => {
      const pages = opened.store.scanTenantPages!(SMALL);
      if (kind === 'sqlite') {
        assert.equal(pages, undefined);
        return;
      }
      assert.ok(pages, 'scanned');
      const scanned = await linesOf(pages);
      const walked = await linesOf(walkTenant(opened.store, SMALL, { includeOriginal: true }));
      assert.ok(scanned.nodes.length > 200, `${scanned.nodes.length} nodes`);
      assert.deepEqual(scanned.early, []);
      assert.deepEqual(scanned.nodes, walked.nodes);
      assert.deepEqual(scanned.relationships, walked.relationships);
    });
  });
}
