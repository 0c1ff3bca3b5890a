import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wipeNeo4j } from '../../test/helpers/stores.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
/**
 * The password every Neo4j trial connects with (the test server has auth off and accepts any):
 * each spelling a URL can garble — `@ / : % #`, a space, unicode. The secrets check looks for it in
 * every output of every trial.
 */
export const SUITE_PASSWORD = 'tS@rt/ure:9%#pw ünï';
export const SUITE_USER = 'torturer';
export function sqliteFactory() {
    return {
        kind: 'sqlite',
        async fresh() {
            const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-torture-'));
            const path = join(dir, 'graph.db');
            return {
                kind: 'sqlite',
                dbArg: `sqlite:${path}`,
                dbArgWithPassword: `sqlite:${path}`,
                env: {},
                path,
                open: async () => new SqliteStore(path),
                dispose: async () => rmSync(dir, { recursive: true, force: true }),
            };
        },
    };
}
/** The test server at `uri` (bolt://127.0.0.1:PORT), wiped before every trial. */
export function neo4jFactory(uri) {
    const url = new URL(uri);
    const withPassword = `${url.protocol}//${encodeURIComponent(SUITE_USER)}:${encodeURIComponent(SUITE_PASSWORD)}@${url.host}`;
    return {
        kind: 'neo4j',
        async fresh() {
            await wipeNeo4j(uri);
            return {
                kind: 'neo4j',
                dbArg: uri,
                dbArgWithPassword: withPassword,
                env: { NEO4J_USER: SUITE_USER, NEO4J_PASSWORD: SUITE_PASSWORD },
                open: () => Neo4jStore.connect({ uri, user: SUITE_USER, password: SUITE_PASSWORD }),
                dispose: async () => { },
            };
        },
    };
}
/** Runs `work` over a new connection and closes it. */
export async function withStore(trial, work) {
    const store = await trial.open();
    try {
        return await work(store);
    }
    finally {
        await store.close();
    }
}
//# sourceMappingURL=stores.js.map