import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError } from '../../src/domain/errors.js';
import { loadConfig } from '../../src/config/load-config.js';
import { assertThrowsFor } from '../helpers/refusal.js';
const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-config-'));
const file = join(dir, 'scale-config.yaml');
writeFileSync(file, 'performance:\n  batch_size: 2000\n  concurrency: 3\nscale_up:\n  max_resources: 100000\n');
/** Every test's environment has this folder as its home: the user's own ~/.config is never read. */
const home = join(dir, 'home');
const env = (vars = {}) => ({ HOME: home, ...vars });
describe('configuration', () => {
    after(() => rmSync(dir, { recursive: true, force: true }));
    test('defaults when there is no file', () => {
        const { config, source } = loadConfig({ env: env() });
        assert.equal(source, undefined);
        assert.equal(config.performance.batch_size, 10_000);
        assert.equal(config.scale_down.default_algorithm, 'forest-fire');
    });
    test('flags > environment > file > defaults', () => {
        const vars = env({ TENANT_SCALE_PERFORMANCE_CONCURRENCY: '4' });
        const fromFile = loadConfig({ path: file, env: env() }).config;
        assert.equal(fromFile.performance.batch_size, 2000);
        assert.equal(fromFile.performance.concurrency, 3);
        const withEnv = loadConfig({ path: file, env: vars }).config;
        assert.equal(withEnv.performance.concurrency, 4);
        assert.equal(withEnv.performance.batch_size, 2000);
        const withFlags = loadConfig({ path: file, env: vars, flags: { performance: { concurrency: 8, batch_size: undefined } } }).config;
        assert.equal(withFlags.performance.concurrency, 8);
        assert.equal(withFlags.performance.batch_size, 2000, 'an unset flag does not override');
        assert.equal(withFlags.scale_up.max_resources, 100_000);
    });
    test('SCALE_CONFIG_PATH names the file', () => {
        assert.equal(loadConfig({ env: env({ SCALE_CONFIG_PATH: file }) }).config.performance.batch_size, 2000);
    });
    test('the config file in the home folder is read (the home of the environment given)', () => {
        const folder = join(home, '.config', 'tenant-scale');
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'scale-config.yaml'), 'performance:\n  batch_size: 1234\n');
        try {
            const loaded = loadConfig({ env: env() });
            assert.equal(loaded.config.performance.batch_size, 1234);
            assert.equal(loaded.source, join(folder, 'scale-config.yaml'));
        }
        finally {
            rmSync(join(home, '.config'), { recursive: true, force: true });
        }
    });
    test('switches read true/false, 1/0, yes/no in any case; anything else names the key', () => {
        for (const [value, expected] of [
            ['false', false],
            ['No', false],
            ['0', false],
            ['TRUE', true],
            ['yes', true],
            ['1', true],
        ]) {
            assert.equal(loadConfig({ env: env({ TENANT_SCALE_SCALE_UP_VALIDATE: value }) }).config.scale_up.validate, expected, value);
        }
        for (const value of ['maybe', 'off', '']) {
            assert.throws(() => loadConfig({ env: env({ TENANT_SCALE_SCALE_UP_VALIDATE: value }) }), (e) => e instanceof ConfigError && /scale_up\.validate/.test(e.message) && /true\/false, 1\/0 or yes\/no/.test(e.message), value);
        }
    });
    test('errors are ConfigErrors naming the key', () => {
        assertThrowsFor(() => loadConfig({ path: join(dir, 'missing.yaml'), env: env() }), ConfigError, /config file .*missing\.yaml does not exist/);
        assertThrowsFor(() => loadConfig({ env: env({ TENANT_SCALE_NOPE_X: '1' }) }), ConfigError, /environment variable TENANT_SCALE_NOPE_X names no config section/);
        assert.throws(() => loadConfig({ env: env(), flags: { scale_up: { default_scale_factor: 1 } } }), (e) => e instanceof ConfigError && /scale_up\.default_scale_factor/.test(e.message));
        const bad = join(dir, 'bad.yaml');
        writeFileSync(bad, 'performance: [1, 2');
        assert.throws(() => loadConfig({ path: bad, env: env() }), (e) => e instanceof ConfigError && /not valid YAML/.test(e.message));
    });
});
//# sourceMappingURL=config.test.js.map