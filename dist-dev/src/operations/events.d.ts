/**
 * What an operation is doing, as it happens: published on a Node diagnostics channel, so it costs
 * nothing while nobody listens. Listeners: the CLI prints every event at `--log-level debug`, and
 * crash tests stop a process at an exact event (a `--import` module subscribing to the channel)
 * instead of at a moment on a clock.
 */
export declare const OPERATION_EVENTS_CHANNEL = "tenant-scale:operation";
export type OperationEvent = 
/** The operation's record is written (status running): what it writes from now on carries its id. */
{
    readonly type: 'recorded';
    readonly operationId: string;
    readonly kind: string;
    readonly tenantId: string;
    readonly resumed: boolean;
}
/** One of its phases begins (collect, backup, delete, write, validate, …). */
 | {
    readonly type: 'phase';
    readonly name: string;
}
/** Work done so far: `done` of `total` items of `phase` are written (or read, for reading phases). */
 | {
    readonly type: 'progress';
    readonly label: string;
    readonly phase: string;
    readonly done: number;
    readonly total: number | null;
}
/** The record left `running`: completed, or rolled back after a failure. */
 | {
    readonly type: 'finished';
    readonly operationId: string;
    readonly status: 'completed' | 'rolled_back';
};
export declare function publishOperationEvent(event: OperationEvent): void;
/** Calls `listener` with every event until the returned function is called. */
export declare function onOperationEvents(listener: (event: OperationEvent) => void): () => void;
