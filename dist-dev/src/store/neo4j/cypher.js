import { keyPropertyOf, SHARED_LABELS } from '../../domain/atg-schema.js';
/** Backtick-quotes a label or relationship type for literal use in Cypher. */
export function quoteName(name) {
    return `\`${name.replace(/`/g, '``')}\``;
}
export function createNodesQuery(labels) {
    return `UNWIND $rows AS row CREATE (n:${labels.map(quoteName).join(':')}) SET n = row`;
}
/** Cypher predicate on `n` for an abstracted resource (not Original, not a shared node). */
export const ABSTRACTED_PREDICATE = `n:Resource AND NOT n:Original AND NOT (${SHARED_LABELS.map((l) => `n:${quoteName(l)}`).join(' OR ')})`;
/** Cypher predicate on `n` selecting a tenant scope; parameters $tenantId and $subscriptionIds. */
export function scopePredicate(scope, alias = 'n') {
    const tenant = scope.includeNullTenant ? `(${alias}.tenant_id = $tenantId OR ${alias}.tenant_id IS NULL)` : `${alias}.tenant_id = $tenantId`;
    return scope.subscriptionIds?.length ? `${tenant} AND ${alias}.subscription_id IN $subscriptionIds` : tenant;
}
/**
 * Indexes and constraints, created once with IF NOT EXISTS. Resource.id is unique when the data
 * allows it; ATG graphs with duplicate ids fall back to a plain index (see Neo4jStore.ensureSchema).
 */
export const RESOURCE_ID_CONSTRAINT = 'CREATE CONSTRAINT tenant_scale_resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE';
export const RESOURCE_ID_INDEX = 'CREATE INDEX tenant_scale_resource_id_index IF NOT EXISTS FOR (n:Resource) ON (n.id)';
/** Indexes earlier versions created that no query uses any more: dropped, so writes stop maintaining them. */
export const OBSOLETE_INDEXES = ['tenant_scale_resource_template'];
export function schemaStatements() {
    const statements = [
        'CREATE INDEX tenant_scale_resource_tenant IF NOT EXISTS FOR (n:Resource) ON (n.tenant_id)',
        // A tenant's resources in id order: keyset pages of the tenant-graph read.
        'CREATE INDEX tenant_scale_resource_tenant_id IF NOT EXISTS FOR (n:Resource) ON (n.tenant_id, n.id)',
        'CREATE INDEX tenant_scale_resource_type IF NOT EXISTS FOR (n:Resource) ON (n.type)',
        'CREATE INDEX tenant_scale_resource_synthetic IF NOT EXISTS FOR (n:Resource) ON (n.synthetic)',
        'CREATE INDEX tenant_scale_resource_operation IF NOT EXISTS FOR (n:Resource) ON (n.scale_operation_id)',
        // One operation's copies of one template, exactly (see hot-queries.ts); also pages an operation's templates in order.
        'CREATE INDEX tenant_scale_resource_operation_template IF NOT EXISTS FOR (n:Resource) ON (n.scale_operation_id, n.template_source_id)',
        'CREATE CONSTRAINT tenant_scale_operation_id IF NOT EXISTS FOR (n:ScaleOperation) REQUIRE n.id IS UNIQUE',
    ];
    for (const label of SHARED_LABELS) {
        const key = keyPropertyOf(label);
        statements.push(`CREATE INDEX tenant_scale_${label.toLowerCase()}_${key} IF NOT EXISTS FOR (n:${quoteName(label)}) ON (n.${quoteName(key)})`);
        statements.push(`CREATE INDEX tenant_scale_${label.toLowerCase()}_tenant IF NOT EXISTS FOR (n:${quoteName(label)}) ON (n.tenant_id)`);
    }
    return statements;
}
//# sourceMappingURL=cypher.js.map