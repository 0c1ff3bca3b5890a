import { secretSpellings } from '../../src/domain/secrets.js';
import { SUITE_PASSWORD } from './stores.js';
const SPELLINGS = secretSpellings([SUITE_PASSWORD, encodeURIComponent(SUITE_PASSWORD)]);
/** Any spelling of the suite's password in a run's stdout or stderr (logs, progress and --json included). */
export function secretProblems(run) {
    const leaked = SPELLINGS.filter((s) => run.stdout.includes(s) || run.stderr.includes(s));
    return leaked.length > 0 ? [`password printed (${leaked.length} spelling(s)) by tenant-scale ${run.args.slice(0, 6).join(' ')}`] : [];
}
//# sourceMappingURL=secrets.js.map