import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const TENANT = 'dddddddd-0000-4000-8000-000000000001';

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: testHome(), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const kind of storeKinds()) {
    describe(`generate-tenant and scale-stats --json on ${kind}`, () => {
      let opened: OpenedStore;
      before(async () => {
        opened = await freshStore(kind);
      });
      after(async () => opened.dispose());

      test('stdout carries exactly one JSON object', () => {
        const gen = cli(['--db', opened.dbArg, '--tenant-id', TENANT, '--json', 'generate-tenant', '--resources', '500', '--seed', '3']);
        assert.equal(gen.code, 0, gen.stderr);
        const result = JSON.parse(gen.stdout);
        assert.equal(result.resources, 500);
        assert.equal(result.tenantId, TENANT);
        assert.ok(result.relationshipsCreated > 500);

        const stats = cli(['--db', opened.dbArg, '--tenant-id', TENANT, 'scale-stats', '--json']);
        assert.equal(stats.code, 0, stats.stderr);
        const report = JSON.parse(stats.stdout);
        assert.equal(report.totals.abstracted, 500);
        assert.equal(report.totals.original, 500);
        assert.deepEqual(
          report.operations.map((o: { kind: string; status: string }) => `${o.kind}:${o.status}`),
          ['generate-tenant:completed'],
          'generate-tenant is a recorded operation',
        );
      });

      test('human output names the tenant and counts', () => {
        const stats = cli(['--db', opened.dbArg, 'scale-stats'], { AZURE_TENANT_ID: TENANT });
        assert.equal(stats.code, 0, stats.stderr);
        assert.match(stats.stdout, new RegExp(`Tenant ${TENANT}`));
        assert.match(stats.stdout, /abstracted resources: 500 \(500 scanned, 0 synthetic\)/);
      });

      test('scale-up template, scale-validate, scale-clean: --json, exit codes, aliases', () => {
        const db = ['--db', opened.dbArg, '--tenant-id', TENANT, '--json'];
        const dry = cli([...db, 'scale-up', 'template', '--scale-factor', '2', '--dry-run']);
        assert.equal(dry.code, 0, dry.stderr);
        assert.equal(JSON.parse(dry.stdout).plan.plannedResources, 500);
        const up = cli([...db, 'scale-up', 'template', '--scale-factor', '2', '--template-file', 'ignored.yaml']);
        assert.equal(up.code, 0, up.stderr);
        assert.match(up.stderr, /--template-file ignored\.yaml is not read/);
        const result = JSON.parse(up.stdout);
        for (const key of [
          'operationId',
          'tenantId',
          'strategy',
          'resourcesCreated',
          'relationshipsCreated',
          'durationSeconds',
          'success',
          'validationPassed',
          'validation',
          'metrics',
        ])
          assert.ok(key in result, key);
        assert.equal(result.resourcesCreated, 500);
        assert.equal(result.validationPassed, true);
        for (const key of ['phases', 'batches', 'batchSize', 'queries', 'queryTimeSeconds', 'peakRssMb']) assert.ok(key in result.metrics, key);
        const valid = cli([...db, 'scale-validate']);
        assert.equal(valid.code, 0, valid.stderr);
        assert.equal(JSON.parse(valid.stdout).passed, true);
        for (const [factor, message] of [
          ['1', /greater than 1/],
          ['x', /is not a number/],
          ['100000', /above --max-resources/],
        ] as const) {
          const bad = cli([...db, 'scale-up', 'template', '--scale-factor', factor]);
          assert.equal(bad.code, 2, bad.stderr);
          assert.match(bad.stderr, message);
        }
        assert.equal(cli([...db, 'scale-clean', '--all']).code, 2, 'needs --yes');
        const clean = cli([...db, 'scale-clean', '--all', '--yes']);
        assert.equal(clean.code, 0, clean.stderr);
        assert.equal(JSON.parse(clean.stdout).nodesDeleted, 500);
        const stats = JSON.parse(cli([...db, 'scale-stats']).stdout);
        assert.equal(stats.syntheticResources, 0);
        assert.equal(stats.operations.find((o: { kind: string }) => o.kind === 'template').status, 'rolled_back');
      });

      test('scale-up scenario and random: --json results, dry run, bad input exit 2 with nothing written', () => {
        const db = ['--db', opened.dbArg, '--tenant-id', TENANT, '--json'];
        const census = () => JSON.parse(cli([...db, 'scale-stats']).stdout);
        const dry = cli([...db, 'scale-up', 'scenario', '--scenario', 'hub-spoke', '--spoke-count', '5', '--resources-per-spoke', '20', '--dry-run']);
        assert.equal(dry.code, 0, dry.stderr);
        assert.equal(JSON.parse(dry.stdout).plan.plannedResources, 17 + 5 * 20);
        const before = census();
        const file = join(dir, `${kind}-scenario.yaml`);
        const cases: [string[], RegExp][] = [
          [
            ['scale-up', 'scenario', '--scenario', 'hub-and-spoke'],
            /unknown scenario "hub-and-spoke"[\s\S]*fix: use one of hub-spoke, multi-region, dev-test-prod/,
          ],
          [['scale-up', 'scenario'], /no scenario given/],
          [['scale-up', 'scenario', '--scenario', 'multi-region', '--regions', 'eastus,atlantis'], /unknown Azure region atlantis/],
          [['scale-up', 'scenario', '--scenario-file', file], /scenario file .* is invalid at links\[0\]\.type/],
          [['scale-up', 'random', '--target-count', '100', '--type-distribution', 'mystery'], /neither a preset nor an existing file/],
          [['scale-up', 'random', '--target-count', '100', '--relationship-density', '-1'], /between 0 and 50/],
          [['scale-up', 'random'], /required option '--target-count <n>'/],
        ];
        writeFileSync(
          file,
          'name: bad\ngroups:\n  - name: a\n    resources:\n      - { role: vm, type: Microsoft.Compute/virtualMachines, count: 2 }\nlinks:\n  - { from: a.vm, type: LIKES, to: a.vm }\n',
        );
        for (const [args, message] of cases) {
          const r = cli([...db, ...args]);
          assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
          assert.match(r.stderr, message);
          assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
        }
        assert.deepEqual(census(), before);

        const scenario = cli([...db, 'scale-up', 'scenario', '--scenario', 'dev-test-prod', '--resources-per-env', '10', '--seed', '4']);
        assert.equal(scenario.code, 0, scenario.stderr);
        const s = JSON.parse(scenario.stdout);
        assert.equal(s.strategy, 'scenario');
        assert.equal(s.resourcesCreated, 40);
        assert.equal(s.validationPassed, true);
        const random = cli([...db, 'scale-up', 'random', '--target-count', '700', '--type-distribution', 'compute', '--seed', '4']);
        assert.equal(random.code, 0, random.stderr);
        const r = JSON.parse(random.stdout);
        assert.equal(r.strategy, 'random');
        assert.equal(r.resourcesCreated, 700);
        assert.ok(r.validation.some((c: { name: string; passed: boolean }) => c.name === 'relationship-rules' && c.passed));
        const revalidated = cli([...db, 'scale-validate']);
        assert.equal(revalidated.code, 0, revalidated.stdout);
        const report = JSON.parse(revalidated.stdout);
        assert.equal(report.passed, true);
        const scenarioChecks = report.operations
          .find((o: { operationId: string }) => o.operationId === s.operationId)
          .checks.map((c: { name: string }) => c.name);
        assert.ok(scenarioChecks.includes('stamp-connectivity'), scenarioChecks.join(','));
        const stats = census();
        assert.deepEqual(
          stats.operations
            .filter((o: { kind: string }) => o.kind !== 'template' && o.kind !== 'generate-tenant')
            .map((o: { kind: string; status: string }) => `${o.kind}:${o.status}`)
            .sort(),
          ['random:completed', 'scenario:completed'],
        );
        assert.equal(cli([...db, 'scale-clean', '--all', '--yes']).code, 0);
      });

      test('an unknown tenant is a usage error (exit 2) that names the known tenants', () => {
        const r = cli(['--db', opened.dbArg, '--tenant-id', 'no-such-tenant', '--json', 'scale-stats']);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /unknown tenant no-such-tenant/);
        assert.match(r.stderr, new RegExp(TENANT));
        assert.equal(JSON.parse(r.stdout).error.kind, 'UsageError');
      });
    });
  }

  test('bad input is exit 2 with a message naming the problem, and writes nothing', () => {
    const db = join(dir, 'bad-input.db');
    const cases: [string[], RegExp][] = [
      [['--db', db, '--tenant-id', TENANT, 'generate-tenant', '--resources', 'lots'], /--resources.*"lots" is not a whole number/],
      [['--db', db, '--tenant-id', TENANT, 'generate-tenant', '--resources', '0'], /must be 1 or more/],
      [['--db', db, '--tenant-id', TENANT, 'generate-tenant'], /required option '--resources <n>'/],
      [['--db', db, 'generate-tenant', '--resources', '10'], /needs a tenant id/],
      [['--db', 'http://example.invalid', '--tenant-id', TENANT, 'scale-stats'], /unsupported store URL scheme "http:\/\/"/],
      [['--db', db, '--frobnicate', 'scale-stats'], /unknown option '--frobnicate'/],
      [['--db', db, '--log-level', 'loud', 'scale-stats'], /--log-level/],
      // Inputs only a library call checks (or only reading a file finds bad) create no store file either.
      [['--db', db, '--tenant-id', TENANT, 'generate-tenant', '--resources', '20000000'], /--resources must be a whole number from 1 to 10,000,000/],
      [['--db', db, '--tenant-id', TENANT, 'import', '--file', join(dir, 'no-such-file.json'), '--format', 'resource-graph'], /no file/],
      [
        ['--db', db, '--tenant-id', TENANT, 'import', '--file', join(dir, 'not-json.json'), '--format', 'resource-graph'],
        /not-json\.json: \$(\[\d+\])?: (not valid JSON|expected an array)/,
      ],
      [['--db', db, 'import', '--file', join(dir, 'not-json.json'), '--format', 'json'], /not-json\.json/],
    ];
    writeFileSync(join(dir, 'not-json.json'), '[{"id": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/publicIPAddresses/p", "name": "p", ');
    for (const [args, message] of cases) {
      const r = cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    assert.equal(existsSync(db), false, 'nothing was written, not even an empty store');
    const check = cli(['--db', db, '--tenant-id', TENANT, 'scale-stats']);
    assert.equal(check.code, 2);
    assert.match(check.stderr, /no SQLite store at/);
  });

  test('an unreachable Neo4j is exit 1 with one line naming the URL, never the password', () => {
    const r = cli(['--db', 'bolt://neo4j:hunter2@127.0.0.1:1', '--tenant-id', TENANT, 'scale-stats'], { NEO4J_PASSWORD: 'hunter3' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    assert.doesNotMatch(r.stderr, /hunter/);
  });

  test('no spelling of a password is ever printed: @ / : % # spaces and unicode, in the URL or NEO4J_PASSWORD, text or --json', () => {
    for (const password of ['p@ss/w:rd%#', 'with space', 'pässwörd✓', 'q"uo\\te']) {
      const spellings = [password, encodeURIComponent(password), JSON.stringify(password).slice(1, -1)];
      const raw = cli(['--json', '--db', `bolt://neo4j:${password}@127.0.0.1:1`, '--tenant-id', TENANT, 'scale-stats']);
      const runs = [
        cli(['--db', `bolt://neo4j:${encodeURIComponent(password)}@127.0.0.1:1`, '--tenant-id', TENANT, 'scale-stats']),
        cli(['--json', '--db', `bolt://neo4j:${encodeURIComponent(password)}@127.0.0.1:1`, '--tenant-id', TENANT, 'scale-stats']),
        cli(['--json', '--log-level', 'debug', '--db', 'bolt://127.0.0.1:1', '--tenant-id', TENANT, 'scale-stats'], {
          NEO4J_USER: 'neo4j',
          NEO4J_PASSWORD: password,
        }),
      ];
      // A raw @ / ? # in the URL's password would send the driver to another host: refused (exit 2), unprinted.
      if (/[@/?#]/.test(password)) {
        assert.equal(raw.code, 2, raw.stderr);
        assert.match(raw.stderr, /percent-encode/);
      } else runs.push(raw);
      for (const r of [raw, ...runs])
        for (const s of spellings) assert.ok(!`${r.stderr}${r.stdout}`.includes(s), `printed ${JSON.stringify(s)}: ${r.stderr}${r.stdout}`);
      for (const r of runs) {
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /Neo4j at bolt:\/\/127\.0\.0\.1:1: /, 'the target printed whole, with no credential');
      }
    }
  });

  test('config errors name the key and the allowed values (exit 2)', () => {
    const file = join(dir, 'scale-config.yaml');
    writeFileSync(file, 'performance:\n  batch_sise: 5000\n');
    let r = cli(['--db', join(dir, 'c.db'), '--tenant-id', TENANT, '--config', file, 'scale-stats']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown key performance\.batch_sise/);
    assert.match(r.stderr, /batch_size/);

    writeFileSync(file, 'scale_down:\n  default_algorithm: snowball\n');
    r = cli(['--db', join(dir, 'c.db'), '--tenant-id', TENANT, '--config', file, 'scale-stats']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /scale_down\.default_algorithm/);
    assert.match(r.stderr, /forest-fire/);

    r = cli(['--db', join(dir, 'c.db'), '--tenant-id', TENANT, 'scale-stats'], { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: 'big' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /performance\.batch_size/);
  });

  test('--help and --version exit 0', () => {
    assert.equal(cli(['--help']).code, 0);
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
    assert.match(cli(['generate-tenant', '--help']).stdout, /--resources <n>/);
  });
});
