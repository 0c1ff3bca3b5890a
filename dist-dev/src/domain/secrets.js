/**
 * Keeping credentials out of everything tenant-scale prints. No I/O.
 *
 * A connection URL's userinfo ends at its *last* `@` before the host (a password may hold `@`, `/`,
 * `:` or `#`, raw or percent-encoded; a host never holds `@`), so redaction cuts there rather than
 * at the first `@`. Messages that quote a driver's error may still carry the password itself, so
 * every printed text is also scrubbed of the password strings (raw, percent-decoded, encoded).
 */
export function redactUri(uri) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(uri)?.[0];
    if (!scheme)
        return uri;
    const rest = uri.slice(scheme.length);
    const at = rest.lastIndexOf('@');
    return at < 0 ? uri : `${scheme}${rest.slice(at + 1)}`;
}
/** The password of a connection URL (what follows the first `:` of its userinfo), if it has one. */
export function passwordOf(uri) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(uri)?.[0];
    if (!scheme)
        return undefined;
    const rest = uri.slice(scheme.length);
    const at = rest.lastIndexOf('@');
    if (at < 0)
        return undefined;
    const userinfo = rest.slice(0, at);
    const colon = userinfo.indexOf(':');
    return colon < 0 ? undefined : userinfo.slice(colon + 1);
}
/** Every spelling of the given secrets a message could contain, longest first. */
export function secretSpellings(secrets) {
    const spellings = new Set();
    for (const secret of secrets) {
        if (!secret)
            continue;
        spellings.add(secret);
        spellings.add(encodeURIComponent(secret));
        spellings.add(JSON.stringify(secret).slice(1, -1)); // as it appears inside --json output
        try {
            spellings.add(decodeURIComponent(secret));
        }
        catch {
            // not percent-encoded: the raw spelling is enough
        }
    }
    return [...spellings].filter(Boolean).sort((a, b) => b.length - a.length);
}
/** The text with every spelling of every secret replaced by `***`. */
export function scrubSecrets(text, spellings) {
    let out = text;
    for (const s of spellings)
        out = out.split(s).join('***');
    return out;
}
//# sourceMappingURL=secrets.js.map