import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LABEL, REL } from '../../src/domain/atg-schema.js';
import { walkTenant } from '../../src/slice/tenant-slice.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { GraphSummary } from '../../src/transfer/graph-summary.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { freshStore, type OpenedStore, storeKinds } from '../helpers/stores.js';

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
      opened = await freshStore(kind);
      const options = { seed: 3, batchSize: 10_000, concurrency: 2 };
      // A tenant holding most of the store (scanned in rowid order) and one holding little (found by its index).
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
    });
    after(() => opened?.dispose());

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
