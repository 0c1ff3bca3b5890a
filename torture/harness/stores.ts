import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wipeNeo4j } from '../../test/helpers/stores.js';
import type { GraphStore, StoreKind } from '../../src/store/graph-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/**
 * The password every Neo4j trial connects with (the test server has auth off and accepts any):
 * each spelling a URL can garble — `@ / : % #`, a space, unicode. The secrets check looks for it in
 * every output of every trial.
 */
export const SUITE_PASSWORD = 'tS@rt/ure:9%#pw ünï';
export const SUITE_USER = 'torturer';

/** One trial's store: empty when made. */
export interface TrialStore {
  readonly kind: StoreKind;
  /** --db as the CLI takes it (Neo4j: the URL without the password, which goes in `env`). */
  readonly dbArg: string;
  /** The same store named with the password inside the URL (percent-encoded), the other way users pass it. */
  readonly dbArgWithPassword: string;
  /** Environment the CLI needs for this store (NEO4J_USER / NEO4J_PASSWORD). */
  readonly env: NodeJS.ProcessEnv;
  /** SQLite: the database file. */
  readonly path?: string;
  /** A new connection (the caller closes it). */
  open(): Promise<GraphStore>;
  dispose(): Promise<void>;
}

export interface StoreFactory {
  readonly kind: StoreKind;
  /** An empty store for one trial (Neo4j: the one server, wiped). */
  fresh(): Promise<TrialStore>;
}

export function sqliteFactory(): StoreFactory {
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
export function neo4jFactory(uri: string): StoreFactory {
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
        dispose: async () => {},
      };
    },
  };
}

/** Runs `work` over a new connection and closes it. */
export async function withStore<T>(trial: TrialStore, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await trial.open();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
