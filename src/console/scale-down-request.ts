import { z } from 'zod';
import { GRAPH_FORMATS, parseTagFilter, PATTERNS, type PatternSpec, PRESERVE_PATHS, SAMPLING_ALGORITHMS, type SamplerParams } from '../index.js';

/**
 * A scale-down as the Run page sends it: a sampler (with its parameters) or a pattern, a target,
 * and where the sample goes — nothing, a download, a new tenant, or the tenant shrunk in place.
 */
export const scaleDownRequest = z.object({
  tenantId: z.string().trim().min(1, 'name a tenant'),
  algorithm: z.enum([...SAMPLING_ALGORITHMS, 'pattern']),
  pattern: z.enum(PATTERNS).optional(),
  resourceTypes: z.array(z.string().trim().min(1)).optional(),
  /** `k=v` pairs, comma-separated, as typed. */
  tags: z.string().optional(),
  includeNeighbors: z.number().optional(),
  burningProbability: z.number().optional(),
  backwardRatio: z.number().optional(),
  restartProbability: z.number().optional(),
  burnIn: z.number().optional(),
  walkLength: z.number().optional(),
  targetSize: z.number().optional(),
  targetCount: z.number().optional(),
  seed: z.number().int().optional(),
  preserveTypes: z.boolean().optional(),
  stratifyTypes: z.boolean().optional(),
  preservePaths: z.enum(['none', ...PRESERVE_PATHS]).optional(),
  output: z.enum(['none', 'export', 'new-tenant', 'delete']),
  format: z.enum(GRAPH_FORMATS).optional(),
  newTenantId: z.string().trim().optional(),
  includeOriginal: z.boolean().optional(),
  /** delete: the person confirmed deleting everything outside the sample. */
  confirmed: z.boolean().optional(),
  /** delete: false writes no backup (cannot be undone). */
  backup: z.boolean().optional(),
  dryRun: z.boolean().optional(),
});

export type ScaleDownRequest = z.infer<typeof scaleDownRequest>;

/** The sampler's parameters the form set, over the configured burning probability. */
export function samplerParams(body: ScaleDownRequest, burningProbability: number): Partial<SamplerParams> {
  const params: Partial<Record<keyof SamplerParams, number>> = { burningProbability };
  for (const key of ['burningProbability', 'backwardRatio', 'restartProbability', 'burnIn', 'walkLength'] as const)
    if (body[key] !== undefined) params[key] = body[key];
  return params;
}

/** The pattern a `pattern` scale-down starts from (security when the form left it unset, as the CLI's choices begin). */
export function patternOf(body: ScaleDownRequest): PatternSpec {
  return {
    pattern: body.pattern ?? 'security',
    ...(body.resourceTypes?.length ? { resourceTypes: body.resourceTypes } : {}),
    ...(body.tags?.trim()
      ? {
          tags: parseTagFilter(
            body.tags
              .split(',')
              .map(trimmedPair)
              .filter((p) => p !== ''),
          ),
        }
      : {}),
    hops: body.includeNeighbors ?? 1,
  };
}

/** A form's `key = value` as `key=value`: the spaces a person types around the parts are not the tag's (the library takes tags exactly as given). */
function trimmedPair(pair: string): string {
  const at = pair.indexOf('=');
  return at < 0 ? pair.trim() : `${pair.slice(0, at).trim()}=${pair.slice(at + 1).trim()}`;
}
