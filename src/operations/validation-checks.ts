import { MultiDirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { pairKey } from '../domain/atg-catalog/kind-relationships.js';
import type { GenerationStrategy } from '../domain/operation-record.js';
import type { ValidationCheck } from '../domain/validation-check.js';
import type { CountByKey, MarkerGroup, OperationGraph, RelationshipProfileRow } from '../store/graph-store.js';

/**
 * The post-write checks, one definition each: pure judgements over the counts a store reports
 * (OperationInspection, the relationship profile, the operation's graph) against what the
 * operation planned. No I/O here, so the live validation and scale-validate cannot differ.
 */

export type { ValidationCheck } from '../domain/validation-check.js';

export function zero(name: string, count: number, what: string): ValidationCheck {
  return { name, passed: count === 0, detail: `${count} ${what}` };
}

export function contaminationCheck(count: number): ValidationCheck {
  return zero('no-original-contamination', count, 'operation nodes that are :Original or have a SCAN_SOURCE_NODE relationship');
}

/** What every node of the operation must carry. `strategy` and `timestamp` unknown (no record): only present. */
export interface ExpectedMarkers {
  readonly tenantId: string;
  readonly strategy?: GenerationStrategy;
  /** The operation's start (ISO): the `generation_timestamp` every node was written with. */
  readonly timestamp?: string;
}

/** Every node is synthetic, of the operation's tenant, strategy and start; a template copy also names its template and copy index. */
export function markersCheck(groups: readonly MarkerGroup[], expected: ExpectedMarkers): ValidationCheck {
  const faults = new Map<string, number>();
  let count = 0;
  for (const g of groups) {
    const wrong = [
      g.synthetic ? '' : 'not synthetic',
      g.tenantId === expected.tenantId ? '' : `tenant_id ${g.tenantId ?? 'missing'}`,
      (expected.strategy ? g.strategy === expected.strategy : g.strategy !== null) ? '' : `generation_strategy ${g.strategy ?? 'missing'}`,
      (expected.timestamp ? g.timestamp === expected.timestamp : g.timestamp !== null) ? '' : `generation_timestamp ${g.timestamp ?? 'missing'}`,
      (expected.strategy ?? g.strategy) !== 'template' || g.templateSource ? '' : 'no template_source_id',
      (expected.strategy ?? g.strategy) !== 'template' || g.copyIndex ? '' : 'no template_copy_index',
    ].filter(Boolean);
    if (wrong.length) count += g.count;
    for (const what of wrong) faults.set(what, (faults.get(what) ?? 0) + g.count);
  }
  const wanted = `synthetic, tenant_id ${expected.tenantId}${expected.strategy ? `, generation_strategy ${expected.strategy}` : ''}${expected.timestamp ? `, generation_timestamp ${expected.timestamp}` : ''}`;
  return {
    name: 'synthetic-markers',
    passed: count === 0,
    detail:
      count === 0
        ? `every operation node carries its markers (${wanted})`
        : `${count} operation nodes with wrong markers (expected ${wanted}): ${[...faults].map(([what, n]) => `${n} ${what}`).join('; ')}`,
  };
}

export function parityCheck(mismatches: number): ValidationCheck {
  return zero('relationship-parity', mismatches, `copies whose typed out-degree differs from their template's (or whose template is gone)`);
}

export function inDegreeCheck(mismatches: number): ValidationCheck {
  return zero('in-degree-parity', mismatches, `copies whose typed in-degree differs from their template's (or whose template is gone)`);
}

/** The operation's resources per type equal the plan's, type by type. */
export function typeCountCheck(plannedByType: readonly CountByKey[], found: readonly CountByKey[]): ValidationCheck {
  const planned = new Map(plannedByType.map((c) => [c.key, c.count]));
  const actual = new Map(found.map((c) => [c.key, c.count]));
  const wrong = [...new Set([...planned.keys(), ...actual.keys()])].filter((k) => (planned.get(k) ?? 0) !== (actual.get(k) ?? 0));
  const total = found.reduce((s, c) => s + c.count, 0);
  return {
    name: 'type-counts',
    passed: wrong.length === 0,
    detail:
      wrong.length === 0
        ? `${total} resources across ${actual.size} types, as planned`
        : wrong.map((k) => `${k}: planned ${planned.get(k) ?? 0}, found ${actual.get(k) ?? 0}`).join('; '),
  };
}

/** Only the total is known (an operation recorded before per-type counts were). */
export function resourceCountCheck(planned: number, found: number): ValidationCheck {
  return { name: 'resource-count', passed: found === planned, detail: `${found} resources, ${planned} recorded` };
}

export function relationshipCountCheck(planned: number, found: number): ValidationCheck {
  return {
    name: 'relationship-count',
    passed: found === planned,
    detail: `${found} relationships leave the operation's nodes, planned ${planned}`,
  };
}

const key = (r: Pick<RelationshipProfileRow, 'from' | 'type' | 'to'>) => pairKey(r.from, r.type, r.to);

/** Scenario: every (source type, relationship, target) group counts as planned. */
export function profileCheck(plannedProfile: readonly RelationshipProfileRow[], found: readonly RelationshipProfileRow[]): ValidationCheck {
  const planned = new Map(plannedProfile.map((r) => [key(r), r.count]));
  const actual = new Map(found.map((r) => [key(r), r.count]));
  const wrong = [...new Set([...planned.keys(), ...actual.keys()])].filter((k) => planned.get(k) !== actual.get(k));
  return {
    name: 'relationship-profile',
    passed: wrong.length === 0,
    detail:
      wrong.length === 0
        ? `${planned.size} (source type, relationship, target) groups, as planned`
        : wrong
            .slice(0, 5)
            .map((k) => `${k}: planned ${planned.get(k) ?? 0}, found ${actual.get(k) ?? 0}`)
            .join('; '),
  };
}

/** Random: every relationship joins a `from|TYPE|to` pair the rules allow. */
export function rulesCheck(allowedPairs: ReadonlySet<string>, found: readonly RelationshipProfileRow[]): ValidationCheck {
  const stray = found.filter((r) => !allowedPairs.has(key(r)));
  return {
    name: 'relationship-rules',
    passed: stray.length === 0,
    detail:
      stray.length === 0
        ? `every relationship joins a type pair the rules allow (${found.length} pairs)`
        : stray
            .slice(0, 5)
            .map((r) => `${key(r)} ×${r.count}`)
            .join('; '),
  };
}

/**
 * Scenario: the stamps are exactly the weakly connected components of the operation's own
 * subgraph (every node reaches its stamp's root), as many as planned. `planned` unknown (an
 * operation recorded before stamp counts were): as many as the distinct stamps found.
 */
export function stampCheck(graph: OperationGraph, planned: number | undefined): ValidationCheck {
  const stamps = planned ?? new Set(graph.nodes.map((n) => n.stamp)).size;
  const g = new MultiDirectedGraph();
  for (const n of graph.nodes) g.addNode(n.id, { stamp: n.stamp });
  for (const r of graph.relationships) g.addEdge(r.src, r.dst);
  const components = connectedComponents(g);
  const mixed = components.filter((c) => new Set(c.map((id) => g.getNodeAttribute(id, 'stamp') as string | null)).size !== 1);
  const unstamped = graph.nodes.filter((n) => n.stamp === null).length;
  const passed = components.length === stamps && mixed.length === 0 && unstamped === 0;
  return {
    name: 'stamp-connectivity',
    passed,
    detail: passed
      ? `${stamps} stamps, each one weakly connected component`
      : `${components.length} components for ${stamps} stamps; ${mixed.length} components mix stamps; ${unstamped} nodes without a stamp`,
  };
}
