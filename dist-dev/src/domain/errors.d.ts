/**
 * Names an option inside an error's text. The library's message names the option (`targetCount`);
 * the CLI renders the same error with its flag (`--target-count`, or the flag given when the
 * option is spelled otherwise on the command line: `opt('tenantId', 'as-tenant')`).
 */
export declare const opt: (name: string, flag?: string) => string;
/** Text with its option tokens rendered for a library caller (the option name) or a command line (the flag). */
export declare function renderOptions(text: string, audience: 'library' | 'cli'): string;
export declare abstract class TenantScaleError extends Error {
    private readonly rawMessage;
    private readonly rawFix?;
    abstract readonly exitCode: number;
    /** The fix, naming options as a library caller passes them. */
    readonly fix?: string;
    constructor(rawMessage: string, rawFix?: string | undefined);
    /** Message and fix as the command line shows them: options named by their flags. */
    /** The options the message names, as a library caller passes them (first the one at fault): where a form shows the error. */
    get options(): string[];
    forCli(): {
        message: string;
        fix: string | undefined;
    };
}
/** The user asked for something that cannot be done as asked: exit 2, nothing written. */
export declare class UsageError extends TenantScaleError {
    readonly exitCode = 2;
}
/** Configuration file or environment is invalid: exit 2, nothing written. */
export declare class ConfigError extends TenantScaleError {
    readonly exitCode = 2;
}
/** The store cannot be reached or refused us (bad URL, server down, wrong credentials): exit 1. */
export declare class StoreConnectionError extends TenantScaleError {
    readonly exitCode = 1;
}
/** The store failed under us after connecting (a server gone, a lock, a full disk): exit 1, and an operation it interrupted is rolled back. */
export declare class StoreError extends TenantScaleError {
    readonly exitCode = 1;
}
/** An operation failed after it started writing and was rolled back: exit 1. */
export declare class OperationFailedError extends TenantScaleError {
    readonly exitCode = 1;
}
/** A broken invariant: a bug in tenant-scale, never the user's fault. */
export declare class InternalError extends TenantScaleError {
    readonly exitCode = 70;
}
/** A database query ran past the configured query timeout and the server stopped it: exit 1 (the operation rolls back). */
export declare class QueryTimeoutError extends TenantScaleError {
    readonly exitCode = 1;
}
