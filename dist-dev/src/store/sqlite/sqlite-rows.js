/** Properties promoted to their own columns (indexed); the others go to the JSON `props` column. */
const PROMOTED = new Set(['id', 'type', 'tenant_id', 'subscription_id', 'synthetic', 'scale_operation_id', 'template_source_id', 'properties', 'tags']);
/** Promoted string properties, in column order after `synthetic`. */
const STRING_COLUMNS = ['scale_operation_id', 'template_source_id', 'properties', 'tags'];
/** The `nodes` columns every insert writes, in the order encodeNode fills its parameters. */
export const NODE_COLUMNS = [
    'id',
    'labels',
    'layer',
    'type',
    'tenant_id',
    'subscription_id',
    'synthetic',
    'scale_operation_id',
    'template_source_id',
    'properties',
    'tags',
    'props',
];
/** Parameters per `nodes` row. */
export const NODE_PARAMS = NODE_COLUMNS.length;
/** The parameters of one `nodes` insert, in NODE_COLUMNS order. */
export function encodeNode(labels, layer, row) {
    const params = new Array(NODE_PARAMS);
    encodeNodeInto(params, 0, labels, layer, row);
    return params;
}
/**
 * Writes one row's parameters into `params` from `offset`: the hot path of every node write, so it
 * fills a reused array and builds the `props` JSON text directly. Same text as JSON.stringify of
 * the leftover properties (same key order, same value encoding) without a temporary object per row.
 */
export function encodeNodeInto(params, offset, labels, layer, row) {
    let props = '{';
    // Null means "no property", as in Neo4j (SET n = row drops null keys).
    for (const key in row) {
        const value = row[key];
        if (value === null || value === undefined || PROMOTED.has(key))
            continue;
        if (props.length > 1)
            props += ',';
        props += `${jsonKey(key)}:${JSON.stringify(value)}`;
    }
    params[offset] = row.id;
    params[offset + 1] = labels;
    params[offset + 2] = layer;
    params[offset + 3] = row.type ?? null;
    params[offset + 4] = row.tenant_id ?? null;
    params[offset + 5] = row.subscription_id ?? null;
    params[offset + 6] = row.synthetic === true ? 1 : 0;
    params[offset + 7] = typeof row.scale_operation_id === 'string' ? row.scale_operation_id : null;
    params[offset + 8] = typeof row.template_source_id === 'string' ? row.template_source_id : null;
    params[offset + 9] = typeof row.properties === 'string' ? row.properties : null;
    params[offset + 10] = typeof row.tags === 'string' ? row.tags : null;
    params[offset + 11] = `${props}}`;
}
const jsonKeys = new Map();
function jsonKey(key) {
    let quoted = jsonKeys.get(key);
    if (quoted === undefined)
        jsonKeys.set(key, (quoted = JSON.stringify(key)));
    return quoted;
}
/** A `nodes` row back to the property map that was written. */
export function decodeNodeRow(row) {
    const props = JSON.parse(row.props);
    props.id = row.id;
    for (const key of ['type', 'tenant_id', 'subscription_id', ...STRING_COLUMNS]) {
        if (row[key] !== null && row[key] !== undefined)
            props[key] = row[key];
    }
    if (row.synthetic === 1)
        props.synthetic = true;
    if (typeof row.template_copy_index === 'number')
        props.template_copy_index = row.template_copy_index;
    return props;
}
/** SQL predicate (on alias `n`) selecting the resources of a tenant scope. */
export function scopeClause(scope, alias) {
    const tenant = scope.includeNullTenant ? `(${alias}.tenant_id = ? OR ${alias}.tenant_id IS NULL)` : `${alias}.tenant_id = ?`;
    if (!scope.subscriptionIds?.length)
        return { sql: tenant, params: [scope.tenantId] };
    const marks = scope.subscriptionIds.map(() => '?').join(', ');
    return { sql: `${tenant} AND ${alias}.subscription_id IN (${marks})`, params: [scope.tenantId, ...scope.subscriptionIds] };
}
//# sourceMappingURL=sqlite-rows.js.map