import type { TortureFamily } from '../harness/family.js';
/** The crash family over these commands (default: every command that writes). */
export declare function crashFamilyOf(commands?: readonly string[]): TortureFamily;
export declare const crashFamily: TortureFamily;
