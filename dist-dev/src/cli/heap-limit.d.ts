/** The JavaScript heap's limit in MB, as V8 reports it (old space plus the young generation). */
export declare function heapLimitMb(): number;
/**
 * `performance.memory_limit_mb`: the limit of the command's JavaScript heap. V8 fixes it when the
 * process starts, so the command runs again in a child started with --max-old-space-size (stdio
 * shared, so progress bars and prompts work as before). Returns the child's exit code, or
 * undefined when there is no limit or this process already runs under one. A child V8 stopped for running
 * out of heap (SIGABRT) becomes an error naming the key.
 */
export declare function runUnderHeapLimit(limitMb: number | undefined): Promise<number | undefined>;
