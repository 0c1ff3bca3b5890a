import { LABEL } from '../../domain/atg-schema.js';
import { UsageError } from '../../domain/errors.js';
import { checkTenantIdLength } from '../../domain/tenant-scope.js';
import { newOperationId } from '../../domain/ids.js';
import { layerOf } from '../../domain/layers.js';
import { TenantIdRewriter } from '../../domain/tenant-copy-ids.js';
import { collectSlice, refOf } from '../../io/graph-slice.js';
import { isTenantOwned, keysByLabel, sliceChunks } from '../../io/slice-chunks.js';
import { runOperation } from '../../operations/lifecycle/run-operation.js';
import { writeChunks } from '../../store/write-chunks.js';
import { checkCopy, readBackCopy } from './slice-copy-checks.js';
/** Refuses, before anything is read or written, a new tenant id that is empty, the source's, or already in the target store. */
export async function checkNewTenant(target, sourceTenantId, newTenantId, how = 'pass another {{option:newTenantId}}') {
    if (!newTenantId.trim())
        throw new UsageError('the new tenant id is empty', `${how} (a non-empty id)`);
    checkTenantIdLength(newTenantId, how);
    if (newTenantId === sourceTenantId)
        throw new UsageError(`the new tenant id ${newTenantId} is the source tenant's`, how);
    const census = await target.tenantCensus(newTenantId);
    if (census.tenantNodeIds.includes(newTenantId) || census.resourcesWithTenant > 0) {
        throw new UsageError(`tenant ${newTenantId} already exists in ${target.target}`, `${how}, or remove that tenant first`);
    }
}
/**
 * Writes the sample, its context nodes and (optionally) its Original twins as a new tenant, in the
 * same store or another: ids rewritten so none collides with the source tenant's, shared nodes
 * (regions, tags, role definitions) merged. One recorded operation of the new tenant: validated
 * by reading it back (every owned node present, relationships by type, typed degrees), rolled back (the new tenant deleted) on any failure, and removable
 * later with scale-cleanup --operation-id.
 */
export async function writeSampleAsNewTenant(source, sourceTenantId, resourceIds, output, context) {
    const target = output.target ?? source;
    const includeOriginal = Boolean(output.includeOriginal);
    const slice = await context.metrics.phase('collect', () => collectSlice(source, sourceTenantId, resourceIds, { includeOriginal }), (s) => s.nodes.length);
    const { copy, newResourceIds, created } = await context.metrics.phase('rewrite', async () => {
        const rewritten = rewriteSlice(slice, output.newTenantId, new Set(resourceIds));
        return { ...rewritten, created: await sharedNodesMissingFrom(target, rewritten.copy) };
    }, (r) => r.copy.nodes.length);
    const now = new Date();
    const operationId = newOperationId(now);
    const start = {
        kind: 'new-tenant',
        tenantId: output.newTenantId,
        operationId,
        startedAt: now,
        batchSize: context.batchSize,
        metrics: context.metrics,
        params: { ...context.params, sourceTenantId, sourceStore: source.target, includeOriginal, createdSharedNodes: created },
        ...(context.signal ? { signal: context.signal } : {}),
    };
    const outcome = await runOperation(target, start, async () => {
        const written = await context.metrics.phase('write', () => writeChunks(target, sliceChunks(copy.nodes, copy.relationships, context.batchSize), {
            batchSize: context.batchSize,
            concurrency: context.concurrency,
            ...(context.signal ? { signal: context.signal } : {}),
            onProgress: (t) => context.onProgress?.('writing', t.nodes + t.relationships, copy.nodes.length + copy.relationships.length),
        }), (t) => t.nodes + t.relationships);
        const readBack = await context.metrics.phase('validate', () => readBackCopy(target, output.newTenantId, copy), (r) => r.relationships.length);
        return { resourcesCreated: censusResources(copy, output.newTenantId), relationshipsCreated: written.relationships, validation: checkCopy(copy, readBack) };
    });
    return {
        mode: 'new-tenant',
        operationId,
        newTenantId: output.newTenantId,
        store: target.target,
        nodes: copy.nodes.length,
        relationships: copy.relationships.length,
        resources: newResourceIds.length,
        validation: outcome.validation,
    };
}
/** The slice as the new tenant's: owned nodes under new ids, every reference to them rewritten, shared nodes as they are. */
export function rewriteSlice(slice, newTenantId, sampled) {
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
function withoutOperationLinks(p) {
    if (!OPERATION_LINKS.some((k) => k in p))
        return p;
    return Object.fromEntries(Object.entries(p).filter(([k]) => !OPERATION_LINKS.includes(k)));
}
/** The copy's shared nodes the target does not hold yet: the new tenant creates them, so its undo may remove them again. */
export async function sharedNodesMissingFrom(target, copy) {
    const created = {};
    for (const [label, keys] of keysByLabel(copy.nodes, (n) => !isTenantOwned(n))) {
        const present = new Set((await target.readNodes(label, keys)).map((n) => refOf(n).key));
        const missing = keys.filter((k) => !present.has(k));
        if (missing.length)
            created[label] = missing;
    }
    return created;
}
/**
 * The copy's resources as the tenant census counts them (abstracted nodes carrying the tenant id):
 * a sampled identity is a shared node (no tenant_id), so the sample's size can exceed it, and
 * scale-validate compares the census with what the record says was written.
 */
function censusResources(copy, tenantId) {
    return copy.nodes.filter((n) => n.properties.tenant_id === tenantId && layerOf(n.labels) === 'abstracted').length;
}
//# sourceMappingURL=new-tenant.js.map