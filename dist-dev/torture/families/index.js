import { BAD_INPUT, badInputFamily } from './bad-input.js';
import { concurrencyFamily } from './concurrency.js';
import { crashFamily } from './crash.js';
import { INJECTION, injectionFamily } from './injection.js';
import { serverFaultsFamily } from './server-faults.js';
/** Every family `npm run torture` runs, in order. */
export const FAMILIES = [crashFamily, serverFaultsFamily, concurrencyFamily, BAD_INPUT, INJECTION];
/** The same families with the input corpora cut to every `sample`-th case (CI's bounded sample). */
export function familiesSampled(sample) {
    return [crashFamily, serverFaultsFamily, concurrencyFamily, badInputFamily({ sample }), injectionFamily({ sample })];
}
//# sourceMappingURL=index.js.map