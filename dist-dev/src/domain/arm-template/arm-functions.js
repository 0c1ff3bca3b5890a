import { createHash } from 'node:crypto';
import { ArmExpressionError } from './arm-expression.js';
const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v, fn) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n))
        throw new ArmExpressionError(`${fn}() needs a number, got ${JSON.stringify(v)}`);
    return n;
};
/** ARM's uniqueString is a 13-character base-32 hash of its arguments; this one is deterministic too (not Azure's exact value, which offline data cannot need). */
function uniqueString(args) {
    const hash = createHash('sha256').update(args.map(str).join('-')).digest();
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    let out = '';
    for (let i = 0; i < 13; i++)
        out += alphabet[hash[i] % 32];
    return out;
}
function guid(args) {
    const h = createHash('sha256').update(args.map(str).join('-')).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function format(args) {
    const [template, ...values] = args;
    return str(template ?? '').replace(/\{(\d+)(?::[^}]*)?\}/g, (_, n) => str(values[Number(n)] ?? ''));
}
function length(v) {
    if (typeof v === 'string' || Array.isArray(v))
        return v.length;
    if (isObject(v))
        return Object.keys(v).length;
    throw new ArmExpressionError(`length() needs a string, an array or an object, got ${JSON.stringify(v)}`);
}
function union(args) {
    if (args.every(Array.isArray))
        return [...new Set(args.flat().map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v));
    return Object.assign({}, ...args.filter(isObject));
}
/** The pure functions of the ARM template language the importer supports (deployment-dependent ones are added by the evaluator). */
export const PURE_FUNCTIONS = {
    concat: (a) => (a.every(Array.isArray) ? a.flat() : a.map(str).join('')),
    format,
    tolower: ([v]) => str(v ?? '').toLowerCase(),
    toupper: ([v]) => str(v ?? '').toUpperCase(),
    trim: ([v]) => str(v ?? '').trim(),
    string: ([v]) => str(v ?? null),
    int: ([v]) => num(v ?? null, 'int'),
    bool: ([v]) => v === true || (typeof v === 'string' && v.toLowerCase() === 'true'),
    json: ([v]) => JSON.parse(str(v ?? 'null')),
    equals: ([a, b]) => JSON.stringify(a) === JSON.stringify(b),
    not: ([v]) => !v,
    and: (a) => a.every(Boolean),
    or: (a) => a.some(Boolean),
    empty: ([v]) => v === null || v === undefined || length(v) === 0,
    contains: ([c, v]) => typeof c === 'string'
        ? c.toLowerCase().includes(str(v ?? '').toLowerCase())
        : Array.isArray(c)
            ? c.some((x) => JSON.stringify(x) === JSON.stringify(v))
            : isObject(c ?? null)
                ? Object.keys(c).some((k) => k.toLowerCase() === str(v ?? '').toLowerCase())
                : false,
    length: ([v]) => length(v ?? null),
    range: ([start, count]) => Array.from({ length: num(count ?? null, 'range') }, (_, i) => num(start ?? null, 'range') + i),
    createarray: (a) => a,
    createobject: (a) => Object.fromEntries(Array.from({ length: Math.floor(a.length / 2) }, (_, i) => [str(a[2 * i]), a[2 * i + 1]])),
    padleft: ([v, width, char]) => str(v ?? '').padStart(num(width ?? null, 'padLeft'), str(char ?? ' ')),
    substring: ([v, start, len]) => str(v ?? '').substr(num(start ?? 0, 'substring'), len === undefined ? undefined : num(len, 'substring')),
    replace: ([v, from, to]) => str(v ?? '')
        .split(str(from ?? ''))
        .join(str(to ?? '')),
    split: ([v, sep]) => Array.isArray(sep)
        ? str(v ?? '').split(new RegExp(sep.map((s) => str(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')))
        : str(v ?? '').split(str(sep ?? '')),
    startswith: ([v, p]) => str(v ?? '')
        .toLowerCase()
        .startsWith(str(p ?? '').toLowerCase()),
    endswith: ([v, p]) => str(v ?? '')
        .toLowerCase()
        .endsWith(str(p ?? '').toLowerCase()),
    first: ([v]) => (typeof v === 'string' ? v.slice(0, 1) : Array.isArray(v) ? (v[0] ?? null) : null),
    last: ([v]) => (typeof v === 'string' ? v.slice(-1) : Array.isArray(v) ? (v[v.length - 1] ?? null) : null),
    take: ([v, n]) => (typeof v === 'string' || Array.isArray(v) ? v.slice(0, num(n ?? null, 'take')) : null),
    skip: ([v, n]) => (typeof v === 'string' || Array.isArray(v) ? v.slice(num(n ?? null, 'skip')) : null),
    union,
    coalesce: (a) => a.find((v) => v !== null && v !== undefined) ?? null,
    null: () => null,
    true: () => true,
    false: () => false,
    add: ([a, b]) => num(a ?? null, 'add') + num(b ?? null, 'add'),
    sub: ([a, b]) => num(a ?? null, 'sub') - num(b ?? null, 'sub'),
    mul: ([a, b]) => num(a ?? null, 'mul') * num(b ?? null, 'mul'),
    div: ([a, b]) => Math.trunc(num(a ?? null, 'div') / num(b ?? null, 'div')),
    mod: ([a, b]) => num(a ?? null, 'mod') % num(b ?? null, 'mod'),
    min: (a) => Math.min(...(Array.isArray(a[0]) ? a[0] : a).map((v) => num(v, 'min'))),
    max: (a) => Math.max(...(Array.isArray(a[0]) ? a[0] : a).map((v) => num(v, 'max'))),
    greater: ([a, b]) => (a ?? 0) > (b ?? 0),
    greaterorequals: ([a, b]) => (a ?? 0) >= (b ?? 0),
    less: ([a, b]) => (a ?? 0) < (b ?? 0),
    lessorequals: ([a, b]) => (a ?? 0) <= (b ?? 0),
    uniquestring: uniqueString,
    guid,
    base64: ([v]) => Buffer.from(str(v ?? '')).toString('base64'),
    uri: ([base, rel]) => new URL(str(rel ?? ''), str(base ?? '')).toString(),
};
//# sourceMappingURL=arm-functions.js.map