import type { CliRun } from './cli.js';
/** Any spelling of the suite's password in a run's stdout or stderr (logs, progress and --json included). */
export declare function secretProblems(run: CliRun): string[];
