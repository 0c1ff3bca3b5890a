import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UsageError } from '../../src/domain/errors.js';
import { DEFAULT_SQLITE_PATH, resolveStore } from '../../src/store/open-store.js';
import { assertThrowsFor } from '../helpers/refusal.js';
describe('store resolver (pure)', () => {
    test('no --db and no NEO4J_URI: the default SQLite file', () => {
        assert.deepEqual(resolveStore({ env: {} }), { kind: 'sqlite', path: DEFAULT_SQLITE_PATH });
    });
    test('sqlite:PATH and plain paths are SQLite', () => {
        assert.deepEqual(resolveStore({ db: 'sqlite:/data/g.db', env: {} }), { kind: 'sqlite', path: '/data/g.db' });
        assert.deepEqual(resolveStore({ db: './g.db', env: {} }), { kind: 'sqlite', path: './g.db' });
        assertThrowsFor(() => resolveStore({ db: 'sqlite:', env: {} }), UsageError, /`store` sqlite: needs a file path/);
    });
    test('Neo4j URLs take credentials and database from the environment; --db wins over NEO4J_URI', () => {
        const env = { NEO4J_URI: 'bolt://env:7687', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graphs' };
        assert.deepEqual(resolveStore({ env }), { kind: 'neo4j', uri: 'bolt://env:7687', user: 'u', password: 'p', database: 'graphs' });
        assert.equal(resolveStore({ db: 'neo4j+s://aura.example:7687', env }).uri, 'neo4j+s://aura.example:7687');
        assert.equal(resolveStore({ db: 'neo4j://h', neo4jDatabase: 'other', env }).database, 'other');
        assert.equal(resolveStore({ db: 'neo4j://h', env: { NEO4J_USER: 'a', NEO4J_USERNAME: 'b' } }).user, 'a');
    });
    test('a raw @ / ? # in the URL credentials is refused without printing them; encoded ones pass', () => {
        for (const db of ['bolt://u:p@ss@host:7687', 'bolt://u:pa/ss@host', 'neo4j://u:a#b@host', 'bolt://u:a?b@host']) {
            assert.throws(() => resolveStore({ db, env: {} }), (e) => e instanceof UsageError && !/ss|a#b|a\?b/.test(e.message) && /NEO4J_PASSWORD/.test(e.fix ?? ''), db);
        }
        assert.equal(resolveStore({ db: 'bolt://u:p%40ss%2F%23@host:7687', env: {} }).uri, 'bolt://u:p%40ss%2F%23@host:7687');
        assert.equal(resolveStore({ db: 'bolt://u:pa:ss@host', env: {} }).uri, 'bolt://u:pa:ss@host');
    });
    test('other schemes are usage errors naming the accepted ones', () => {
        assert.throws(() => resolveStore({ db: 'postgres://x', env: {} }), (e) => e instanceof UsageError && /bolt:\/\//.test(e.fix ?? ''));
    });
});
//# sourceMappingURL=resolve-store.test.js.map