import type { TortureFamily } from '../harness/family.js';
/** Every family `npm run torture` runs, in order. */
export declare const FAMILIES: readonly TortureFamily[];
/** The same families with the input corpora cut to every `sample`-th case (CI's bounded sample). */
export declare function familiesSampled(sample: number): readonly TortureFamily[];
