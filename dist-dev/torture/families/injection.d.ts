import type { TortureFamily } from '../harness/family.js';
import type { InputFamilyOptions } from './bad-input.js';
/**
 * injection: hostile strings (quotes, backticks, `})`, comments, NUL, 100 kB, unicode, look-alike
 * ids) through every flag and file field that reaches a query, on every store. Each (case, string)
 * states before it runs how it must end, from the string's properties: refused for one reason
 * (exit 2, a message naming the field and the rule broken, nothing written), or written (the
 * string given back byte for byte by export, the other tenants untouched, undone to the same
 * store), or for export's path the one file named. Each row counts what was written and refused.
 */
export declare function injectionFamily(options?: InputFamilyOptions): TortureFamily;
export declare const INJECTION: TortureFamily;
