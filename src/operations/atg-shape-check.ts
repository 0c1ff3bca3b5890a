import { ABSTRACTED_LAYER_SHAPES, isResourceLayerType, shapeKey } from '../domain/atg-catalog/written-as.js';
import { walkTenant } from '../slice/tenant-slice.js';
import type { TenantGraphReads } from '../store/graph-store.js';
import { readTenantStats, type StatsCounts } from './tenant-stats.js';
import type { ValidationCheck } from './validation-checks.js';

/** How many kinds of stray relationship or type a failed check names (the count says how many more). */
const NAMED = 8;

/**
 * `atg-shape`: the tenant's abstracted layer is written as ATG's scan writes it (the ATG catalog's
 * `written-as`): every relationship joins kinds of node the catalog says it joins, and no resource
 * is of a type ATG keeps off the resource layer (a diagnostic setting, a role assignment, a child
 * folded into its parent). A tenant imported by an older version, or written by hand, is named
 * with what differs. Reads the tenant's relationships once, a page at a time.
 */
export async function atgShapeCheck(store: TenantGraphReads & StatsCounts, tenantId: string): Promise<ValidationCheck> {
  const counts = new Map<string, number>();
  // Keys and labels only, the relationships leaving the tenant's own nodes (what its writer wrote), and
  // no read of the shared nodes they reach: a relationship names its ends' labels already.
  for await (const page of walkTenant(store, tenantId, { withProperties: false, inbound: false, context: false })) {
    for (const r of page.relationships) {
      const key = shapeKey(r.src.label, r.type, r.dst.label);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const stray = [...counts].filter(([key]) => !ABSTRACTED_LAYER_SHAPES.has(key)).sort(([a], [b]) => (a < b ? -1 : 1));
  // Resource types only: the relationships were counted above, from the walk.
  const stats = await readTenantStats(store, { tenantId, includeNullTenant: false }, { relationships: false });
  const types = stats.resourcesByLayer.abstracted;
  const offLayer = types.filter((t) => !isResourceLayerType(t.key));
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  if (stray.length === 0 && offLayer.length === 0)
    return {
      name: 'atg-shape',
      passed: true,
      detail: `${total} relationships of ${counts.size} kinds and ${types.length} resource types, each written as ATG's scan writes it`,
    };
  const named = <T>(xs: readonly T[], show: (x: T) => string) =>
    xs.slice(0, NAMED).map(show).join(', ') + (xs.length > NAMED ? ` and ${xs.length - NAMED} more` : '');
  const problems = [
    ...(stray.length ? [`relationships ATG does not write: ${named(stray, ([k, n]) => `${k} ×${n}`)}`] : []),
    ...(offLayer.length ? [`resources of types ATG keeps off the resource layer: ${named(offLayer, (t) => `${t.key} ×${t.count}`)}`] : []),
  ];
  return {
    name: 'atg-shape',
    passed: false,
    detail: `${problems.join('; ')} (see docs/atg-shape.md); a tenant imported by an older version: import its file again into a new tenant`,
  };
}
