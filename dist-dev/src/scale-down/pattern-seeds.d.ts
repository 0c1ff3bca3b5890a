import type { TenantGraphReads } from '../store/graph-store.js';
import type { CompactGraph } from './compact-graph.js';
import { type PatternName } from './patterns.js';
export interface PatternSpec {
    readonly pattern: PatternName;
    /** The types of `resource-type` (and a narrower set for the other patterns, if given). */
    readonly resourceTypes?: readonly string[];
    /** Every k=v must be among the seed's tags (ATG's JSON-string tags, parsed). */
    readonly tags?: ReadonlyMap<string, string>;
    /** Relationship hops the seeds are grown by (both directions). */
    readonly hops: number;
}
/** The seed resources of a pattern: node indexes of the graph, in index order. */
export declare function patternSeeds(store: TenantGraphReads, graph: CompactGraph, spec: PatternSpec): Promise<number[]>;
