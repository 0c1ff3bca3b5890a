/**
 * How one injection trial must end, stated before it runs from the hostile string and the case
 * alone: refused for one reason (exit 2, a message matching `message`, nothing written), written
 * (exit 0, the string stored and given back byte for byte, then undone), or a file (exit 0, exactly
 * the file the flag named, nothing in the store).
 */
export type Expected = {
    readonly kind: 'refused';
    readonly reason: string;
    readonly message: RegExp;
} | {
    readonly kind: 'written';
} | {
    readonly kind: 'file';
};
export declare const WRITTEN: Expected;
export declare const FILE: Expected;
/** A refusal for `reason` (a few words, for the table) whose stderr matches `message`. */
export declare const refused: (reason: string, message: string) => Expected;
/** `text` as a pattern that matches only itself. */
export declare const literal: (text: string) => string;
/** `value` as an error shows it: hidden characters escaped. */
export declare function asPrinted(value: string): string;
/** A pattern for `value` as an error prints it (the whole of a short one, the start of a long one). */
export declare function printed(value: string): string;
/** A pattern for `value` as a graph file's problem quotes it: JSON, cut at 60 characters. */
export declare const quoted: (value: string) => string;
export declare const bytes: (value: string) => number;
/** Items of a comma-separated list flag as the CLI reads them: split, trimmed, blanks dropped. */
export declare const listItems: (value: string) => string[];
