/**
 * Characters a terminal does not show as themselves: controls (newline, carriage return, escape
 * sequences), zero-width spaces and joiners, bidirectional overrides. A value quoted in an error
 * could use them to forge a line (a fake `fix:`), move the cursor, or hide how it differs from a
 * known id; they are printed as escapes instead.
 */
const HIDDEN = [
    [0x00, 0x1f],
    [0x7f, 0x9f],
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x2069],
    [0xfeff, 0xfeff],
];
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const hidden = (code) => HIDDEN.some(([from, to]) => code >= from && code <= to);
/** `text` with every hidden character written as `\n`, `\r`, `\t` or `\uXXXX`. */
export function printable(text) {
    let out = '';
    for (const c of text) {
        const code = c.codePointAt(0);
        out += hidden(code) ? (NAMED[c] ?? `\\u${code.toString(16).padStart(4, '0')}`) : c;
    }
    return out;
}
//# sourceMappingURL=printable.js.map