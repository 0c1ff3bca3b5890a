import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { cleanupOperations } from '../../src/operations/cleanup.js';
import { validateTenant } from '../../src/operations/validate-tenant.js';
import { scaleUpTemplate } from '../../src/scale-up/template-scale-up.js';
import type { StoreKind } from '../../src/store/graph-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { copyTenant, exportTenant, importGraphFile } from '../../src/transfer/transfer-tenant.js';
import { canonicalHash, nodeCount } from '../helpers/canonical-hash.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
import { assertChecksPassed, IMPORT_CHECKS } from '../helpers/validation-checks.js';
import { getNode } from '../../src/store/node-reads.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const A = 'aaaaaaaa-5555-4000-8000-00000000000a';
const X = 'cccccccc-6666-4000-8000-00000000000c';
const write = { batchSize: 500, concurrency: 2 };

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome() } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const other = (kind: StoreKind): StoreKind => (kind === 'sqlite' ? 'neo4j' : 'sqlite');

for (const kind of storeKinds()) {
  describe(`export, import and copy of a whole tenant, from ${kind}`, () => {
    let source: OpenedStore;
    let dir: string;
    let original: string;
    before(async () => {
      source = await freshStore(kind);
      await loadGeneratedTenant(source.store, { resources: 700, seed: 9, tenantId: A, ...write });
      // Synthetic data travels with the tenant too.
      await scaleUpTemplate(source.store, { tenantId: A, scaleFactor: 1.5, ...write, maxResources: 10_000 });
      original = await canonicalHash(source.store, A);
      dir = mkdtempSync(join(tmpdir(), 'tenant-scale-transfer-'));
    });
    after(async () => {
      await source.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    test('export → import into an empty store: the same tenant, node for node', async () => {
      const file = join(dir, 'tenant.json');
      const exported = await exportTenant(source.store, { tenantId: A, file, format: 'json', includeOriginal: true });
      assert.ok(exported.nodes > 1400);
      const target = await freshStore('sqlite'); // a second Neo4j database is not available (Community): SQLite for both
      try {
        const r = await importGraphFile(target.store, file, write);
        assertChecksPassed(r.validation, IMPORT_CHECKS);
        assert.equal(await canonicalHash(target.store, A), original);
        const again = cli(['--db', target.dbArg, 'import', '--file', file]);
        assert.equal(again.code, 2, 'the tenant exists now');
        assert.match(again.stderr, /already exists[\s\S]*--as-tenant/);
        await cleanupOperations(target.store, { operationId: r.operationId, yes: true, batchSize: 500 });
        assert.equal(await nodeCount(target.store), 0, 'cleanup removes the import, shared nodes included');
      } finally {
        await target.dispose();
      }
    });

    // SQLite is always there; Neo4j only when the run includes it.
    const copyable = other(kind) === 'sqlite' || storeKinds().includes('neo4j');
    if (copyable)
      test(`copy ${kind} → ${other(kind)} → a fresh ${kind}: the same tenant on every side`, async () => {
        const middle = await freshStore(other(kind));
        // Neo4j Community holds one database (the source, when it is Neo4j): the way back is taken from SQLite only.
        const back = kind === 'sqlite' ? await freshStore('sqlite') : undefined;
        try {
          const there = await copyTenant(source.store, middle.store, { tenantId: A, ...write });
          assertChecksPassed(there.validation, IMPORT_CHECKS);
          assert.equal(await canonicalHash(middle.store, A), original, `the same on ${other(kind)}`);
          // The tenant's operation records come along (and the copy's own import): its scale-up validates and cleans up there.
          const history = await source.store.listOperations(A);
          const copied = new Map((await middle.store.listOperations(A)).map((r) => [r.id, r]));
          assert.equal(there.operationsCopied, history.length);
          // Each marked as brought by this copy: undoing the copy closes them instead of being blocked by them.
          for (const r of history) assert.deepEqual(copied.get(r.id), { ...r, params: { ...r.params, copiedWith: there.operationId } }, r.id);
          assert.equal(copied.get(there.operationId)?.kind, 'import');
          const validation = await validateTenant(middle.store, A);
          assert.equal(validation.passed, true, JSON.stringify(validation.operations));
          if (back) {
            const home = await copyTenant(middle.store, back.store, { tenantId: A, ...write });
            assertChecksPassed(home.validation, IMPORT_CHECKS);
            assert.equal(await canonicalHash(back.store, A), original, 'and back');
          }
          // The copy is undone by scale-cleanup of its import (its generate-tenant and scale-up records came with it and go with it).
          const undo = cli(['--db', middle.dbArg, '--tenant-id', A, 'scale-cleanup', '--operation-id', there.operationId, '--yes']);
          assert.equal(undo.code, 0, undo.stderr);
          assert.equal(await nodeCount(middle.store), 0, 'the copied tenant is gone, shared nodes included');
          const closed = await middle.store.listOperations(A);
          assert.deepEqual(
            closed.map((r) => r.status),
            closed.map(() => 'rolled_back'),
            JSON.stringify(closed.map((r) => [r.id, r.status, r.error])),
          );
        } finally {
          await middle.dispose();
          await back?.dispose();
        }
      });

    test('import under another tenant id: new ids everywhere, the same shape', async () => {
      const file = join(dir, 'as.json');
      await exportTenant(source.store, { tenantId: A, file, format: 'json', includeOriginal: true });
      const target = await freshStore('sqlite');
      try {
        const r = cli(['--db', target.dbArg, '--json', 'import', '--file', file, '--as-tenant', X]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(JSON.parse(r.stdout).tenantId, X);
        assert.equal(await nodeCount(target.store, X), await nodeCount(source.store, A));
        assert.equal(await nodeCount(target.store, A), 0);
        // The imported tenant is an operation's product: cleanup --all (scale-ups only) names it and how to undo it, never "nothing".
        const importId = JSON.parse(r.stdout).operationId as string;
        const all = cli(['--db', target.dbArg, '--tenant-id', X, 'scale-cleanup', '--all', '--yes']);
        assert.equal(all.code, 0, all.stderr);
        assert.doesNotMatch(all.stdout, /nothing to clean up/i);
        assert.match(
          all.stdout,
          new RegExp(`${importId}\\s+import: undo it with tenant-scale scale-cleanup --operation-id ${importId} --yes \\(removes the whole tenant`),
        );
        assert.equal(await nodeCount(target.store, X), await nodeCount(source.store, A), '--all left the imported tenant alone');
        const listed = JSON.parse(cli(['--db', target.dbArg, '--tenant-id', X, '--json', 'scale-cleanup', '--all', '--yes']).stdout);
        assert.deepEqual(listed.notUndone, [{ id: importId, kind: 'import' }]);
        const undo = cli(['--db', target.dbArg, '--tenant-id', X, 'scale-cleanup', '--operation-id', importId, '--yes']);
        assert.equal(undo.code, 0, undo.stderr);
        assert.equal(await nodeCount(target.store, X), 0, 'the command it named undoes the import');
      } finally {
        await target.dispose();
      }
    });

    test("ATG's properties strings cut at 5,000 characters are imported as they are, with a warning", async () => {
      const file = join(dir, 'cut.json');
      await exportTenant(source.store, { tenantId: A, file, format: 'json', includeOriginal: true });
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      const victim = doc.nodes.find((n: { labels: string[] }) => n.labels.includes('Resource') && !n.labels.includes('Original'));
      const cut = JSON.stringify({ provisioningState: 'Succeeded', blob: 'x'.repeat(6_000) }).slice(0, 5_000);
      victim.properties.properties = cut;
      delete doc.sha256; // as a file written by hand or by an older tenant-scale: no digest to check
      const edited = join(dir, 'cut-edited.json');
      writeFileSync(edited, JSON.stringify(doc));
      const target = await freshStore('sqlite');
      try {
        const r = cli(['--db', target.dbArg, 'import', '--file', edited]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`warning: ${victim.properties.id}: properties is 5000 characters and does not parse`));
        assert.equal((await getNode(target.store, 'Resource', victim.properties.id))?.properties.properties, cut, 'kept as it was');
      } finally {
        await target.dispose();
      }
    });

    test('export --operation-id / --synthetic-only: the nodes it wrote, every relationship touching them, the nodes at their other ends', async () => {
      const op = (await source.store.listOperations(A)).find((r) => r.kind === 'template')!;
      const file = join(dir, 'op.json');
      const r = cli(['--db', source.dbArg, '--tenant-id', A, 'export', '--output', file, '--operation-id', op.id]);
      assert.equal(r.code, 0, r.stderr);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as {
        operationId: string;
        nodes: { labels: string[]; properties: Record<string, unknown> }[];
        relationships: { type: string; src: { label: string; key: string }; dst: { label: string; key: string } }[];
      };
      assert.equal(doc.operationId, op.id);
      const mine = doc.nodes.filter((n) => n.properties.scale_operation_id === op.id);
      assert.equal(mine.length, await source.store.countOperationNodes(op.id), 'every node of the operation');
      const keys = new Set(mine.map((n) => String(n.properties.id)));
      // Every relationship touching them, counted from the store's own relationship reads: out of them, and into them from elsewhere.
      const out = await source.store.readNodeRelationships('Resource', [...keys], 'out');
      const into = (await source.store.readNodeRelationships('Resource', [...keys], 'in')).filter((x) => !keys.has(x.other.key));
      assert.equal(doc.relationships.length, out.length + into.length);
      assert.ok(
        doc.relationships.every((x) => keys.has(x.src.key) || keys.has(x.dst.key)),
        'nothing else',
      );
      const present = new Set(doc.nodes.map((n) => String(n.properties.id ?? n.properties.code)));
      assert.ok(
        doc.relationships.every((x) => present.has(x.src.key) && present.has(x.dst.key)),
        'both ends of every relationship are in the file',
      );
      assert.ok(doc.nodes.length > mine.length, 'the other ends come along as context');
      const synthetic = join(dir, 'synthetic.yaml');
      const s = cli(['--db', source.dbArg, '--tenant-id', A, 'export', '--output', synthetic, '--format', 'yaml', '--synthetic-only']);
      assert.equal(s.code, 0, s.stderr);
      const y = parseYaml(readFileSync(synthetic, 'utf8')) as typeof doc;
      assert.equal(y.nodes.length, doc.nodes.length, 'one scale-up: the synthetic nodes are its nodes');
      assert.equal(y.relationships.length, doc.relationships.length);
      for (const [args, message] of [
        [['--operation-id', op.id, '--synthetic-only'], /--operation-id and --synthetic-only/],
        [['--operation-id', 'scale-nothing'], /no operation scale-nothing in tenant/],
      ] as [string[], RegExp][]) {
        const bad = cli(['--db', source.dbArg, '--tenant-id', A, 'export', '--output', join(dir, 'never.json'), ...args]);
        assert.equal(bad.code, 2, bad.stderr);
        assert.match(bad.stderr, message);
        assert.equal(existsSync(join(dir, 'never.json')), false);
      }
    });

    test('bad input: exit 2, the file and the reason named, nothing written', async () => {
      const file = join(dir, 'good.json');
      await exportTenant(source.store, { tenantId: A, file, format: 'json', includeOriginal: true });
      const text = readFileSync(file, 'utf8');
      const truncated = join(dir, 'truncated.json');
      writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.7)));
      const flipped = join(dir, 'flipped.json');
      const at = text.indexOf('"type":"Microsoft.') + 12;
      writeFileSync(flipped, text.slice(0, at) + (text[at] === 'Q' ? 'R' : 'Q') + text.slice(at + 1));
      const target = await freshStore('sqlite');
      try {
        for (const [name, args, message] of [
          ['truncated', ['--db', target.dbArg, 'import', '--file', truncated], /truncated\.json .*not valid JSON/],
          ['a flipped byte', ['--db', target.dbArg, 'import', '--file', flipped], /flipped\.json .*sha256/],
          ['no such file', ['--db', target.dbArg, 'import', '--file', join(dir, 'none.json')], /no file/],
          ['export over a file', ['--db', source.dbArg, '--tenant-id', A, 'export', '--output', file], /already exists/],
          ['export of no tenant', ['--db', source.dbArg, '--tenant-id', 'nobody', 'export', '--output', join(dir, 'x.json')], /no tenant nobody/],
          ['copy of no tenant', ['--tenant-id', 'nobody', 'copy', '--from', source.dbArg, '--to', target.dbArg], /no tenant nobody/],
          ['copy onto itself', ['--tenant-id', A, 'copy', '--from', target.dbArg, '--to', target.dbArg], /same store/],
        ] as [string, string[], RegExp][]) {
          const r = cli(args);
          assert.equal(r.code, 2, `${name}: ${r.stderr}`);
          assert.match(r.stderr, message, name);
          assert.match(r.stderr, /fix: /, name);
        }
        const format = cli(['--db', target.dbArg, 'import', '--file', file, '--format', 'xml']);
        assert.equal(format.code, 2);
        assert.match(format.stderr, /Allowed choices are json/);
        assert.equal(await nodeCount(target.store), 0, 'nothing written');
        assert.equal(existsSync(join(dir, 'x.json')), false);
        assert.equal(await canonicalHash(source.store, A), original);
      } finally {
        await target.dispose();
      }
    });
  });
}
