import type { TortureFamily } from '../harness/family.js';
import { crashFamily } from './crash.js';

/** Every family `npm run torture` runs, in order. */
export const FAMILIES: readonly TortureFamily[] = [crashFamily];
