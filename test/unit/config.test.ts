import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError } from '../../src/domain/errors.js';
import { loadConfig } from '../../src/config/load-config.js';

const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-config-'));
const file = join(dir, 'scale-config.yaml');
writeFileSync(file, 'performance:\n  batch_size: 2000\n  concurrency: 3\nscale_up:\n  max_resources: 100000\n');

describe('configuration', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  test('defaults when there is no file', () => {
    const { config, source } = loadConfig({ env: { HOME: dir } });
    assert.equal(source, undefined);
    assert.equal(config.performance.batch_size, 10_000);
    assert.equal(config.scale_down.default_algorithm, 'forest-fire');
  });

  test('flags > environment > file > defaults', () => {
    const env = { TENANT_SCALE_PERFORMANCE_CONCURRENCY: '4' };
    const fromFile = loadConfig({ path: file, env: {} }).config;
    assert.equal(fromFile.performance.batch_size, 2000);
    assert.equal(fromFile.performance.concurrency, 3);
    const withEnv = loadConfig({ path: file, env }).config;
    assert.equal(withEnv.performance.concurrency, 4);
    assert.equal(withEnv.performance.batch_size, 2000);
    const withFlags = loadConfig({ path: file, env, flags: { performance: { concurrency: 8, batch_size: undefined } } }).config;
    assert.equal(withFlags.performance.concurrency, 8);
    assert.equal(withFlags.performance.batch_size, 2000, 'an unset flag does not override');
    assert.equal(withFlags.scale_up.max_resources, 100_000);
  });

  test('SCALE_CONFIG_PATH names the file', () => {
    assert.equal(loadConfig({ env: { SCALE_CONFIG_PATH: file } }).config.performance.batch_size, 2000);
  });

  test('errors are ConfigErrors naming the key', () => {
    assert.throws(() => loadConfig({ path: join(dir, 'missing.yaml'), env: {} }), ConfigError);
    assert.throws(() => loadConfig({ env: { TENANT_SCALE_NOPE_X: '1' } }), ConfigError);
    assert.throws(() => loadConfig({ env: {}, flags: { scale_up: { default_scale_factor: 1 } } }), (e: unknown) => e instanceof ConfigError && /scale_up\.default_scale_factor/.test(e.message));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'performance: [1, 2');
    assert.throws(() => loadConfig({ path: bad, env: {} }), (e: unknown) => e instanceof ConfigError && /not valid YAML/.test(e.message));
  });
});
