/**
 * Keeping credentials out of everything tenant-scale prints. No I/O.
 *
 * A connection URL's userinfo ends at its *last* `@` before the host (a password may hold `@`, `/`,
 * `:` or `#`, raw or percent-encoded; a host never holds `@`), so redaction cuts there rather than
 * at the first `@`. Messages that quote a driver's error may still carry the password itself, so
 * every printed text is also scrubbed of the password strings (raw, percent-decoded, encoded).
 */
export declare function redactUri(uri: string): string;
/** The password of a connection URL (what follows the first `:` of its userinfo), if it has one. */
export declare function passwordOf(uri: string): string | undefined;
/** Every spelling of the given secrets a message could contain, longest first. */
export declare function secretSpellings(secrets: readonly (string | undefined)[]): string[];
/** The text with every spelling of every secret replaced by `***`. */
export declare function scrubSecrets(text: string, spellings: readonly string[]): string;
