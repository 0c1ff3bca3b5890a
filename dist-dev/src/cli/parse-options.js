import { InvalidArgumentError } from 'commander';
/** Commander argument parsers: a bad value becomes a usage error (exit 2) naming the option. */
export function integerOption(value) {
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isSafeInteger(n))
        throw new InvalidArgumentError(`"${value}" is not a whole number.`);
    return n;
}
export function positiveIntegerOption(value) {
    const n = integerOption(value);
    if (n < 1)
        throw new InvalidArgumentError(`"${value}" must be 1 or more.`);
    return n;
}
/** A comma-separated list; one naming nothing (`""`, `,,`) is refused: taken as "no filter" it would widen what the command touches. */
export function listOption(value, previous = []) {
    const items = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (items.length === 0)
        throw new InvalidArgumentError(`"${value}" names nothing.`);
    return [...previous, ...items];
}
export function numberOption(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
        throw new InvalidArgumentError(`"${value}" is not a number.`);
    return n;
}
//# sourceMappingURL=parse-options.js.map