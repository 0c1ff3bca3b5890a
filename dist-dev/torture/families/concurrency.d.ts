import type { TortureFamily } from '../harness/family.js';
export declare const concurrencyFamily: TortureFamily;
