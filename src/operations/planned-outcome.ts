import { z } from 'zod';
import type { OperationRecord } from '../domain/operation-record.js';
import type { CountByKey, RelationshipProfileRow } from '../store/graph-store.js';

/**
 * What a scale-up planned to write, the yardstick of its checks. Recorded with the operation
 * (`params.planned`) before the first write, so scale-validate later checks against the plan the
 * scale-up itself was checked against, never against counts the writer reported.
 */
export interface PlannedOutcome {
  readonly byType?: readonly CountByKey[];
  /** Only the total: operations recorded before per-type counts were. */
  readonly resources?: number;
  /** Relationships leaving the operation's nodes. */
  readonly relationships?: number;
  /** Template: copies keep their template's typed in-degree (whole scale factors only). */
  readonly inDegree?: boolean;
  /** Scenario: relationships per (source type, relationship, target). */
  readonly profile?: readonly RelationshipProfileRow[];
  /** Scenario: stamps written, each one weakly connected component. */
  readonly stamps?: number;
}

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
 * read), what it does say: the totals it wrote, and what its kind reads from its params (`legacyPlan`).
 */
export function plannedOfRecord(record: OperationRecord, legacyPlan?: (record: OperationRecord) => Partial<PlannedOutcome>): PlannedOutcome {
  const parsed = plannedSchema.safeParse(record.params.planned);
  if (parsed.success) return parsed.data;
  return { resources: record.resourcesCreated, relationships: record.relationshipsCreated, ...legacyPlan?.(record) };
}
