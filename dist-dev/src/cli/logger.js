import { pino } from 'pino';
import { LOG_LEVELS } from '../config/config-schema.js';
import { UsageError } from '../domain/errors.js';
/** Logs go to stderr so stdout stays clean for results and --json; every line passes `scrub` (credentials out). */
export function createLogger(level, scrub = (t) => t) {
    if (!LOG_LEVELS.includes(level)) {
        throw new UsageError(`--log-level ${level} is not a level`, `use one of ${LOG_LEVELS.join(', ')}`);
    }
    return pino({ level, base: undefined }, { write: (line) => process.stderr.write(scrub(line)) });
}
//# sourceMappingURL=logger.js.map