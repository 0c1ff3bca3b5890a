import { z } from 'zod';
const count = z.number().int().nonnegative();
const plannedSchema = z.object({
    byType: z.array(z.object({ key: z.string(), count })),
    relationships: count,
    inDegree: z.boolean().optional(),
    profile: z.array(z.object({ from: z.string(), type: z.string(), to: z.string(), count })).optional(),
    stamps: count.optional(),
});
/**
 * The plan a record carries; for a record written before plans were recorded (or whose plan does not
 * read), what it does say: the totals it wrote and, for a template, whether its factor was whole.
 */
export function plannedOfRecord(record) {
    const parsed = plannedSchema.safeParse(record.params.planned);
    if (parsed.success)
        return parsed.data;
    const factor = record.params.scaleFactor;
    return {
        resources: record.resourcesCreated,
        relationships: record.relationshipsCreated,
        ...(record.strategy === 'template' ? { inDegree: typeof factor === 'number' && Number.isInteger(factor) } : {}),
    };
}
//# sourceMappingURL=planned-outcome.js.map