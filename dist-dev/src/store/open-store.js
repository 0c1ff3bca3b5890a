import { UsageError } from '../domain/errors.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
export const DEFAULT_SQLITE_PATH = './tenant-graph.db';
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
/** The one place that decides which store a command talks to. Pure: no connection is made. */
export function resolveStore(location) {
    const env = location.env ?? process.env;
    const db = location.db ?? env.NEO4J_URI;
    if (db === undefined || db === '')
        return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
    if (db.startsWith('sqlite:')) {
        const path = db.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
        if (!path) {
            // Named where the URL came from: the flag, or the variable when no flag was given.
            if (location.db === undefined)
                throw new UsageError('NEO4J_URI sqlite: needs a file path', 'set NEO4J_URI=sqlite:./tenant-graph.db');
            throw new UsageError('{{option:store|db}} sqlite: needs a file path', 'use {{option:store|db}} sqlite:./tenant-graph.db');
        }
        return { kind: 'sqlite', path };
    }
    const scheme = /^([a-z0-9+.-]+):\/\//i.exec(db)?.[1]?.toLowerCase();
    if (scheme === undefined)
        return { kind: 'sqlite', path: db };
    if (!NEO4J_SCHEMES.includes(scheme)) {
        throw new UsageError(`unsupported store URL scheme "${scheme}://"`, `use one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}, sqlite:PATH, or a file path`);
    }
    // A raw @ / ? # in the userinfo makes the driver read another host (bolt://u:p@ss@h connects to "ss"): refuse it, naming no part of it.
    const afterScheme = db.slice(db.indexOf('://') + 3);
    const at = afterScheme.lastIndexOf('@');
    if (at >= 0 && /[@/?#]/.test(afterScheme.slice(0, at))) {
        throw new UsageError(`the credentials in {{option:store|db}} / NEO4J_URI hold a character that must be percent-encoded (@ / ? #)`, 'percent-encode the password in the URL, or leave it out and set NEO4J_PASSWORD');
    }
    const user = env.NEO4J_USER ?? env.NEO4J_USERNAME;
    const password = env.NEO4J_PASSWORD;
    const database = location.neo4jDatabase ?? env.NEO4J_DATABASE;
    return {
        kind: 'neo4j',
        uri: db,
        ...(user !== undefined ? { user } : {}),
        ...(password !== undefined ? { password } : {}),
        ...(database ? { database } : {}),
    };
}
/** Opens (and for Neo4j, verifies) the resolved store; errors name the target, never a password. */
export async function openStore(location) {
    const resolved = resolveStore(location);
    if (resolved.kind === 'sqlite')
        return new SqliteStore(resolved.path, { mustExist: location.mustExist ?? false });
    // Loaded on first use: the driver adds ~0.15 s to the start of every command, and SQLite needs none of it.
    const { Neo4jStore } = await import('./neo4j/neo4j-store.js');
    return Neo4jStore.connect({
        ...resolved,
        ...(location.queryTimeoutSeconds !== undefined ? { queryTimeoutSeconds: location.queryTimeoutSeconds } : {}),
        ...(location.retryAttempts !== undefined ? { retryAttempts: location.retryAttempts } : {}),
    });
}
//# sourceMappingURL=open-store.js.map