import type { TortureFamily } from '../harness/family.js';
import { BAD_INPUT } from './bad-input.js';
import { concurrencyFamily } from './concurrency.js';
import { crashFamily } from './crash.js';
import { INJECTION } from './injection.js';
import { serverFaultsFamily } from './server-faults.js';

/** Every family `npm run torture` runs, in order. */
export const FAMILIES: readonly TortureFamily[] = [crashFamily, serverFaultsFamily, concurrencyFamily, BAD_INPUT, INJECTION];
