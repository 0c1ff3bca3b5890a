import { UsageError } from '../../domain/errors.js';
import type { StoreAdapter } from '../store-adapter.js';

export interface ResolvedNeo4j {
  readonly kind: 'neo4j';
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** A Neo4j server, by its bolt:// or neo4j:// URL; credentials and database from the environment unless the URL or --neo4j-database say them. */
export const NEO4J_ADAPTER: StoreAdapter<ResolvedNeo4j> = {
  kind: 'neo4j',
  forms: NEO4J_SCHEMES.map((s) => `${s}://`),
  resolve(db, scheme, location) {
    if (scheme === undefined || !NEO4J_SCHEMES.includes(scheme)) return undefined;
    // A raw @ / ? # in the userinfo makes the driver read another host (bolt://u:p@ss@h connects to "ss"): refuse it, naming no part of it.
    const afterScheme = db.slice(db.indexOf('://') + 3);
    const at = afterScheme.lastIndexOf('@');
    if (at >= 0 && /[@/?#]/.test(afterScheme.slice(0, at))) {
      throw new UsageError(
        `the credentials in {{option:store|db}} / NEO4J_URI hold a character that must be percent-encoded (@ / ? #)`,
        'percent-encode the password in the URL, or leave it out and set NEO4J_PASSWORD',
      );
    }
    const env = location.env ?? process.env;
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
  },
  async open(resolved, location) {
    // Loaded on first use: the driver adds ~0.15 s to the start of every command, and SQLite needs none of it.
    const { Neo4jStore } = await import('./neo4j-store.js');
    return Neo4jStore.connect({
      ...resolved,
      ...(location.queryTimeoutSeconds !== undefined ? { queryTimeoutSeconds: location.queryTimeoutSeconds } : {}),
      ...(location.retryAttempts !== undefined ? { retryAttempts: location.retryAttempts } : {}),
    });
  },
};
