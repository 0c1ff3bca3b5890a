import { pino, type Logger } from 'pino';
import { LOG_LEVELS } from '../config/config-schema.js';
import { UsageError } from '../domain/errors.js';

/** Logs go to stderr (fd 2) so stdout stays clean for results and --json. */
export function createLogger(level: string): Logger {
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(`--log-level ${level} is not a level`, `use one of ${LOG_LEVELS.join(', ')}`);
  }
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}
