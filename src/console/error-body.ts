import type { z } from 'zod';
import { TenantScaleError } from '../index.js';

/** An error as the page shows it: the problem, the fix, and the options (form fields) it names. */
export interface ErrorBody {
  readonly error: string;
  readonly fix?: string;
  readonly fields: readonly string[];
  /** 400 bad input (nothing written), 409 refused for the store's state, 500 a failure (what was written is rolled back). */
  readonly status: 400 | 409 | 500;
}

/** A request that does not parse: the fields at fault, named as the library names its options. */
export function badBody(error: z.ZodError): ErrorBody {
  const fields = [...new Set(error.issues.map((i) => String(i.path[0] ?? '')))].filter(Boolean);
  return {
    error: error.issues.map((i) => `\`${i.path.join('.') || 'body'}\`: ${i.message}`).join('; '),
    fix: 'correct the fields marked',
    fields,
    status: 400,
  };
}

export function errorBody(err: unknown): ErrorBody {
  if (err instanceof TenantScaleError) {
    const status = err.exitCode === 2 ? 400 : 500;
    return { error: err.message, ...(err.fix ? { fix: err.fix } : {}), fields: err.options, status };
  }
  // Not one of ours: a bug. The page says so without internals (the console's stderr has the stack).
  console.error(err);
  return { error: `internal error: ${(err as Error)?.message ?? String(err)}`, fields: [], status: 500 };
}
