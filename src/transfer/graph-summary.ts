import { MultisetFingerprint } from '../domain/multiset-fingerprint.js';
import { refOf, type SliceRelationship } from '../domain/graph-slice.js';
import type { ValidationCheck } from '../operations/validate-operation.js';
import type { StoredNode } from '../store/graph-store.js';

/**
 * What a tenant copy is checked by, gathered a page at a time on both sides (the source as it is
 * written, the target as it is read back): the tenant's own nodes by key label, relationships by
 * type, and a fingerprint of the relationship multiset (type and both ends), which tells two
 * multisets apart whatever the order they were read in.
 */
export class GraphSummary {
  readonly ownedByLabel = new Map<string, number>();
  readonly relationshipsByType = new Map<string, number>();
  readonly fingerprint = new MultisetFingerprint();

  constructor(private readonly tenantId: string) {}

  addNodes(nodes: readonly StoredNode[]): void {
    for (const n of nodes) {
      if (n.properties.tenant_id !== this.tenantId) continue;
      const label = refOf(n).label;
      this.ownedByLabel.set(label, (this.ownedByLabel.get(label) ?? 0) + 1);
    }
  }

  /** Owned nodes counted elsewhere (a store's scan), by key label. */
  addOwned(label: string, count: number): void {
    this.ownedByLabel.set(label, (this.ownedByLabel.get(label) ?? 0) + count);
  }

  addRelationships(relationships: readonly SliceRelationship[]): void {
    for (const r of relationships) {
      this.relationshipsByType.set(r.type, (this.relationshipsByType.get(r.type) ?? 0) + 1);
      this.fingerprint.add(`${r.type}\u0000${r.src.label}\u0000${r.src.key}\u0000${r.dst.label}\u0000${r.dst.key}`);
    }
  }
}

const differences = (a: Map<string, number>, b: Map<string, number>) =>
  [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .filter((k) => (a.get(k) ?? 0) !== (b.get(k) ?? 0))
    .map((k) => `${k}: ${b.get(k) ?? 0} instead of ${a.get(k) ?? 0}`);

/** The checks of a copy: every node of the tenant present (by key label), relationships by type, and the very same relationships. */
export function compareSummaries(expected: GraphSummary, actual: GraphSummary): ValidationCheck[] {
  const nodes = differences(expected.ownedByLabel, actual.ownedByLabel);
  const types = differences(expected.relationshipsByType, actual.relationshipsByType);
  const owned = [...expected.ownedByLabel.values()].reduce((s, n) => s + n, 0);
  const same = expected.fingerprint.equals(actual.fingerprint);
  return [
    {
      name: 'nodes-present',
      passed: nodes.length === 0,
      detail: nodes.length ? `by label: ${nodes.join('; ')}` : `all ${owned} nodes of the tenant are there`,
    },
    {
      name: 'relationship-counts',
      passed: types.length === 0,
      detail: `${actual.fingerprint.count} relationships vs ${expected.fingerprint.count} to write${types.length ? `: ${types.slice(0, 5).join('; ')}` : ', every type equal'}`,
    },
    {
      name: 'relationships-exact',
      passed: same,
      detail: same
        ? 'the same relationships (type and both ends) as the source'
        : `the relationships differ from the source's (fingerprint ${actual.fingerprint} instead of ${expected.fingerprint})`,
    },
  ];
}
