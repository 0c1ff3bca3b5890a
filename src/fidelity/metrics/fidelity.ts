import { Rng } from '../../domain/rng.js';
import type { CompactGraph } from '../compact-graph.js';
import { localClustering } from './clustering.js';
import { componentSizes } from './components.js';
import { degreeArrays } from './degrees.js';
import { effectiveDiameter } from './hop-plot.js';
import { ksStatistic, totalVariation } from './ks.js';
import { securityPathCoverage } from './security-coverage.js';
import { motifCoverage, motifsOf, type MotifCoverage, type Motifs } from './motifs.js';

/** What is measured of one graph: the per-node (and per-component) values whose distributions are compared, and its typed motifs. */
export interface Distributions {
  readonly degree: Uint32Array;
  readonly inDegree: Uint32Array;
  readonly outDegree: Uint32Array;
  readonly clustering: Float64Array;
  readonly componentSize: Uint32Array;
  readonly motifs: Motifs;
}

export const METRICS = ['degree', 'inDegree', 'outDegree', 'clustering', 'componentSize'] as const;
export type Metric = (typeof METRICS)[number];

export interface GraphSummary {
  readonly nodes: number;
  readonly relationships: number;
  readonly components: number;
  /** Share of the nodes in the largest weakly connected component. */
  readonly largestComponentFraction: number;
  /** 90th-percentile hop distance between connected pairs (see hop-plot.ts). */
  readonly effectiveDiameter: number;
}

export interface FidelityReport {
  readonly tenant: GraphSummary;
  readonly sample: GraphSummary;
  /** Kolmogorov–Smirnov D of sample vs tenant, per distribution: 0 is identical, 1 disjoint. */
  readonly ks: Readonly<Record<Metric, number>>;
  /** Total-variation distance of the resource-type proportions: 0 is the same mix. */
  readonly typeTvd: number;
  readonly resourceTypes: { readonly tenant: number; readonly sample: number; readonly missing: readonly string[] };
  /** Relationship types present among the sample's resources, of those among the tenant's. */
  readonly relationshipTypes: { readonly tenant: number; readonly sample: number; readonly coverage: number; readonly missing: readonly string[] };
  /** The tenant's typed motifs present in the sample (see motifs.ts): (type, rel, type) triples and directed typed 2-paths. */
  readonly motifs: { readonly triples: MotifCoverage; readonly paths: MotifCoverage };
  /** The catalog's security path kinds (atg-catalog/security-paths.ts) the tenant has, and which the sample keeps. */
  readonly securityPaths: MotifCoverage;
}

export function distributions(graph: CompactGraph): Distributions {
  const d = degreeArrays(graph);
  return {
    degree: d.total,
    inDegree: d.in,
    outDegree: d.out,
    clustering: localClustering(graph),
    componentSize: componentSizes(graph),
    motifs: motifsOf(graph),
  };
}

/**
 * How faithful the sample's induced subgraph is to the tenant's graph (Leskovec & Faloutsos 2006:
 * KS D over degree, clustering and component-size distributions) plus type proportions and
 * coverage. Pass precomputed distributions to compare several samples against one tenant.
 */
export function measureFidelity(
  tenant: CompactGraph,
  sample: CompactGraph,
  seed: number,
  tenantDistributions = distributions(tenant),
  sampleDistributions = distributions(sample),
): FidelityReport {
  const ks = Object.fromEntries(METRICS.map((m) => [m, round(ksStatistic(tenantDistributions[m], sampleDistributions[m]))])) as Record<Metric, number>;
  const tenantTypes = typeCounts(tenant);
  const sampleTypes = typeCounts(sample);
  const tenantRels = new Set(relTypesPresent(tenant));
  const sampleRels = new Set(relTypesPresent(sample));
  return {
    tenant: summary(tenant, tenantDistributions, seed),
    sample: summary(sample, sampleDistributions, seed),
    ks,
    typeTvd: round(totalVariation(tenantTypes, sampleTypes)),
    resourceTypes: { tenant: tenantTypes.size, sample: sampleTypes.size, missing: [...tenantTypes.keys()].filter((t) => !sampleTypes.has(t)).sort() },
    relationshipTypes: {
      tenant: tenantRels.size,
      sample: sampleRels.size,
      coverage: tenantRels.size === 0 ? 1 : round(sampleRels.size / tenantRels.size),
      missing: [...tenantRels].filter((t) => !sampleRels.has(t)).sort(),
    },
    motifs: {
      triples: motifCoverage(tenantDistributions.motifs.triples, sampleDistributions.motifs.triples),
      paths: motifCoverage(tenantDistributions.motifs.paths, sampleDistributions.motifs.paths),
    },
    securityPaths: securityPathCoverage(tenant, sample),
  };
}

function summary(graph: CompactGraph, d: Distributions, seed: number): GraphSummary {
  return {
    nodes: graph.nodeCount,
    relationships: graph.edgeCount,
    components: d.componentSize.length,
    largestComponentFraction: graph.nodeCount === 0 ? 0 : round((d.componentSize[0] ?? 0) / graph.nodeCount),
    effectiveDiameter: round(effectiveDiameter(graph, new Rng(seed))),
  };
}

export function typeCounts(graph: CompactGraph): Map<string, number> {
  const counts = new Map<string, number>();
  for (let v = 0; v < graph.nodeCount; v++) {
    const t = graph.types[graph.typeOf[v]!]!;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

function relTypesPresent(graph: CompactGraph): string[] {
  const seen = new Uint8Array(graph.relTypes.length);
  for (const r of graph.outRelTypes) seen[r] = 1;
  return graph.relTypes.filter((_, i) => seen[i]);
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
