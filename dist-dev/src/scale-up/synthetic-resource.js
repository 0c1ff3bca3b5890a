import { kindOfType } from '../domain/atg-schema.js';
import { PROPERTY_SHAPES } from '../domain/atg-catalog/property-shapes.js';
/**
 * An abstracted-layer node row shaped like ATG's (JSON-string `properties` and `tags`, description,
 * processing status) carrying the operation's markers. Synthetic resources have no Original twin.
 */
export function syntheticResourceRow(resource, context) {
    const kind = kindOfType(resource.type);
    const shape = kind ? PROPERTY_SHAPES[kind] : undefined;
    const generated = shape
        ? shape({ rng: context.rng, name: resource.name, location: resource.location, tenantGuid: context.tenantId, ref: {} })
        : { provisioningState: 'Succeeded' };
    const properties = resource.properties ? { ...generated, ...resource.properties } : generated;
    const m = context.markers;
    // Built property by property (no spreads): this runs once per resource of a 10^6 random scale-up.
    const row = {
        id: resource.id,
        name: resource.name,
        type: resource.type,
        location: resource.location,
        resource_group: resource.resourceGroup,
        properties: JSON.stringify(properties),
        tags: JSON.stringify(resource.tags),
        llm_description: `${resource.type.slice(resource.type.lastIndexOf('/') + 1)} ${resource.name} in ${resource.resourceGroup} (${resource.location}), synthetic.`,
        processing_status: 'completed',
        updated_at: m.generation_timestamp,
        abstracted_id: resource.id,
        synthetic: m.synthetic,
        scale_operation_id: m.scale_operation_id,
        generation_strategy: m.generation_strategy,
        generation_timestamp: m.generation_timestamp,
        tenant_id: m.tenant_id,
    };
    if (context.subscriptionId)
        row.subscription_id = context.subscriptionId;
    for (const key in resource.extra)
        row[key] = resource.extra[key];
    return row;
}
//# sourceMappingURL=synthetic-resource.js.map