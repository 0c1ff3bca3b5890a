import { type TrialStore } from '../harness/stores.js';
/**
 * How a command is judged after a SIGKILL:
 * - `additive` (it only adds: generate, scale-ups, new tenant, import, copy): the killed run is
 *   undone by `scale-cleanup` of what it left running → the store as before; a finished run
 *   validates and its cleanup gives the store as before.
 * - `delete`: undone by `scale-cleanup` (which restores) → as before, or finished by a rerun →
 *   exactly as after an uninterrupted delete.
 * - `finish` (cleanup, restore: they bring a state back): a rerun → the state they bring back.
 */
export type CrashKind = 'additive' | 'delete' | 'finish';
export interface CrashSetup {
    /** The command (after `--db URL --tenant-id T --json`). */
    readonly args: readonly string[];
    /** `finish` commands: the store state they bring back is captured after this (before prepare's own writes). */
    readonly tenantId: string;
}
export interface CrashScenario {
    readonly command: string;
    readonly kind: CrashKind;
    /**
     * Seeds the trial's store. `mark()` is called at the moment whose state a `finish` command
     * brings back (for the others the state before the command is the reference).
     */
    prepare(trial: TrialStore, work: string, mark: () => Promise<void>): Promise<CrashSetup>;
    /** The tenant whose hash a finished run must reproduce exactly (deterministic outputs only). */
    readonly resultTenant?: string;
}
export declare const CRASH_SCENARIOS: readonly CrashScenario[];
