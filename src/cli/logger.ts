import { pino, type Logger } from 'pino';
import { LOG_LEVELS, UsageError } from '../index.js';

/** Logs go to stderr so stdout stays clean for results and --json; every line passes `scrub` (credentials out). */
export function createLogger(level: string, scrub: (text: string) => string = (t) => t): Logger {
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(`--log-level ${level} is not a level`, `use one of ${LOG_LEVELS.join(', ')}`);
  }
  return pino({ level, base: undefined }, { write: (line: string) => process.stderr.write(scrub(line)) });
}
