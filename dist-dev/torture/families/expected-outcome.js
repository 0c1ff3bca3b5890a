export const WRITTEN = { kind: 'written' };
export const FILE = { kind: 'file' };
/** A refusal for `reason` (a few words, for the table) whose stderr matches `message`. */
export const refused = (reason, message) => ({ kind: 'refused', reason, message: new RegExp(message) });
/** `text` as a pattern that matches only itself. */
export const literal = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Characters errors print as escapes (controls, zero-width, bidirectional): a value cannot forge a line or hide itself. */
const HIDDEN = [
    [0x00, 0x1f],
    [0x7f, 0x9f],
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x2069],
    [0xfeff, 0xfeff],
];
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `value` as an error shows it: hidden characters escaped. */
export function asPrinted(value) {
    let out = '';
    for (const c of value) {
        const code = c.codePointAt(0);
        out += HIDDEN.some(([from, to]) => code >= from && code <= to) ? (NAMED[c] ?? `\\u${code.toString(16).padStart(4, '0')}`) : c;
    }
    return out;
}
/** The longest value a pattern spells out; a longer one must show its start, then anything up to what follows it. */
const SPELLED = 120;
/** A pattern for `value` as an error prints it (the whole of a short one, the start of a long one). */
export function printed(value) {
    const shown = asPrinted(value);
    return shown.length > SPELLED ? `${literal(shown.slice(0, SPELLED))}[\\s\\S]*?` : literal(shown);
}
/** A pattern for `value` as a graph file's problem quotes it: JSON, cut at 60 characters. */
export const quoted = (value) => printed(JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value));
export const bytes = (value) => Buffer.byteLength(value);
/** Items of a comma-separated list flag as the CLI reads them: split, trimmed, blanks dropped. */
export const listItems = (value) => value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
//# sourceMappingURL=expected-outcome.js.map