import { refLabel, refOf, type GraphSlice, type SliceRelationship } from '../domain/graph-slice.js';
import type { TenantGraphReads } from '../store/graph-store.js';

const PAGE = 5_000;
import { isTenantOwned, keysByLabel } from './slice-chunks.js';
import type { ValidationCheck } from '../domain/validation-check.js';

const countBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
};

const differences = (a: Map<string, number>, b: Map<string, number>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((k) => (a.get(k) ?? 0) !== (b.get(k) ?? 0)).map((k) => `${k}: ${b.get(k) ?? 0} instead of ${a.get(k) ?? 0}`);

/**
 * Reads back what a copy wrote, cheaply: how many of its owned nodes exist, by key label (keys
 * only, no properties), and every relationship leaving them (or entering them from elsewhere).
 */
export async function readBackCopy(
  store: TenantGraphReads,
  tenantId: string,
  expected: GraphSlice,
): Promise<{ present: Map<string, number>; relationships: SliceRelationship[] }> {
  const byLabel = keysByLabel(expected.nodes, isTenantOwned);
  const owned = new Set([...byLabel].flatMap(([label, keys]) => keys.map((key) => `${label}\u0000${key}`)));
  // Relationships entering the tenant from a node it does not own (rare: most start at a tenant's node) are read too when there are any.
  const inbound = expected.relationships.some((r) => !owned.has(`${r.src.label}\u0000${r.src.key}`));
  const present = new Map<string, number>();
  const relationships: SliceRelationship[] = [];
  for (const [label, keys] of byLabel) {
    for (let i = 0; i < keys.length; i += PAGE) {
      const page = keys.slice(i, i + PAGE);
      present.set(label, (present.get(label) ?? 0) + (await store.readTenantNodeKeys(tenantId, label, page)).length);
      for (const r of await store.readNodeRelationships(label, page, 'out'))
        relationships.push({ type: r.type, src: { label, key: r.key }, dst: { label: refLabel(r.other.labels), key: r.other.key } });
      if (!inbound) continue;
      for (const r of await store.readNodeRelationships(label, page, 'in')) {
        const src = { label: refLabel(r.other.labels), key: r.other.key };
        if (!owned.has(`${src.label}\u0000${src.key}`)) relationships.push({ type: r.type, src, dst: { label, key: r.key } });
      }
    }
  }
  return { present, relationships };
}

/**
 * What a copy must have written, against what it reads back: every node the tenant owns present
 * (by key label), relationships by type, and each copied node's typed in- and out-degree within the
 * slice. (Properties are the writer's, which the store contract tests prove on both stores.)
 */
export function checkCopy(expected: GraphSlice, actual: { present: Map<string, number>; relationships: readonly SliceRelationship[] }): ValidationCheck[] {
  const wanted = countBy(expected.nodes.filter(isTenantOwned), (n) => refOf(n).label);
  const missing = [...wanted]
    .filter(([label, n]) => (actual.present.get(label) ?? 0) !== n)
    .map(([label, n]) => `${label}: ${actual.present.get(label) ?? 0} of ${n}`);
  const types = differences(
    countBy(expected.relationships, (r) => r.type),
    countBy(actual.relationships, (r) => r.type),
  );
  const degrees = differences(degreeCounts(expected.relationships), degreeCounts(actual.relationships));
  const detail = (diffs: string[], what: string) => (diffs.length ? `${diffs.length} ${what} differ, e.g. ${diffs.slice(0, 3).join('; ')}` : 'all equal');
  const owned = [...wanted.values()].reduce((s, n) => s + n, 0);
  return [
    {
      name: 'nodes-present',
      passed: missing.length === 0,
      detail: missing.length ? `missing: ${missing.join('; ')}` : `all ${owned} nodes of the new tenant are there`,
    },
    {
      name: 'relationship-counts',
      passed: types.length === 0,
      detail: `${actual.relationships.length} relationships vs ${expected.relationships.length} in the sample: ${detail(types, 'types')}`,
    },
    {
      name: 'typed-degree',
      passed: degrees.length === 0,
      detail: `typed in- and out-degree of every copied node within the sample: ${detail(degrees, 'degrees')}`,
    },
  ];
}

/** `key -TYPE->` and `key <-TYPE-` counts; numbered keys, not strings per relationship end, would be faster but these are 10^5 at most. */
function degreeCounts(relationships: readonly SliceRelationship[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of relationships) {
    const out = `${r.src.key}\u0000>${r.type}`;
    const into = `${r.dst.key}\u0000<${r.type}`;
    m.set(out, (m.get(out) ?? 0) + 1);
    m.set(into, (m.get(into) ?? 0) + 1);
  }
  return m;
}
