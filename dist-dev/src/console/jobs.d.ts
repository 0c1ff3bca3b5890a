import { type ErrorBody } from './error-body.js';
/** Hooks every long library call takes: progress by phase, and a signal that stops it (it rolls back). */
export interface JobHooks {
    readonly onProgress: (phase: string, done: number, total: number | null) => void;
    readonly signal: AbortSignal;
    /** A file the operation wrote for the page to download (by this name, never by path). */
    readonly attach: (name: string, file: string) => void;
}
export interface JobProgress {
    readonly phase: string;
    readonly done: number;
    readonly total: number | null;
    /** Items a second over this phase so far. */
    readonly ratePerSecond: number;
    /** At this rate, the rest of the phase. */
    readonly etaSeconds: number | null;
}
export type JobEvent = ({
    readonly type: 'progress';
} & JobProgress) | {
    readonly type: 'done';
    readonly result: unknown;
} | {
    readonly type: 'failed';
    readonly error: ErrorBody;
    readonly stopped: boolean;
};
export type JobStatus = 'running' | 'done' | 'failed' | 'stopped';
/** One long operation the console runs in its own process, for the page to follow and stop. */
export declare class Job {
    readonly kind: string;
    readonly tenantId: string | undefined;
    readonly id: `${string}-${string}-${string}-${string}-${string}`;
    readonly startedAt: string;
    status: JobStatus;
    last?: JobEvent;
    /** The latest progress: replayed to a late listener before the end, so every page sees where the work got to. */
    lastProgress?: JobEvent;
    readonly files: Map<string, string>;
    private readonly controller;
    private readonly listeners;
    private phaseStart;
    constructor(kind: string, tenantId: string | undefined);
    get hooks(): JobHooks;
    /** Stop: the operation's signal aborts, and it rolls back as an interrupted CLI run does. */
    stop(): void;
    get stopping(): boolean;
    /** Every event from now on (the latest progress and the end first, so a late listener sees where it stands). */
    subscribe(listener: (e: JobEvent) => void): () => void;
    private emit;
    private progress;
    /** Runs the operation to its end; never throws (the end is an event). */
    run(work: (hooks: JobHooks) => Promise<unknown>): Promise<void>;
}
/** The operations this console started, by id (kept for the page to read their end). */
export declare class Jobs {
    private readonly jobs;
    start(kind: string, tenantId: string | undefined, work: (hooks: JobHooks) => Promise<unknown>): Job;
    get(id: string): Job | undefined;
    running(): Job[];
    /** Stops every running operation and waits until each has ended (rolled back): the console's shutdown. */
    stopAll(): Promise<void>;
}
