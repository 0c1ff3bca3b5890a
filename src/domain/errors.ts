/**
 * Typed errors. Expected failures carry the fix and map to exit 2 (bad usage) or 1 (environment);
 * anything else is a bug. The CLI maps classes to exit codes in one place (cli/run-command.ts).
 */
const OPTION_TOKEN = /\{\{option:([A-Za-z0-9]+)(?:\|([a-z0-9-]+))?\}\}/g;
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Names an option inside an error's text. The library's message names the option (`targetCount`);
 * the CLI renders the same error with its flag (`--target-count`, or the flag given when the
 * option is spelled otherwise on the command line: `opt('tenantId', 'as-tenant')`).
 */
export const opt = (name: string, flag?: string): string => `{{option:${name}${flag ? `|${flag}` : ''}}}`;

/** Text with its option tokens rendered for a library caller (the option name) or a command line (the flag). */
export function renderOptions(text: string, audience: 'library' | 'cli'): string {
  return text.replace(OPTION_TOKEN, (_m, name: string, flag: string | undefined) => (audience === 'cli' ? `--${flag ?? kebab(name)}` : `\`${name}\``));
}

export abstract class TenantScaleError extends Error {
  abstract readonly exitCode: number;
  /** The fix, naming options as a library caller passes them. */
  readonly fix?: string;

  constructor(
    private readonly rawMessage: string,
    private readonly rawFix?: string,
  ) {
    super(renderOptions(rawMessage, 'library'));
    if (rawFix !== undefined) this.fix = renderOptions(rawFix, 'library');
    this.name = new.target.name;
  }

  /**
   * The options the message names, as a library caller passes them (first the one at fault), else
   * those its fix names (the option to change): where a form shows the error.
   */
  get options(): string[] {
    const named = (text: string | undefined) => [...new Set([...(text ?? '').matchAll(OPTION_TOKEN)].map((m) => m[1]!))];
    const inMessage = named(this.rawMessage);
    return inMessage.length ? inMessage : named(this.rawFix);
  }

  /** Message and fix as the command line shows them: options named by their flags. */
  forCli(): { message: string; fix: string | undefined } {
    return { message: renderOptions(this.rawMessage, 'cli'), fix: this.rawFix === undefined ? undefined : renderOptions(this.rawFix, 'cli') };
  }
}

/** The user asked for something that cannot be done as asked: exit 2, nothing written. */
export class UsageError extends TenantScaleError {
  readonly exitCode = 2;
}

/** Configuration file or environment is invalid: exit 2, nothing written. */
export class ConfigError extends TenantScaleError {
  readonly exitCode = 2;
}

/** The store cannot be reached or refused us (bad URL, server down, wrong credentials): exit 1. */
export class StoreConnectionError extends TenantScaleError {
  readonly exitCode = 1;
}

/** The store failed under us after connecting (a server gone, a lock, a full disk): exit 1, and an operation it interrupted is rolled back. */
export class StoreError extends TenantScaleError {
  readonly exitCode = 1;
}

/** An operation failed after it started writing and was rolled back: exit 1. */
export class OperationFailedError extends TenantScaleError {
  readonly exitCode = 1;
}

/** A broken invariant: a bug in tenant-scale, never the user's fault. */
export class InternalError extends TenantScaleError {
  readonly exitCode = 70;
}

/** A database query ran past the configured query timeout and the server stopped it: exit 1 (the operation rolls back). */
export class QueryTimeoutError extends TenantScaleError {
  readonly exitCode = 1;
}
