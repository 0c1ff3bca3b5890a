import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scaleUpRandom } from '../../src/scale-up/random/random-scale-up.js';
import { scaleUpScenario } from '../../src/scale-up/scenario/scenario-scale-up.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { plainTenant } from '../helpers/security-paths-brute.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';

/**
 * `scale-validate --report`: a grown tenant against its original, for each scale-up strategy, on
 * each store. The triples the report counts are checked against a brute force over the store's
 * plain reads (the original: relationships between resources no scale-up wrote; the written part:
 * relationships touching a synthetic one); a template copy keeps every triple and its degree
 * distribution, random and scenario growth do not.
 */
const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const write = { batchSize: 1000, concurrency: 2, maxResources: 100_000 };
const STRATEGIES = ['template', 'scenario', 'random'] as const;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome() } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `type -[rel]-> type` of the original's relationships and of those touching a synthetic resource, from the store's paged reads. */
async function plainTriples(store: GraphStore, tenantId: string): Promise<{ original: Set<string>; written: Set<string> }> {
  const { types, edges } = await plainTenant(store, tenantId, { ownOnly: false });
  const original = new Set<string>();
  const written = new Set<string>();
  const synthetic = (id: string) => id.startsWith('synthetic-');
  for (const r of edges) {
    const triple = `${types.get(r.src)} -[${r.type}]-> ${types.get(r.dst)}`;
    if (synthetic(r.src) || synthetic(r.dst)) written.add(triple);
    else original.add(triple);
  }
  return { original, written };
}

for (const kind of storeKinds()) {
  describe(`scale-validate --report: a grown tenant against its original, on ${kind}`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    let dir: string;
    const operations = new Map<string, string>();
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-growth-'));
      opened = await freshStore(kind);
      store = opened.store;
      for (const [i, strategy] of STRATEGIES.entries()) await loadGeneratedTenant(store, { tenantId: strategy, resources: 400, seed: 30 + i, ...write });
      await loadGeneratedTenant(store, { tenantId: 'ungrown', resources: 50, seed: 40, ...write });
      const template = await scaleUpTemplate(store, { tenantId: 'template', scaleFactor: 3, ...write });
      const scenario = await scaleUpScenario(store, {
        tenantId: 'scenario',
        source: { name: 'hub-spoke', params: { spokeCount: 6, resourcesPerSpoke: 20 } },
        scaleFactor: 2,
        seed: 5,
        ...write,
      });
      const random = await scaleUpRandom(store, {
        tenantId: 'random',
        typeDistribution: 'tenant',
        relationshipDensity: 1.5,
        targetCount: 800,
        seed: 9,
        ...write,
      });
      for (const [name, r] of [
        ['template', template],
        ['scenario', scenario],
        ['random', random],
      ] as const) {
        assert.equal(r.validationPassed, true, `${name} scale-up validated`);
        operations.set(name, r.operationId);
      }
    });
    after(async () => {
      await opened.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    const ks = new Map<string, number>();
    for (const strategy of STRATEGIES) {
      test(`${strategy}: the report's figures, its triples as a brute force counts them, the page with its plots`, async () => {
        const file = join(dir, `${kind}-${strategy}.html`);
        const r = cli([
          '--db',
          opened.dbArg,
          '--tenant-id',
          strategy,
          'scale-validate',
          '--operation-id',
          operations.get(strategy)!,
          '--report',
          file,
          '--json',
        ]);
        assert.equal(r.code, 0, r.stderr);
        const growth = JSON.parse(r.stdout).growth;
        const expected = await plainTriples(store, strategy);
        const missing = [...expected.original].filter((t) => !expected.written.has(t)).sort();
        assert.deepEqual(
          { tenant: growth.fidelity.motifs.triples.tenant, missing: growth.fidelity.motifs.triples.missing },
          { tenant: expected.original.size, missing },
          'the original triples, and those the written part lacks',
        );
        assert.ok(growth.grown.resources > growth.original.resources, 'grown');
        ks.set(strategy, growth.fidelity.ks.degree);
        if (strategy === 'template') {
          assert.deepEqual(missing, [], 'a template copy writes every triple of the original');
          assert.equal(growth.fidelity.motifs.triples.coverage, 1);
          assert.ok(growth.fidelity.ks.degree < 0.05, `template degree KS D ${growth.fidelity.ks.degree}`);
        } else {
          assert.ok(missing.length > 0, `${strategy} leaves some of the original's triples unwritten`);
        }
        const html = readFileSync(file, 'utf8');
        assert.ok((html.match(/<svg/g) ?? []).length >= 6, 'five distributions and the type mix');
        assert.match(html, /<th>grown<\/th>/);
        assert.doesNotMatch(html, /random-node baseline|<span class="baseline">/, 'no random-node baseline in a scale-up report');
        if (missing.length) assert.match(html, new RegExp(`${missing.length} type triples of the original missing from the grown`));
      });
    }

    test('random growth moves the degree distribution further than a template copy does', () => {
      assert.equal(ks.size, 3, 'the three reports ran');
      assert.ok(ks.get('random')! > ks.get('template')!, JSON.stringify(Object.fromEntries(ks)));
    });

    test('refused, nothing written: a tenant nothing grew, an operation that is no scale-up, an existing file', async () => {
      const file = join(dir, `${kind}-refused.html`);
      const ungrown = cli(['--db', opened.dbArg, '--tenant-id', 'ungrown', 'scale-validate', '--report', file]);
      assert.equal(ungrown.code, 2, ungrown.stderr);
      assert.match(ungrown.stderr, /tenant ungrown holds no resource a scale-up wrote/);
      assert.match(ungrown.stderr, /fix: run a scale-up first/);
      const generated = (await store.listOperations('ungrown'))[0]!;
      const notScaleUp = cli(['--db', opened.dbArg, '--tenant-id', 'ungrown', 'scale-validate', '--operation-id', generated.id, '--report', file]);
      assert.equal(notScaleUp.code, 2, notScaleUp.stderr);
      assert.match(notScaleUp.stderr, new RegExp(`operation ${generated.id} is a ${generated.kind}, not a scale-up`));
      assert.equal(existsSync(file), false);
      writeFileSync(file, 'mine');
      const exists = cli(['--db', opened.dbArg, '--tenant-id', 'template', 'scale-validate', '--report', file]);
      assert.equal(exists.code, 2, exists.stderr);
      assert.match(exists.stderr, /--report/);
      assert.equal(readFileSync(file, 'utf8'), 'mine', 'the file is left as it was');
    });
  });
}
