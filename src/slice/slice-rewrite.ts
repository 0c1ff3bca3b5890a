import { LABEL } from '../domain/atg-schema.js';
import type { Properties } from '../domain/graph.js';
import { UsageError } from '../domain/errors.js';
import { checkTenantIdLength } from '../domain/tenant-scope.js';
import { TenantIdRewriter } from '../domain/tenant-copy-ids.js';
import { refOf, type GraphSlice } from '../domain/graph-slice.js';
import { isTenantOwned, keysByLabel } from './slice-chunks.js';
import type { GraphStore, GraphSummaries, TenantGraphReads } from '../store/graph-store.js';

/**
 * A slice written as another tenant — scale-down's new tenant, an import under another id, a copy:
 * the checks before, the id rewriting, and the shared nodes the write creates (its undo's list).
 */

/** Shared nodes (by label, their keys) an operation created that did not exist before it: its undo removes those still unused. */
export type CreatedSharedNodes = Record<string, string[]>;

/** Refuses, before anything is read or written, a new tenant id that is empty, the source's, or already in the target store. */
export async function checkNewTenant(
  target: Pick<GraphSummaries, 'tenantCensus'> & Pick<GraphStore, 'target'>,
  sourceTenantId: string | undefined,
  newTenantId: string,
  how = 'pass another {{option:newTenantId}}',
): Promise<void> {
  if (!newTenantId.trim()) throw new UsageError('the new tenant id is empty', `${how} (a non-empty id)`);
  checkTenantIdLength(newTenantId, how);
  if (newTenantId === sourceTenantId) throw new UsageError(`the new tenant id ${newTenantId} is the source tenant's`, how);
  const census = await target.tenantCensus(newTenantId);
  if (census.tenantNodeIds.includes(newTenantId) || census.resourcesWithTenant > 0) {
    throw new UsageError(`tenant ${newTenantId} already exists in ${target.target}`, `${how}, or remove that tenant first`);
  }
}

/** The slice as the new tenant's: owned nodes under new ids, every reference to them rewritten, shared nodes as they are. */
export function rewriteSlice(slice: GraphSlice, newTenantId: string, sampled: ReadonlySet<string>): { copy: GraphSlice; newResourceIds: string[] } {
  const subscriptions = slice.nodes
    .filter((n) => n.labels.includes(LABEL.Subscription))
    .map((n) => String(n.properties.subscription_id ?? String(n.properties.id).split('/').pop()));
  const ids = new TenantIdRewriter(slice.tenantId, newTenantId, subscriptions);
  const owned = slice.nodes.filter(isTenantOwned);
  ids.registerIds(owned.map((n) => refOf(n).key));
  const nodes = slice.nodes.map((n) => (isTenantOwned(n) ? { labels: n.labels, properties: ids.properties(withoutOperationLinks(n.properties)) } : n));
  const relationships = slice.relationships.map((r) => ({
    type: r.type,
    src: { label: r.src.label, key: ids.reference(r.src.key) },
    dst: { label: r.dst.label, key: ids.reference(r.dst.key) },
  }));
  const newResourceIds = [...sampled].map((id) => ids.reference(id)).sort();
  return { copy: { tenantId: newTenantId, nodes, relationships }, newResourceIds };
}

/**
 * A sampled synthetic resource becomes a plain resource of the new tenant: it keeps `synthetic` and
 * its generation markers as provenance, but not the links to the source's operation — with them,
 * scale-cleanup of that operation (which deletes by operation id) would delete it from the new
 * tenant too, and its template would be a resource of another tenant.
 */
const OPERATION_LINKS = ['scale_operation_id', 'template_source_id', 'template_copy_index'];
function withoutOperationLinks(p: Properties): Properties {
  if (!OPERATION_LINKS.some((k) => k in p)) return p;
  return Object.fromEntries(Object.entries(p).filter(([k]) => !OPERATION_LINKS.includes(k)));
}

/** The copy's shared nodes the target does not hold yet: the new tenant creates them, so its undo may remove them again. */
export async function sharedNodesMissingFrom(target: Pick<TenantGraphReads, 'readNodes'>, copy: GraphSlice): Promise<CreatedSharedNodes> {
  const created: CreatedSharedNodes = {};
  for (const [label, keys] of keysByLabel(copy.nodes, (n) => !isTenantOwned(n))) {
    const present = new Set((await target.readNodes(label, keys)).map((n) => refOf(n).key));
    const missing = keys.filter((k) => !present.has(k));
    if (missing.length) created[label] = missing;
  }
  return created;
}
