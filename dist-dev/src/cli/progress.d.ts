export interface ProgressReporter {
    update(done: number, total: number, detail?: string): void;
    stop(): void;
}
/**
 * A progress bar on stderr, only when stderr is a terminal (never in pipes, CI or --json captures).
 * Every update is also an operation event (printed at --log-level debug, whatever the terminal).
 */
export declare function createProgress(label: string, stream?: NodeJS.WriteStream): ProgressReporter;
