import { SECURITY_PATHS, type SecurityPath } from '../../src/domain/atg-catalog/security-paths.js';
import { SHARED_LABELS } from '../../src/domain/atg-schema.js';
import type { GraphStore } from '../../src/store/graph-store.js';

/**
 * The security path kinds and type triples of a graph, found by brute force over plain lists
 * (no compact graph, no search code of the sampler): every sequence of distinct nodes is tried
 * step by step along the relationships of an id-keyed adjacency map.
 */
export interface PlainGraph {
  /** Resource id → ARM type. */
  readonly types: ReadonlyMap<string, string>;
  readonly edges: readonly { readonly src: string; readonly type: string; readonly dst: string }[];
}

/**
 * A tenant's resources and the relationships among them, through the store's plain paged reads.
 * `ownOnly` leaves out shared nodes also labelled Resource (identities, private endpoints): an
 * export carries them as context whether sampled or not.
 */
export async function plainTenant(store: GraphStore, tenantId: string, options: { ownOnly: boolean }): Promise<PlainGraph> {
  const shared = new Set<string>();
  if (options.ownOnly) for (const label of SHARED_LABELS) for (const n of await store.listTenantNodes(tenantId, label)) shared.add(n.key);
  const types = new Map<string, string>();
  for (let after = ''; ; ) {
    const page = await store.readResourcePage({ tenantId }, after, 1000);
    for (const r of page) if (!shared.has(r.id)) types.set(r.id, r.type);
    if (page.length < 1000) break;
    after = page[page.length - 1]!.id;
  }
  const edges = (await store.readOutRelationships([...types.keys()])).filter((r) => types.has(r.dst));
  return { types, edges: edges.map((r) => ({ src: r.src, type: r.type, dst: r.dst })) };
}

/** The part of a graph among `keep` (every edge with both ends kept). */
export function plainInduced(graph: PlainGraph, keep: ReadonlySet<string>): PlainGraph {
  return {
    types: new Map([...graph.types].filter(([id]) => keep.has(id))),
    edges: graph.edges.filter((e) => keep.has(e.src) && keep.has(e.dst)),
  };
}

export function plainTriples(graph: PlainGraph): Set<string> {
  return new Set(graph.edges.map((e) => `${graph.types.get(e.src)} -[${e.type}]-> ${graph.types.get(e.dst)}`));
}

/** Every instance of one path as a node list (at most `limit`), with its first node lacking the control in `tenant`. */
export function plainInstances(graph: PlainGraph, path: SecurityPath, tenant: PlainGraph = graph, limit = 1): string[][] {
  const typeIn = (id: string, types: readonly string[]) => types.some((t) => t.toLowerCase() === graph.types.get(id)!.toLowerCase());
  const found: string[][] = [];
  const lacks = (id: string) =>
    !path.lacking || !tenant.edges.some((e) => e.type === path.lacking!.relationship && (path.lacking!.direction === 'out' ? e.src === id : e.dst === id));
  const walk = (chosen: string[]) => {
    if (found.length >= limit) return;
    if (chosen.length === path.steps.length + 1) {
      found.push([...chosen]);
      return;
    }
    const step = path.steps[chosen.length - 1]!;
    const at = chosen.at(-1)!;
    for (const e of graph.edges) {
      if (e.type !== step.relationship) continue;
      const next = step.direction === 'out' ? (e.src === at ? e.dst : undefined) : e.dst === at ? e.src : undefined;
      if (next === undefined || chosen.includes(next) || !typeIn(next, step.types)) continue;
      walk([...chosen, next]);
    }
  };
  for (const id of graph.types.keys()) if (typeIn(id, path.start) && lacks(id)) walk([id]);
  return found;
}

/** The names of the catalog's path kinds with an instance in `graph` (missing controls judged on `tenant`). */
export function plainSecurityKinds(graph: PlainGraph, tenant: PlainGraph = graph): Set<string> {
  return new Set(SECURITY_PATHS.filter((p) => plainInstances(graph, p, tenant).length > 0).map((p) => p.name));
}
