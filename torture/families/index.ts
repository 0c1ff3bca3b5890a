import type { TortureFamily } from '../harness/family.js';
import { BAD_INPUT } from './bad-input.js';
import { INJECTION } from './injection.js';

/** Every family `npm run torture` runs, in order. */
export const FAMILIES: readonly TortureFamily[] = [BAD_INPUT, INJECTION];
