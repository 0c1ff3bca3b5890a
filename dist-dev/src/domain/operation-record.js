/** The record of one scale operation, written before its first write so that a failure or a crash can always be rolled back. */
/** Kinds whose every node carries `scale_operation_id` (scale-ups). */
export function isScaleUpKind(kind) {
    return kind === 'template' || kind === 'scenario' || kind === 'random';
}
/** The record as flat properties (JSON strings for nested values), as both stores keep it. */
export function operationToProperties(r) {
    return {
        id: r.id,
        tenant_id: r.tenantId,
        strategy: r.strategy,
        status: r.status,
        params: JSON.stringify(r.params),
        started_at: r.startedAt,
        finished_at: r.finishedAt,
        resources_created: r.resourcesCreated,
        relationships_created: r.relationshipsCreated,
        metrics: r.metrics === null ? null : JSON.stringify(r.metrics),
        error: r.error,
    };
}
export function patchToProperties(patch) {
    const out = {};
    if (patch.params !== undefined)
        out.params = JSON.stringify(patch.params);
    if (patch.status !== undefined)
        out.status = patch.status;
    if (patch.finishedAt !== undefined)
        out.finished_at = patch.finishedAt;
    if (patch.resourcesCreated !== undefined)
        out.resources_created = patch.resourcesCreated;
    if (patch.relationshipsCreated !== undefined)
        out.relationships_created = patch.relationshipsCreated;
    if (patch.metrics !== undefined)
        out.metrics = patch.metrics === null ? null : JSON.stringify(patch.metrics);
    if (patch.error !== undefined)
        out.error = patch.error;
    return out;
}
export function operationFromProperties(p) {
    return {
        id: String(p.id),
        tenantId: String(p.tenant_id),
        strategy: p.strategy,
        status: p.status,
        params: JSON.parse(String(p.params ?? '{}')),
        startedAt: String(p.started_at),
        finishedAt: p.finished_at ?? null,
        resourcesCreated: Number(p.resources_created ?? 0),
        relationshipsCreated: Number(p.relationships_created ?? 0),
        metrics: p.metrics ? JSON.parse(String(p.metrics)) : null,
        error: p.error ?? null,
    };
}
export function syntheticMarkers(operationId, strategy, tenantId, now) {
    return {
        synthetic: true,
        scale_operation_id: operationId,
        generation_strategy: strategy,
        generation_timestamp: now.toISOString(),
        tenant_id: tenantId,
    };
}
//# sourceMappingURL=operation-record.js.map