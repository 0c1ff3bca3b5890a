import { MultiDirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { pairKey } from '../domain/atg-catalog/kind-relationships.js';
import type { CountByKey, GraphStore, RelationshipProfileRow } from '../store/graph-store.js';
import { typeCountCheck, zero, type ValidationCheck } from './validate-operation.js';

export interface GeneratedExpectations {
  /** Resources per type the plan called for; when re-validating later, `resources` (the recorded total) instead. */
  readonly plannedByType?: readonly CountByKey[];
  readonly resources?: number;
  /** Relationships the writer created; the store must hold exactly these. */
  readonly relationships: number;
  /** Scenario: the planned profile, matched group by group. */
  readonly profile?: readonly RelationshipProfileRow[];
  /** Random: `from|TYPE|to` pairs the rules allow; every relationship must be one. */
  readonly allowedPairs?: ReadonlySet<string>;
  /** Scenario: stamps written (or 'recorded': the distinct scenario_stamp values found); each must be exactly one weakly connected component. */
  readonly stamps?: number | 'recorded';
}

const key = (r: Pick<RelationshipProfileRow, 'from' | 'type' | 'to'>) => pairKey(r.from, r.type, r.to);

/** Post-write checks of a scenario or random operation (see README "scale-up scenario" / "scale-up random"), over what the store holds. */
export async function validateGenerated(store: GraphStore, operationId: string, expect: GeneratedExpectations): Promise<ValidationCheck[]> {
  const facts = await store.inspectOperation(operationId);
  const profile = await store.operationRelationshipProfile(operationId);
  const total = profile.reduce((s, r) => s + r.count, 0);
  const checks: ValidationCheck[] = [
    zero('no-original-contamination', facts.originalContamination, 'operation nodes that are :Original or have SCAN_SOURCE_NODE'),
    zero('synthetic-markers', facts.missingMarkers, 'operation nodes missing a synthetic marker'),
    expect.plannedByType
      ? typeCountCheck(expect.plannedByType, facts.byType)
      : { name: 'resource-count', passed: facts.nodes === expect.resources, detail: `${facts.nodes} resources, ${expect.resources ?? 'unknown'} recorded` },
    {
      name: 'relationship-count',
      passed: total === expect.relationships,
      detail: `${total} relationships from the operation's resources, ${expect.relationships} written`,
    },
  ];
  if (expect.profile) {
    const planned = new Map(expect.profile.map((r) => [key(r), r.count]));
    const actual = new Map(profile.map((r) => [key(r), r.count]));
    const wrong = [...new Set([...planned.keys(), ...actual.keys()])].filter((k) => planned.get(k) !== actual.get(k));
    checks.push({
      name: 'relationship-profile',
      passed: wrong.length === 0,
      detail:
        wrong.length === 0
          ? `${planned.size} (source type, relationship, target) groups, as planned`
          : wrong
              .slice(0, 5)
              .map((k) => `${k}: planned ${planned.get(k) ?? 0}, found ${actual.get(k) ?? 0}`)
              .join('; '),
    });
  }
  if (expect.allowedPairs) {
    const stray = profile.filter((r) => !expect.allowedPairs!.has(key(r)));
    checks.push({
      name: 'relationship-rules',
      passed: stray.length === 0,
      detail:
        stray.length === 0
          ? `every relationship joins a type pair the rules allow (${profile.length} pairs)`
          : stray
              .slice(0, 5)
              .map((r) => `${key(r)} ×${r.count}`)
              .join('; '),
    });
  }
  if (expect.stamps !== undefined) checks.push(await stampConnectivity(store, operationId, expect.stamps));
  return checks;
}

/** Every node reaches its stamp's root: the stamps are exactly the weakly connected components of the operation's own subgraph. */
async function stampConnectivity(store: GraphStore, operationId: string, expected: number | 'recorded'): Promise<ValidationCheck> {
  const { nodes, relationships } = await store.readOperationGraph(operationId);
  const stamps = expected === 'recorded' ? new Set(nodes.map((n) => n.stamp)).size : expected;
  const graph = new MultiDirectedGraph();
  for (const n of nodes) graph.addNode(n.id, { stamp: n.stamp });
  for (const r of relationships) graph.addEdge(r.src, r.dst);
  const components = connectedComponents(graph);
  const mixed = components.filter((c) => new Set(c.map((id) => graph.getNodeAttribute(id, 'stamp') as string | null)).size !== 1);
  const unstamped = nodes.filter((n) => n.stamp === null).length;
  const passed = components.length === stamps && mixed.length === 0 && unstamped === 0;
  return {
    name: 'stamp-connectivity',
    passed,
    detail: passed
      ? `${stamps} stamps, each one weakly connected component`
      : `${components.length} components for ${stamps} stamps; ${mixed.length} components mix stamps; ${unstamped} nodes without a stamp`,
  };
}
