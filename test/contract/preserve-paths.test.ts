import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SHARED_LABELS } from '../../src/domain/atg-schema.js';
import { scaleDown, type ScaleDownOptions } from '../../src/scale-down/scale-down.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { importAzureFile } from '../../src/transfer/import-azure.js';
import { plainInduced, plainSecurityKinds, plainTenant, plainTriples } from '../helpers/security-paths-brute.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';

/**
 * --preserve-paths on a generated tenant and on two imported real ones scaled up (every PSRule
 * resource file as one tenant, and the hub-spoke ARM template), on each store: the exported sample,
 * read back as a file, holds every security path kind and every type triple the tenant has —
 * both counted by a brute force over the tenant's resources and relationships as the store lists
 * them, not by the sampler's own search.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const write = { batchSize: 500, concurrency: 2 };
const TENANTS = ['generated', 'psrule', 'hub-spoke'] as const;

/** The resources an exported sample file holds, its shared context nodes left out. */
function exportedResources(file: string): Set<string> {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { labels: string[]; properties: { id?: string } }[] };
  const own = doc.nodes.filter((n) => n.labels.includes('Resource') && !n.labels.some((l) => SHARED_LABELS.includes(l)));
  return new Set(own.map((n) => String(n.properties.id)));
}

const sorted = (s: ReadonlySet<string>) => [...s].sort();

for (const kind of storeKinds()) {
  describe(`scale-down --preserve-paths keeps every kind the tenant has, on ${kind}`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    let dir: string;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-preserve-paths-'));
      opened = await freshStore(kind);
      store = opened.store;
      await loadGeneratedTenant(store, { tenantId: 'generated', resources: 1500, seed: 8, ...write });
      // Every PSRule resource file as one tenant (their ids are distinct), and the hub-spoke template with its optional parts on.
      const psrule = join(FIXTURES, 'psrule-azure-resources');
      const resources = readdirSync(psrule)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => JSON.parse(readFileSync(join(psrule, f), 'utf8')) as unknown[]);
      writeFileSync(join(dir, 'psrule.json'), JSON.stringify(resources));
      await importAzureFile(store, { file: join(dir, 'psrule.json'), format: 'azure-export', tenantId: 'psrule', ...write });
      writeFileSync(
        join(dir, 'parameters.json'),
        JSON.stringify({
          parameters: { deployVpnGateway: { value: true }, deployVirtualMachines: { value: true }, adminPassword: { value: 'not-a-real-one' } },
        }),
      );
      await importAzureFile(store, {
        file: join(FIXTURES, 'mspnp-azure-hub-spoke', 'azuredeploy.json'),
        format: 'arm',
        tenantId: 'hub-spoke',
        deployment: {
          subscriptionId: '11111111-2222-3333-4444-555555555555',
          resourceGroup: 'rg-hub',
          location: 'westeurope',
          parametersFile: join(dir, 'parameters.json'),
        },
        ...write,
      });
      for (const tenantId of ['psrule', 'hub-spoke']) {
        const grown = await scaleUpTemplate(store, { tenantId, scaleFactor: 6, maxResources: 100_000, ...write });
        assert.equal(grown.validationPassed, true, `${tenantId} scaled up`);
      }
    });
    after(async () => {
      await opened.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    for (const tenantId of TENANTS) {
      test(`${tenantId}: a 4 % forest-fire sample lacks kinds; --preserve-paths security and motifs add what it lacks`, async () => {
        const tenant = await plainTenant(store, tenantId, { ownOnly: true });
        const securityKinds = plainSecurityKinds(tenant);
        const triples = plainTriples(tenant);
        assert.ok(securityKinds.size >= 2 && triples.size >= 10, `${tenantId}: ${securityKinds.size} security kinds, ${triples.size} triples to keep`);
        const options = (preserve?: 'security' | 'motifs', file?: string): ScaleDownOptions => ({
          tenantId,
          algorithm: 'forest-fire',
          targetSize: 0.04,
          defaultTargetSize: 0.1,
          seed: 4,
          ...(preserve ? { preservePaths: preserve } : {}),
          ...(file ? { output: { mode: 'export', file, format: 'json' } } : {}),
        });
        const plain = await scaleDown(store, options());
        const plainKept = plainInduced(tenant, new Set([...plain.sampled].map((v) => plain.graph.ids[v]!)));
        const plainSecurity = plainSecurityKinds(plainKept, tenant);
        const plainTriplesKept = plainTriples(plainKept);
        assert.ok(plainSecurity.size < securityKinds.size || plainTriplesKept.size < triples.size, `${tenantId}: the plain sample already holds every kind`);

        for (const preserve of ['security', 'motifs'] as const) {
          const file = join(dir, `${kind}-${tenantId}-${preserve}.json`);
          const outcome = await scaleDown(store, options(preserve, file));
          const ids = exportedResources(file);
          const kept = plainInduced(tenant, ids);
          if (preserve === 'security') {
            assert.deepEqual(sorted(plainSecurityKinds(kept, tenant)), sorted(securityKinds), `${tenantId}: every security path kind`);
            assert.equal(outcome.summary.fidelity?.securityPaths.coverage, 1);
          } else {
            assert.deepEqual(sorted(plainTriples(kept)), sorted(triples), `${tenantId}: every type triple`);
            assert.equal(outcome.summary.fidelity?.motifs.triples.coverage, 1);
          }
          // The export holds the tenant's resources of the sample: the plain sample's, then what was added (nothing when nothing lacked).
          const sampled = [...outcome.sampled].map((v) => outcome.graph.ids[v]!);
          assert.deepEqual(sorted(ids), sorted(new Set(sampled.filter((id) => tenant.types.has(id)))), `${tenantId}, ${preserve}: the export holds the sample`);
          for (const id of plainKept.types.keys()) assert.ok(ids.has(id), `${tenantId}, ${preserve}: ${id} of the plain sample is kept`);
          const lacked = preserve === 'security' ? securityKinds.size - plainSecurity.size : triples.size - plainTriplesKept.size;
          const added = outcome.summary.sample!.addedForPaths;
          assert.equal(added, outcome.sampled.length - plain.sampled.length);
          if (lacked > 0) assert.ok(added > 0, `${tenantId}, ${preserve}: ${lacked} kinds lacked, nothing added`);
        }
      });
    }
  });
}
