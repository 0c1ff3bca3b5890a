import type { Command, CommanderError } from 'commander';
/**
 * The fix for an error commander found on the command line (its message names the problem), so
 * that these errors end with a `fix:` line like every other usage error; undefined for help and
 * version, which are not errors.
 */
export declare function usageFix(err: CommanderError, command: Command): string | undefined;
