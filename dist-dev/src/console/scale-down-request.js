import { z } from 'zod';
import { GRAPH_FORMATS, SAMPLING_ALGORITHMS } from '../index.js';
/** A scale-down as the Run page sends it: a sampler, a target, and where the sample goes (nothing, a download, a new tenant). */
export const scaleDownRequest = z.object({
    tenantId: z.string().trim().min(1, 'name a tenant'),
    algorithm: z.enum(SAMPLING_ALGORITHMS),
    targetSize: z.number().optional(),
    targetCount: z.number().optional(),
    seed: z.number().int().optional(),
    stratifyTypes: z.boolean().optional(),
    output: z.enum(['none', 'export', 'new-tenant']),
    format: z.enum(GRAPH_FORMATS).optional(),
    newTenantId: z.string().trim().optional(),
    dryRun: z.boolean().optional(),
});
//# sourceMappingURL=scale-down-request.js.map