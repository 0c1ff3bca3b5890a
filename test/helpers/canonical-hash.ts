import { createHash } from 'node:crypto';
import { refLabel } from '../../src/io/graph-slice.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/** Every node's key-label and key (operation records left out), optionally only one tenant's. */
async function nodeKeys(store: GraphStore, tenantId?: string): Promise<Map<string, string[]>> {
  let rows: { labels: string[]; key: string }[];
  if (store instanceof SqliteStore) {
    rows = (
      store.database.prepare(`SELECT labels, id AS key FROM nodes ${tenantId ? 'WHERE tenant_id = ?' : ''}`).all(...(tenantId ? [tenantId] : [])) as {
        labels: string;
        key: string;
      }[]
    ).map((r) => ({
      labels: r.labels.slice(1, -1).split(':'),
      key: r.key,
    }));
  } else {
    const result = await (store as Neo4jStore).read(
      `MATCH (n) WHERE NOT n:ScaleOperation ${tenantId ? 'AND n.tenant_id = $tenantId' : ''} RETURN labels(n) AS labels, coalesce(n.id, n.code) AS key`,
      { tenantId: tenantId ?? null },
    );
    rows = result.records.map((r) => ({ labels: r.get('labels') as string[], key: String(r.get('key')) }));
  }
  const byLabel = new Map<string, string[]>();
  for (const r of rows) {
    const label = refLabel(r.labels);
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push(r.key);
  }
  return byLabel;
}

const sortedEntries = (p: Record<string, unknown>) =>
  Object.keys(p)
    .filter((k) => p[k] !== null)
    .sort()
    .map((k) => [k, p[k]]);

/**
 * A store-independent digest of a graph: every node (sorted labels, properties with null dropped)
 * and every relationship (type and both ends' keys, as a multiset), read through the store port so
 * both adapters give the same text for the same graph. With a tenant: that tenant's nodes and every
 * relationship touching one of them.
 */
export async function canonicalHash(store: GraphStore, tenantId?: string): Promise<string> {
  const lines: string[] = [];
  for (const [label, keys] of await nodeKeys(store, tenantId)) {
    for (let i = 0; i < keys.length; i += 1000) {
      const page = keys.slice(i, i + 1000);
      for (const n of await store.readNodes(label, page)) lines.push(`N ${JSON.stringify([[...n.labels].sort(), sortedEntries(n.properties)])}`);
      for (const r of await store.readNodeRelationships(label, page, 'out'))
        lines.push(`R ${label}:${r.key} -${r.type}-> ${refLabel(r.other.labels)}:${r.other.key}`);
      if (tenantId) {
        // Relationships entering the tenant from outside it (from nodes without its tenant_id).
        for (const r of await store.readNodeRelationships(label, page, 'in'))
          lines.push(`I ${refLabel(r.other.labels)}:${r.other.key} -${r.type}-> ${label}:${r.key}`);
      }
    }
  }
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** How many nodes the store holds apart from operation records (to see that something happened at all). */
export async function nodeCount(store: GraphStore, tenantId?: string): Promise<number> {
  let n = 0;
  for (const keys of (await nodeKeys(store, tenantId)).values()) n += keys.length;
  return n;
}
