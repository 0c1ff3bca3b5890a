import type { Properties, PropertyValue } from '../../domain/graph.js';
import type { Layer } from '../../domain/layers.js';
import type { TenantScope } from '../../domain/tenant-scope.js';

/** Properties promoted to their own columns (indexed); the others go to the JSON `props` column. */
const PROMOTED = new Set(['id', 'type', 'tenant_id', 'subscription_id', 'synthetic', 'scale_operation_id', 'template_source_id', 'properties', 'tags']);
/** Promoted string properties, in column order after `synthetic`. */
const STRING_COLUMNS = ['scale_operation_id', 'template_source_id', 'properties', 'tags'] as const;

/** The parameters of one `nodes` insert, in the column order of SqliteStore's statements. */
export function encodeNode(labels: string, layer: Layer | null, row: Properties & { id: string }): unknown[] {
  const rest: Record<string, PropertyValue> = {};
  // Null means "no property", as in Neo4j (SET n = row drops null keys).
  for (const key in row) if (!PROMOTED.has(key) && row[key] !== null && row[key] !== undefined) rest[key] = row[key] as PropertyValue;
  return [
    row.id,
    labels,
    layer,
    (row.type as string | undefined) ?? null,
    (row.tenant_id as string | undefined) ?? null,
    (row.subscription_id as string | undefined) ?? null,
    row.synthetic === true ? 1 : 0,
    ...STRING_COLUMNS.map((key) => (typeof row[key] === 'string' ? row[key] : null)),
    JSON.stringify(rest),
  ];
}

/** A `nodes` row back to the property map that was written. */
export function decodeNodeRow(row: Record<string, unknown>): Properties {
  const props = JSON.parse(row.props as string) as Properties;
  props.id = row.id as string;
  for (const key of ['type', 'tenant_id', 'subscription_id', ...STRING_COLUMNS] as const) {
    if (row[key] !== null && row[key] !== undefined) props[key] = row[key] as string;
  }
  if (row.synthetic === 1) props.synthetic = true;
  if (typeof row.template_copy_index === 'number') props.template_copy_index = row.template_copy_index;
  return props;
}

/** SQL predicate (on alias `n`) selecting the resources of a tenant scope. */
export function scopeClause(scope: TenantScope, alias: string): { sql: string; params: unknown[] } {
  const tenant = scope.includeNullTenant ? `(${alias}.tenant_id = ? OR ${alias}.tenant_id IS NULL)` : `${alias}.tenant_id = ?`;
  if (!scope.subscriptionIds?.length) return { sql: tenant, params: [scope.tenantId] };
  const marks = scope.subscriptionIds.map(() => '?').join(', ');
  return { sql: `${tenant} AND ${alias}.subscription_id IN (${marks})`, params: [scope.tenantId, ...scope.subscriptionIds] };
}
