import { LABEL, REL } from '../atg-schema.js';
import { regionName } from './shared-nodes.js';
const REGION_CODE = /^[a-z0-9]+$/;
/**
 * ATG's two layers of one resource: the abstracted node (its `<prefix>-<16 hex>` id, `original_id`)
 * and its `:Original` twin (the ARM id), joined by SCAN_SOURCE_NODE; the resource group CONTAINS the
 * Original; the abstracted node is LOCATED_IN its Region and TAGGED_WITH each tag (regions and tags
 * are shared nodes, merged). The tenant generator and the importers both emit resources through here.
 */
export function emitTwoLayerResource(r, sink) {
    const common = {
        type: r.type,
        location: r.location,
        resource_group: r.resourceGroup,
        subscription_id: r.subscriptionId,
        tenant_id: r.tenantId,
        properties: r.properties,
        tags: JSON.stringify(r.tags),
        processing_status: 'completed',
        updated_at: r.updatedAt,
        ...r.extra,
    };
    const abstracted = { label: LABEL.Resource, key: r.abstractedId };
    const original = { label: LABEL.Resource, key: r.armId };
    sink.node([LABEL.Resource], { id: r.abstractedId, name: r.abstractedId, ...common, original_id: r.armId, original_name: r.name, abstracted_id: r.abstractedId }, 'create');
    sink.node([LABEL.Resource, LABEL.Original], { id: r.armId, name: r.name, ...common, abstracted_id: r.abstractedId }, 'create');
    sink.relationship(REL.SCAN_SOURCE_NODE, abstracted, original);
    if (r.subscriptionId !== null && r.resourceGroup !== null) {
        sink.relationship(REL.CONTAINS, { label: LABEL.ResourceGroup, key: `/subscriptions/${r.subscriptionId}/resourceGroups/${r.resourceGroup}` }, original);
    }
    if (r.location && REGION_CODE.test(r.location)) {
        sink.node([LABEL.Region], { id: r.location, code: r.location, name: regionName(r.location) }, 'merge');
        sink.relationship(REL.LOCATED_IN, abstracted, { label: LABEL.Region, key: r.location });
    }
    for (const [key, value] of Object.entries(r.tags)) {
        const tag = `${key}:${value}`;
        sink.node([LABEL.Tag], { id: tag, key, value }, 'merge');
        sink.relationship(REL.TAGGED_WITH, abstracted, { label: LABEL.Tag, key: tag });
    }
}
//# sourceMappingURL=two-layer.js.map