import { type Logger } from 'pino';
/** Logs go to stderr so stdout stays clean for results and --json; every line passes `scrub` (credentials out). */
export declare function createLogger(level: string, scrub?: (text: string) => string): Logger;
