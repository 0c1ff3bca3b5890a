import { TenantScaleError } from '../index.js';
export function errorBody(err) {
    if (err instanceof TenantScaleError) {
        const status = err.exitCode === 2 ? 400 : 500;
        return { error: err.message, ...(err.fix ? { fix: err.fix } : {}), fields: err.options, status };
    }
    // Not one of ours: a bug. The page says so without internals (the console's stderr has the stack).
    console.error(err);
    return { error: `internal error: ${err?.message ?? String(err)}`, fields: [], status: 500 };
}
//# sourceMappingURL=error-body.js.map