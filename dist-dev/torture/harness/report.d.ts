/** One row of the torture table: a command on a store under one kind of fault, over some trials. */
export interface TortureRow {
    readonly family: string;
    readonly command: string;
    readonly store: string;
    readonly fault: string;
    readonly trials: number;
    readonly passed: number;
    /** What every trial checked, in a few words. */
    readonly checked: string;
    /** One line per failed trial, and one per failure of the row as a whole (a figure below its bar): empty when it passed. */
    readonly failures: readonly string[];
}
/** A row passes when every trial passed and nothing failed the row as a whole. */
export declare const rowPassed: (r: TortureRow) => boolean;
/** Collects the outcome of each trial of one row. */
export declare class RowBuilder {
    private readonly head;
    private trials;
    private passed;
    private readonly failures;
    constructor(head: Omit<TortureRow, 'trials' | 'passed' | 'failures'>);
    /** Fails the row as a whole (its trials may all have passed): e.g. too few kills landed inside the work. */
    fail(problem: string): void;
    /** A trial: `problems` empty means it passed. */
    record(problems: readonly string[], trial?: string): void;
    /** Runs one trial, turning a thrown error into a failure of that trial. */
    trial(label: string, run: () => Promise<readonly string[]>): Promise<void>;
    build(): TortureRow;
}
/** The table as Markdown (the README shows it), failures listed under it. */
export declare function renderTable(rows: readonly TortureRow[]): string;
