import type { TortureFamily } from '../harness/family.js';
export interface InputFamilyOptions {
    /** Run every n-th case only (`npm test` runs a sample; the torture run all). */
    readonly sample?: number;
}
/**
 * bad-input: every case of the corpus on every store, once (the corpus is the trials; --trials
 * does not multiply it). A case passes when it exits 2 with a message naming its problem's field
 * or flag and the rule broken (a refusal for another reason fails), a fix line and no stack trace,
 * and writes nothing: not the store (whole hash, Original layer, no leftovers, no operation
 * record), not its own directory, not a SQLite file where none was. Each row says how many were
 * refused for their stated reason.
 */
export declare function badInputFamily(options?: InputFamilyOptions): TortureFamily;
export declare const BAD_INPUT: TortureFamily;
