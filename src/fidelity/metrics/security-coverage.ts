import { SECURITY_PATHS } from '../../domain/atg-catalog/security-paths.js';
import type { CompactGraph } from '../compact-graph.js';
import { compilePath, hasInstance, lacksControl } from '../security-path-search.js';
import { motifCoverage, type MotifCoverage } from './motifs.js';

/**
 * The catalog's security path kinds (atg-catalog/security-paths.ts) the tenant has, and which of
 * them the sample has too. A missing control is judged on `lackingIn` (the tenant by default): a
 * sampled subnet whose NSG was left out of the sample does not count as a subnet without one. (A
 * grown tenant's new subnets are judged on the grown tenant.)
 */
export function securityPathCoverage(tenant: CompactGraph, sample: CompactGraph, lackingIn: CompactGraph = tenant): MotifCoverage {
  const inTenant = new Set<string>();
  const inSample = new Set<string>();
  for (const path of SECURITY_PATHS) {
    const t = compilePath(tenant, path);
    if (!t) continue;
    if (!hasInstance(tenant, t)) continue;
    inTenant.add(path.name);
    const s = compilePath(sample, path);
    if (!s) continue;
    // By id, so the sample's nodes are judged by the relationships they have where the control is judged.
    const judge = compilePath(lackingIn, path);
    const lackingIds = new Set<string>();
    if (judge?.lacking)
      for (let v = 0; v < lackingIn.nodeCount; v++)
        if (judge.start[lackingIn.typeOf[v]!] && lacksControl(lackingIn, judge, v)) lackingIds.add(lackingIn.ids[v]!);
    if (hasInstance(sample, s, s.lacking ? (v) => lackingIds.has(sample.ids[v]!) : () => true)) inSample.add(path.name);
  }
  return motifCoverage(inTenant, inSample);
}
