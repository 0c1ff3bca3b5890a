import { type OperationEvent } from '../../src/operations/events.js';
/** A progress event that reports items written, deleted or restored (not read): the command's writes have begun. */
export declare const isWriteProgress: (e: OperationEvent) => boolean;
/** What the hook saw when it killed the process (the JSON in TEST_CRASH_AT_REPORT). */
export interface CrashReport {
    readonly spec: string;
    /** Write events the process had reported when it was killed. */
    readonly writesSeen: number;
    /** Whether it had reported its end (`finished`) — then the kill did not land inside the work. */
    readonly finished: boolean;
}
/** The path to pass to `node --import` (this file, compiled). */
export declare const CRASH_AT_MODULE: string;
