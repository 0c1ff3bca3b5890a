import type { MarkerGroup, OperationInspection, OperationReads } from '../store/graph-store.js';
import { summedByKey } from './tenant-stats.js';

/**
 * What validation reads about an operation's nodes, from the store's groups of them: counts by type,
 * marker groups, Original contamination, relationships out — and degree parity, asked only when the
 * operation has template copies (scenario and random operations have none).
 */
export async function inspectOperation(
  store: Pick<OperationReads, 'countOperationNodeGroups' | 'countDegreeMismatches'>,
  operationId: string,
): Promise<OperationInspection> {
  const groups = await store.countOperationNodeGroups(operationId);
  const markers = new Map<string, MarkerGroup>();
  for (const g of groups) {
    const key = JSON.stringify(g.marker);
    markers.set(key, { ...g.marker, count: (markers.get(key)?.count ?? 0) + g.count });
  }
  const copies = groups.some((g) => g.marker.templateSource && g.count > 0);
  const mismatches = copies ? await store.countDegreeMismatches(operationId) : { out: 0, in: 0 };
  return {
    nodes: groups.reduce((s, g) => s + g.count, 0),
    byType: summedByKey(groups.map((g) => ({ key: g.type, count: g.count }))),
    originalContamination: groups.reduce((s, g) => s + g.original, 0),
    markers: [...markers.values()],
    parityMismatches: mismatches.out,
    inDegreeMismatches: mismatches.in,
    relationships: groups.reduce((s, g) => s + g.relationships, 0),
  };
}
