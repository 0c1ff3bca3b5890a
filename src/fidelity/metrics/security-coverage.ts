import { SECURITY_PATHS } from '../../domain/atg-catalog/security-paths.js';
import type { CompactGraph } from '../compact-graph.js';
import { compilePath, hasInstance, lacksControl } from '../security-path-search.js';
import { motifCoverage, type MotifCoverage } from './motifs.js';

/**
 * The catalog's security path kinds (atg-catalog/security-paths.ts) the tenant has, and which of
 * them the sample has too. A missing control is judged on the tenant: a sampled subnet whose NSG
 * was left out of the sample does not count as a subnet without one.
 */
export function securityPathCoverage(tenant: CompactGraph, sample: CompactGraph): MotifCoverage {
  const inTenant = new Set<string>();
  const inSample = new Set<string>();
  for (const path of SECURITY_PATHS) {
    const t = compilePath(tenant, path);
    if (!t) continue;
    // By id, so the sample's nodes are judged by their tenant's relationships.
    const lackingIds = new Set<string>();
    if (t.lacking) for (let v = 0; v < tenant.nodeCount; v++) if (t.start[tenant.typeOf[v]!] && lacksControl(tenant, t, v)) lackingIds.add(tenant.ids[v]!);
    const startAllowed = (graph: CompactGraph) => (t.lacking ? (v: number) => lackingIds.has(graph.ids[v]!) : () => true);
    if (!hasInstance(tenant, t, startAllowed(tenant))) continue;
    inTenant.add(path.name);
    const s = compilePath(sample, path);
    if (s && hasInstance(sample, s, startAllowed(sample))) inSample.add(path.name);
  }
  return motifCoverage(inTenant, inSample);
}
