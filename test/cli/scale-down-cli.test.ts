import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { freshStore, storeKinds, type OpenedStore } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const TENANT = 'dddddddd-0000-4000-8000-0000000000d5';

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome(), ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const kind of storeKinds()) {
  describe(`scale-down algorithm CLI on ${kind}`, () => {
    let opened: OpenedStore;
    let db: string[];
    before(async () => {
      opened = await freshStore(kind);
      await loadGeneratedTenant(opened.store, { resources: 800, seed: 4, tenantId: TENANT, batchSize: 5000, concurrency: 2 });
      db = ['--db', opened.dbArg, '--tenant-id', TENANT];
    });
    after(async () => opened.dispose());

    test('--json: one object with the counts, the fidelity and the parameters used', () => {
      const r = cli([
        ...db,
        '--json',
        'scale-down',
        'algorithm',
        '--algorithm',
        'mhrw',
        '--target-count',
        '120',
        '--seed',
        '7',
        '--burn-in',
        '10',
        '--alpha',
        '0.2',
      ]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.sample.resources, 120);
      assert.equal(out.params.burnIn, 10);
      assert.equal(out.params.restartProbability, 0.2);
      assert.deepEqual(Object.keys(out.fidelity.ks).sort(), ['clustering', 'componentSize', 'degree', 'inDegree', 'outDegree']);
      const again = JSON.parse(
        cli([...db, '--json', 'scale-down', 'algorithm', '--algorithm', 'mhrw', '--target-count', '120', '--seed', '7', '--burn-in', '10', '--alpha', '0.2'])
          .stdout,
      );
      assert.deepEqual(again.fidelity, out.fidelity);
    });

    test('text output and --dry-run', () => {
      const r = cli([...db, 'scale-down', 'algorithm', '--target-size', '0.25']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Scale-down of tenant .* \(forest-fire, seed 42\): 2\d\d of 8\d\d resources/);
      assert.match(r.stdout, /Kolmogorov–Smirnov/);
      const dry = cli([...db, 'scale-down', 'algorithm', '--target-count', '5', '--dry-run', '--json']);
      assert.equal(dry.code, 0, dry.stderr);
      assert.equal(JSON.parse(dry.stdout).sample, null);
    });

    test('--report writes one self-contained page with one plot per metric; --output-file refuses to overwrite without --force', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-report-'));
      try {
        const report = join(dir, 'fidelity.html');
        const r = cli([...db, 'scale-down', 'algorithm', '--target-size', '0.2', '--report', report]);
        assert.equal(r.code, 0, r.stderr);
        const html = readFileSync(report, 'utf8');
        assert.doesNotMatch(html, /https?:/i, 'no URL: nothing is fetched');
        assert.doesNotMatch(html, /<script|<link /i);
        assert.equal((html.match(/<svg/g) ?? []).length, 6, 'five distributions and the type proportions');
        for (const title of [
          'Degree (in + out)',
          'In-degree',
          'Out-degree',
          'Local clustering coefficient',
          'Weakly connected component size',
          'Resource-type proportions',
        ])
          assert.ok(html.includes(title), title);
        assert.match(html, /random-node baseline/);
        // Readable: each distribution across the page, its KS D beside it.
        const widths = [...html.matchAll(/<figure class="plot"><svg[^>]*\bwidth="(\d+)"/g)].map((m) => Number(m[1]));
        assert.equal(widths.length, 5, 'five distribution plots');
        assert.ok(
          widths.every((w) => w >= 800),
          `plot widths ${widths.join(', ')}`,
        );
        assert.equal((html.match(/<figcaption>KS D<br><span class="sample">sample <b>\d\.\d{3}<\/b>/g) ?? []).length, 5, 'a KS D beside each');
        const again = cli([...db, 'scale-down', 'algorithm', '--report', report]);
        assert.equal(again.code, 2);
        assert.match(again.stderr, /already exists[\s\S]*--force/);
        const out = join(dir, 'sample.graphml');
        writeFileSync(out, 'precious');
        const refused = cli([...db, 'scale-down', 'algorithm', '--output-file', out]);
        assert.equal(refused.code, 2, refused.stderr);
        assert.equal(readFileSync(out, 'utf8'), 'precious');
        const forced = cli([...db, '--json', 'scale-down', 'algorithm', '--output-file', out, '--force']);
        assert.equal(forced.code, 0, forced.stderr);
        assert.equal(JSON.parse(forced.stdout).output.format, 'graphml', 'format from the extension');
        const unwritable = cli([...db, 'scale-down', 'algorithm', '--output-file', join(dir, 'no', 'such', 'dir.json')]);
        assert.equal(unwritable.code, 2);
        assert.match(unwritable.stderr, /not writable/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("ATG's scale_down config section is what a scale-down without flags uses; flags override it", () => {
      const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-config-'));
      try {
        const config = join(dir, 'scale-config.yaml');
        writeFileSync(config, 'scale_down:\n  default_algorithm: random-walk\n  default_target_size: 0.2\n  burning_probability: 0.4\n  seed: 9\n');
        const r = cli([...db, '--config', config, '--json', 'scale-down', 'algorithm']);
        assert.equal(r.code, 0, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.equal(out.algorithm, 'random-walk');
        assert.equal(out.seed, 9);
        assert.equal(out.target, Math.round(0.2 * out.tenant.resources));
        assert.equal(out.params.burningProbability, 0.4);
        const flags = JSON.parse(
          cli([
            ...db,
            '--config',
            config,
            '--json',
            'scale-down',
            'algorithm',
            '--algorithm',
            'forest-fire',
            '--seed',
            '3',
            '--target-size',
            '0.1',
            '--burning-prob',
            '0.6',
          ]).stdout,
        );
        assert.deepEqual([flags.algorithm, flags.seed, flags.params.burningProbability], ['forest-fire', 3, 0.6]);
        assert.equal(flags.target, Math.round(0.1 * flags.tenant.resources));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('bad input: exit 2, a message naming the fix, no stack trace', () => {
      const cases: [string[], RegExp][] = [
        [['--algorithm', 'snowball'], /Allowed choices are forest-fire/],
        [['--target-size', '0'], /--target-size/],
        [['--target-size', '1.5'], /--target-size/],
        [['--target-count', '100000'], /--target-count from 1 to/],
        [['--target-size', '0.5', '--target-count', '3'], /not both/],
        [['--burning-prob', '1'], /--burning-prob/],
        [['--walk-length', '0'], /--walk-length/],
      ];
      for (const [args, message] of cases) {
        const r = cli([...db, 'scale-down', 'algorithm', ...args]);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      }
      const patternCases: [string[], RegExp][] = [
        [[], /--pattern/],
        [['--pattern', 'everything'], /Allowed choices are security/],
        [['--pattern', 'resource-type'], /--resource-types/],
        [['--pattern', 'compute', '--tags', 'environment'], /key=value/],
        [['--pattern', 'compute', '--tags', 'environment=nowhere'], /matches no resource/],
        [['--pattern', 'compute', '--include-neighbors', '-1'], /--include-neighbors/],
      ];
      for (const [args, message] of patternCases) {
        const r = cli([...db, 'scale-down', 'pattern', ...args]);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message);
      }
      const ok = cli([...db, '--json', 'scale-down', 'pattern', '--pattern', 'network', '--include-neighbors', '2', '--target-count', '50']);
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(JSON.parse(ok.stdout).sample.resources, 50);
      const unknown = cli(['--db', opened.dbArg, '--tenant-id', 'no-such-tenant', 'scale-down', 'algorithm']);
      assert.equal(unknown.code, 2, unknown.stderr);
      assert.match(unknown.stderr, /unknown tenant/);
    });
  });
}
