import { createHash } from 'node:crypto';
import { canonicalHash } from '../../test/helpers/canonical-hash.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/** What a trial compares before and after: the whole store, the Original layer, and who owns what. */
export interface StoreState {
  /** Every node and relationship (operation records left out). */
  readonly whole: string;
  /** `:Original` nodes and `SCAN_SOURCE_NODE` relationships only. */
  readonly original: string;
  /** Operations recorded as running (a crash leaves them; recovery must resolve them). */
  readonly running: readonly string[];
  /** Operation ids on nodes with no completed record (data nobody owns). */
  readonly unowned: readonly string[];
}

export async function storeState(store: GraphStore): Promise<StoreState> {
  const operations = await store.listOperations();
  const completed = new Set(operations.filter((o) => o.status === 'completed').map((o) => o.id));
  const onNodes = await operationIdsOnNodes(store);
  return {
    whole: await canonicalHash(store),
    original: await originalLayerHash(store),
    running: operations.filter((o) => o.status === 'running').map((o) => o.id),
    unowned: onNodes.filter((id) => !completed.has(id)),
  };
}

/** Differences that matter, as failure lines (empty: the states agree). */
export function compareStates(expected: StoreState, actual: StoreState, what: string): string[] {
  const problems: string[] = [];
  if (actual.whole !== expected.whole) problems.push(`store is not ${what}`);
  if (actual.original !== expected.original) problems.push(`Original layer changed (expected ${what})`);
  problems.push(...leftovers(actual));
  return problems;
}

/** Records left running and data no completed record owns. */
export function leftovers(state: StoreState): string[] {
  const problems: string[] = [];
  if (state.running.length > 0) problems.push(`operations left running: ${state.running.join(', ')}`);
  if (state.unowned.length > 0) problems.push(`nodes owned by no completed operation: ${state.unowned.join(', ')}`);
  return problems;
}

/** Distinct operation ids carried by nodes (synthetic copies, generated and imported tenants). */
async function operationIdsOnNodes(store: GraphStore): Promise<string[]> {
  if (store instanceof SqliteStore) {
    return (store.database.prepare('SELECT DISTINCT scale_operation_id AS id FROM nodes WHERE scale_operation_id IS NOT NULL').all() as { id: string }[]).map(
      (r) => r.id,
    );
  }
  const result = await (store as Neo4jStore).read(
    'MATCH (n) WHERE n.scale_operation_id IS NOT NULL AND NOT n:ScaleOperation RETURN DISTINCT n.scale_operation_id AS id',
  );
  return result.records.map((r) => String(r.get('id')));
}

/** A digest of the Original layer: every :Original node's properties and every SCAN_SOURCE_NODE relationship. */
export async function originalLayerHash(store: GraphStore): Promise<string> {
  const lines: string[] = [];
  if (store instanceof SqliteStore) {
    const db = store.database;
    for (const r of db.prepare(`SELECT id, props, properties, tags FROM nodes WHERE labels LIKE '%:Original:%'`).iterate() as Iterable<Record<string, unknown>>)
      lines.push(`N ${JSON.stringify(r)}`);
    for (const r of db
      .prepare(`SELECT s.id AS src, d.id AS dst FROM rels r JOIN nodes s ON s.nid = r.src JOIN nodes d ON d.nid = r.dst WHERE r.type = 'SCAN_SOURCE_NODE'`)
      .iterate() as Iterable<{ src: string; dst: string }>)
      lines.push(`R ${r.src} ${r.dst}`);
  } else {
    const s = store as Neo4jStore;
    await s.stream('MATCH (n:Original) RETURN n.id AS id, properties(n) AS p', {}, (r) => {
      const p = r.get('p') as Record<string, unknown>;
      lines.push(
        `N ${r.get('id')} ${JSON.stringify(
          Object.keys(p)
            .sort()
            .map((k) => [k, p[k]]),
        )}`,
      );
    });
    await s.stream('MATCH (a)-[:SCAN_SOURCE_NODE]->(b) RETURN a.id AS src, b.id AS dst', {}, (r) => lines.push(`R ${r.get('src')} ${r.get('dst')}`));
  }
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
