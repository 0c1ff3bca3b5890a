import { z } from 'zod';
import { RESOURCE_REL_TYPES } from '../../domain/atg-schema.js';
import { AZURE_REGION_CODES } from '../../domain/atg-catalog/shared-nodes.js';
/**
 * A scenario: groups of resources (a group may repeat, e.g. one per spoke or per region) and the
 * links between their roles. Built-in scenarios and user files are the same shape and run
 * through the same planner; the schema is the single definition of what a file may say.
 */
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, starting with a letter');
const regionCode = z.string().refine((code) => AZURE_REGION_CODES.includes(code), {
    message: `not an Azure region code; use one of ${AZURE_REGION_CODES.slice(0, 8).join(', ')}, …`,
});
const endpoint = z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, 'write the endpoint as group.role, e.g. spoke.vm');
const resourceSchema = z.strictObject({
    role: slug,
    type: z.string().regex(/^[A-Za-z][A-Za-z0-9.]*\/[A-Za-z0-9./]+$/, 'write an ARM type such as Microsoft.Network/virtualNetworks'),
    count: z.number().int().min(1).max(1_000_000).default(1),
    /** Fixed name (e.g. GatewaySubnet); an index is appended when count > 1. */
    name: z.string().min(1).max(80).optional(),
    /** ARM properties merged over the generated shape of the kind. */
    properties: z.record(z.string(), z.unknown()).optional(),
});
const groupSchema = z.strictObject({
    name: slug,
    /** Instances of the group; with `regions`, one per region unless given. */
    count: z.number().int().min(1).max(100_000).optional(),
    /** Instance i is placed in regions[i mod length]. */
    regions: z.array(regionCode).min(1).optional(),
    environment: slug.optional(),
    resources: z.array(resourceSchema).min(1),
});
const linkSchema = z.strictObject({
    from: endpoint,
    type: z.enum(RESOURCE_REL_TYPES),
    to: endpoint,
    /** each: the i-th source links to target i mod n (one edge per source); all: every source to every target. */
    pattern: z.enum(['each', 'all']).default('each'),
});
export const scenarioSchema = z
    .strictObject({
    name: slug,
    description: z.string().optional(),
    /** Region of groups that name none. */
    region: regionCode.default('eastus'),
    groups: z.array(groupSchema).min(1),
    links: z.array(linkSchema).default([]),
})
    .superRefine((s, ctx) => {
    const roles = new Map();
    s.groups.forEach((g, gi) => {
        if (roles.has(g.name))
            ctx.addIssue({ code: 'custom', path: ['groups', gi, 'name'], message: `group ${g.name} is defined twice` });
        const own = new Set();
        g.resources.forEach((r, ri) => {
            if (own.has(r.role))
                ctx.addIssue({ code: 'custom', path: ['groups', gi, 'resources', ri, 'role'], message: `role ${r.role} appears twice in group ${g.name}` });
            own.add(r.role);
        });
        roles.set(g.name, own);
        if (g.regions && g.count !== undefined && g.count !== g.regions.length) {
            ctx.addIssue({
                code: 'custom',
                path: ['groups', gi, 'count'],
                message: `count ${g.count} differs from the ${g.regions.length} regions listed; drop count or make them agree`,
            });
        }
    });
    s.links.forEach((l, li) => {
        for (const side of ['from', 'to']) {
            const [group, role] = l[side].split('.');
            const known = roles.get(group);
            if (!known)
                ctx.addIssue({ code: 'custom', path: ['links', li, side], message: `no group named ${group}; groups are ${[...roles.keys()].join(', ')}` });
            else if (!known.has(role))
                ctx.addIssue({ code: 'custom', path: ['links', li, side], message: `group ${group} has no role ${role}; its roles are ${[...known].join(', ')}` });
        }
    });
});
//# sourceMappingURL=scenario-definition.js.map