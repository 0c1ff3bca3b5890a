import type { CliRun } from '../harness/cli.js';
/** Every file under `dir` with a digest of its content: a file created, removed or changed shows. */
export declare function listing(dir: string): Map<string, string>;
/** Paths created, removed or changed between two listings. */
export declare function listingChanges(before: Map<string, string>, after: Map<string, string>, ignore?: (path: string) => boolean): string[];
/** A refusal as users should see it: exit 2, the problem named, a fix line, no stack trace and no "internal error". */
export declare function refusalProblems(run: CliRun, expect: RegExp): string[];
/** What no run may show, whatever its exit code: a stack trace, an internal error, a signal, the store's password. */
export declare function crashSigns(run: CliRun): string[];
/** The first lines of stderr, for a failure report. */
export declare const stderrHead: (run: CliRun) => string;
