import { UsageError } from '../domain/errors.js';
import { LABEL } from '../domain/atg-schema.js';
import type { TenantGraphReads } from '../store/graph-store.js';
import type { CompactGraph } from '../fidelity/compact-graph.js';
import { PATTERN_TYPES, tagsMatch, type PatternName } from './patterns.js';

export interface PatternSpec {
  readonly pattern: PatternName;
  /** The types of `resource-type` (and a narrower set for the other patterns, if given). */
  readonly resourceTypes?: readonly string[];
  /** Every k=v must be among the seed's tags (ATG's JSON-string tags, parsed). */
  readonly tags?: ReadonlyMap<string, string>;
  /** Relationship hops the seeds are grown by (both directions). */
  readonly hops: number;
}

const PAGE = 1_000;

/** The seed resources of a pattern: node indexes of the graph, in index order. */
export async function patternSeeds(store: TenantGraphReads, graph: CompactGraph, spec: PatternSpec): Promise<number[]> {
  if (spec.pattern === 'resource-type' && !spec.resourceTypes?.length) {
    throw new UsageError('pattern resource-type needs the types to start from', 'pass {{option:resourceTypes}} Microsoft.Compute/virtualMachines,…');
  }
  if (!Number.isInteger(spec.hops) || spec.hops < 0)
    throw new UsageError(`{{option:includeNeighbors}} ${spec.hops} is out of range`, 'pass {{option:includeNeighbors}} as a whole number ≥ 0');
  const wanted = new Set(
    (spec.resourceTypes?.length ? spec.resourceTypes : PATTERN_TYPES[spec.pattern as Exclude<PatternName, 'resource-type'>]).map((t) => t.toLowerCase()),
  );
  const typeOk = graph.types.map((t) => wanted.has(t.toLowerCase()));
  let seeds: number[] = [];
  for (let v = 0; v < graph.nodeCount; v++) if (typeOk[graph.typeOf[v]!]) seeds.push(v);
  if (spec.tags?.size && seeds.length) {
    const kept: number[] = [];
    for (let i = 0; i < seeds.length; i += PAGE) {
      const page = seeds.slice(i, i + PAGE);
      const nodes = await store.readNodes(
        LABEL.Resource,
        page.map((v) => graph.ids[v]!),
      );
      const matching = new Set(nodes.filter((n) => tagsMatch(n.properties.tags, spec.tags!)).map((n) => String(n.properties.id)));
      for (const v of page) if (matching.has(graph.ids[v]!)) kept.push(v);
    }
    seeds = kept;
  }
  if (seeds.length === 0) {
    const present = [...new Set(graph.types)].sort().slice(0, 8).join(', ');
    // The filters as given, so the message shows which types or tags found nothing.
    const filters = [
      ...(spec.resourceTypes?.length ? [`{{option:resourceTypes}} ${spec.resourceTypes.join(',')}`] : []),
      ...(spec.tags?.size ? [`tags ${[...spec.tags].map(([k, v]) => `${k}=${v}`).join(',')}`] : []),
    ];
    throw new UsageError(
      `pattern ${spec.pattern} matches no resource of the tenant${filters.length ? ` with ${filters.join(' and ')}` : ''}`,
      `check {{option:resourceTypes}} / {{option:tags}}; the tenant has types such as ${present}`,
    );
  }
  return seeds;
}
