import { type GraphFile } from './injection-cases.js';
/** A write case's evidence: the string it sent, the run's --json result, the export of what was written. */
export interface WriteBack {
    readonly fault: string;
    readonly h: string;
    readonly result: Record<string, unknown>;
    readonly back: GraphFile;
    /** The json file imported (the json faults), or tenant C's export (--as-tenant). */
    readonly sent?: GraphFile;
}
/**
 * Where the string must be found again, byte for byte, for each kind of write: every place it was
 * sent, compared exactly (===, never a prefix or a match), and the write itself as big as sent.
 */
export declare function givenBackProblems(w: WriteBack): string[];
