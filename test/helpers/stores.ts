import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { GraphStore, StoreKind } from '../../src/store/graph-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
// Every test file that opens a store checks the Cypher it made the adapter send (see cypher-recorder.ts).
import './cypher-recorder.js';
// Every operation kind registered, as src/index.ts does for the library's users (cleanup and validation look kinds up).
import '../../src/operation-kinds.js';

/**
 * The stores every contract test runs against. TENANT_SCALE_TEST_STORES=sqlite|neo4j narrows the
 * list (Kysely's habit); otherwise both run and a missing TENANT_SCALE_TEST_NEO4J_URI is a failure, not a skip.
 */
export function storeKinds(): StoreKind[] {
  const only = process.env.TENANT_SCALE_TEST_STORES;
  if (only === 'sqlite' || only === 'neo4j') return [only];
  return ['sqlite', 'neo4j'];
}

/**
 * The Neo4j this test file may wipe: TENANT_SCALE_TEST_NEO4J_URI, a server you name for tests only
 * (one file at a time), or one of TENANT_SCALE_TEST_NEO4J_URIS, the servers `npm test` started, one
 * per lane: the file claims a free one (a lock file in TENANT_SCALE_TEST_NEO4J_LOCKS) for as long
 * as it runs, so two files running at once never share a database. Never NEO4J_URI: that names a
 * user's real database.
 */
export function neo4jUri(): string {
  claimed ??= claimServer();
  return claimed;
}

let claimed: string | undefined;

