/** Commander argument parsers: a bad value becomes a usage error (exit 2) naming the option. */
export declare function integerOption(value: string): number;
export declare function positiveIntegerOption(value: string): number;
/** A comma-separated list; one naming nothing (`""`, `,,`) is refused: taken as "no filter" it would widen what the command touches. */
export declare function listOption(value: string, previous?: string[]): string[];
export declare function numberOption(value: string): number;
