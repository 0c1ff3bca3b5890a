import type { Command } from 'commander';
import type { ScaleUpResult } from '../scale-up/scale-up-types.js';
import type { CommandContext } from './run-command.js';
/** Options every scale-up strategy takes. */
export interface CommonScaleUpFlags {
    batchSize?: number;
    concurrency?: number;
    maxResources?: number;
    dryRun?: boolean;
    validate: boolean;
}
/** Which configuration key `--batch-size` sets: template copies, or generated (scenario, random) rows. */
export type BatchKey = 'batch_size' | 'generated_batch_size';
export declare function addCommonScaleUpOptions(command: Command, batchKey?: BatchKey): Command;
export declare function commonConfigFlags(flags: CommonScaleUpFlags, batchKey?: BatchKey): {
    scale_up: {
        [batchKey]: number | undefined;
        concurrency: number | undefined;
        max_resources: number | undefined;
    };
};
/** Options shared by the scale-up functions, from flags and configuration. */
export declare function commonScaleUpOptions(ctx: CommandContext, flags: CommonScaleUpFlags, batchKey?: BatchKey): {
    tenantId: string | undefined;
    batchSize: number;
    concurrency: number;
    maxResources: number;
    dryRun: boolean;
    validate: boolean;
    skipChecks: string[];
};
/** Runs a scale-up with a progress bar (stderr, TTY only) and renders its result. */
export declare function runScaleUp<P>(ctx: CommandContext, label: string, run: (hooks: {
    onProgress: (phase: string, done: number, total: number) => void;
    signal: AbortSignal;
}) => Promise<ScaleUpResult<P>>, renderPlan: (r: ScaleUpResult<P>) => string[]): Promise<{
    result: ScaleUpResult<P>;
    text: string;
}>;
/** "Plan (dry run, nothing written): …" or "Plan: …". */
export declare function planHeading(dryRun: boolean, body: string): string;
export declare function typeTable(rows: readonly {
    key: string;
    count: number;
}[], heading?: string): string;