function claimServer(): string {
  const uris = process.env.TENANT_SCALE_TEST_NEO4J_URIS?.split(',').filter(Boolean) ?? [];
  const locks = process.env.TENANT_SCALE_TEST_NEO4J_LOCKS;
  if (uris.length === 0 || !locks) {
    const uri = process.env.TENANT_SCALE_TEST_NEO4J_URI;
    if (!uri) throw new Error('TENANT_SCALE_TEST_NEO4J_URI is not set: run the tests with `npm test`, which starts a local Neo4j');
    return uri;
  }
  // As many servers as files run at once: one is free, or about to be (a file that ended releases its lock on exit).
  for (let attempt = 0; attempt < 6000; attempt++) {
    for (const uri of uris) {
      const lock = join(locks, `${new URL(uri).port}.lock`);
      try {
        writeFileSync(lock, String(process.pid), { flag: 'wx' });
        process.once('exit', () => rmSync(lock, { force: true }));
        return uri;
      } catch {
        // Held: by a live file, or left by one that was killed (then free it).
        const holder = Number(readFileSync(lock, 'utf8') || 0);
        if (holder > 0 && !alive(holder)) rmSync(lock, { force: true });
      }
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  throw new Error(`no free test Neo4j among ${uris.join(', ')} after 5 minutes`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The version the test server must report: its line's (NEO4J_LINE, set by `npm test` for the server it starts), else any. */
export function expectedNeo4jVersion(): RegExp {
  if (process.env.NEO4J_LINE === '2025') return /^Neo4j 2025\.\d+\.\d+/;
  if (process.env.NEO4J_LINE === '5.26') return /^Neo4j 5\.26\.\d+/;
  return /^Neo4j \d+\.\d+\.\d+/;
}

/**
 * Neo4j Community has one database: tests and benchmarks share it, so each starts from an empty
 * graph. Deleted in bounded client-side batches, relationships first: after a 10^6-copy benchmark a
 * single DETACH DELETE (even IN TRANSACTIONS) exceeds the server's transaction memory.
 */
export async function wipeNeo4j(uri = neo4jUri()): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    for (const query of ['MATCH ()-[r]->() WITH r LIMIT 100000 DELETE r', 'MATCH (n) WITH n LIMIT 100000 DETACH DELETE n']) {
      for (;;) {
        const result = await driver.executeQuery(query);
        const c = result.summary.counters.updates();
        if (c.relationshipsDeleted + c.nodesDeleted === 0) break;
      }
    }
  } finally {
    await driver.close();
  }
}

export interface OpenedStore {
  readonly store: GraphStore;
  /** The same database through a fresh connection (another process would see this). */
  reopen(): Promise<GraphStore>;
  /** A --db value for the CLI. */
  readonly dbArg: string;
  dispose(): Promise<void>;
}

/** An empty store of the given kind. */
export async function freshStore(kind: StoreKind, options: { uri?: string } = {}): Promise<OpenedStore> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-test-'));
    const path = join(dir, 'graph.db');
    const store = new SqliteStore(path);
    const opened: GraphStore[] = [store];
    return {
      store,
      dbArg: `sqlite:${path}`,
      reopen: async () => {
        const again = new SqliteStore(path);
        opened.push(again);
        return again;
      },
      dispose: async () => {
        for (const s of opened) await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const uri = options.uri ?? neo4jUri();
  await wipeNeo4j(neo4jUri());
  const store = await Neo4jStore.connect({ uri });
  const opened: GraphStore[] = [store];
  return {
    store,
    dbArg: uri,
    reopen: async () => {
      const again = await Neo4jStore.connect({ uri });
      opened.push(again);
      return again;
    },
    dispose: async () => {
      for (const s of opened) await s.close();
    },
  };
}

/** A digest of every node with a label, with its properties and its relationships, for "unchanged" checks. */
export async function digestNodes(store: GraphStore, label: string, tenantId?: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  if (store instanceof SqliteStore) {
    const rows = store.database
      .prepare(
        `SELECT n.id, n.labels, n.props, n.properties, n.tags, n.tenant_id,
                (SELECT group_concat(type || '>' || dst, ',') FROM (SELECT r.type, d.id AS dst FROM rels r JOIN nodes d ON d.nid = r.dst WHERE r.src = n.nid ORDER BY 1, 2)) AS outs,
                (SELECT group_concat(type || '<' || src, ',') FROM (SELECT r.type, s.id AS src FROM rels r JOIN nodes s ON s.nid = r.src WHERE r.dst = n.nid ORDER BY 1, 2)) AS ins
         FROM nodes n WHERE n.labels LIKE ? ${tenantId ? 'AND n.tenant_id = ?' : ''} ORDER BY n.id`,
      )
      .all(`%:${label}:%`, ...(tenantId ? [tenantId] : []));
    hash.update(JSON.stringify(rows));
  } else {
    const s = store as Neo4jStore;
    const result = await s.read(
      `MATCH (n:\`${label}\`) ${tenantId ? 'WHERE n.tenant_id = $tenantId' : ''}
       RETURN n.id AS id, properties(n) AS p,
              COLLECT { MATCH (n)-[r]->(d) RETURN type(r) + '>' + coalesce(d.id, d.code) AS e ORDER BY e } AS outs,
              COLLECT { MATCH (n)<-[r]-(x) RETURN type(r) + '<' + coalesce(x.id, x.code) AS e ORDER BY e } AS ins
       ORDER BY id`,
      { tenantId: tenantId ?? null },
    );
    hash.update(JSON.stringify(result.records.map((r) => [r.get('id'), Object.entries(r.get('p') as object).sort(), r.get('outs'), r.get('ins')])));
  }
  return hash.digest('hex');
}

/** Test-only: drops an operation's record (kept as history by cleanup) so its id can be written again. */
export async function forgetOperationRecord(store: GraphStore, operationId: string): Promise<void> {
  if (store instanceof SqliteStore) store.database.prepare('DELETE FROM operations WHERE id = ?').run(operationId);
  else await (store as Neo4jStore).write('MATCH (o:ScaleOperation {id: $id}) DELETE o', { id: operationId });
}

/** Test-only: deletes the relationships of one type between two nodes (to prove validation notices). */
export async function deleteRelationships(store: GraphStore, src: string, type: string, dst: string): Promise<void> {
  if (store instanceof SqliteStore) {
    store.database
      .prepare('DELETE FROM rels WHERE type = ? AND src = (SELECT nid FROM nodes WHERE id = ?) AND dst = (SELECT nid FROM nodes WHERE id = ?)')
      .run(type, src, dst);
  } else {
    await (store as Neo4jStore).write(`MATCH (a {id: $src})-[r:\`${type}\`]->(b {id: $dst}) DELETE r`, { src, dst });
  }
}

/** An empty store of the given kind holding generated tenants (each `resources` with its seed), the set-up most contract tests share. */
export async function storeWithTenants(kind: StoreKind, tenants: readonly { tenantId: string; resources: number; seed: number }[]): Promise<OpenedStore> {
  const opened = await freshStore(kind);
  for (const t of tenants) await loadGeneratedTenant(opened.store, { ...t, batchSize: 5000, concurrency: 2 });
  return opened;
}
