import { channel } from 'node:diagnostics_channel';
/**
 * What an operation is doing, as it happens: published on a Node diagnostics channel, so it costs
 * nothing while nobody listens. Listeners: the CLI prints every event at `--log-level debug`, and
 * crash tests stop a process at an exact event (a `--import` module subscribing to the channel)
 * instead of at a moment on a clock.
 */
export const OPERATION_EVENTS_CHANNEL = 'tenant-scale:operation';
const events = channel(OPERATION_EVENTS_CHANNEL);
export function publishOperationEvent(event) {
    if (events.hasSubscribers)
        events.publish(event);
}
/** Calls `listener` with every event until the returned function is called. */
export function onOperationEvents(listener) {
    const handler = (message) => listener(message);
    events.subscribe(handler);
    return () => events.unsubscribe(handler);
}
//# sourceMappingURL=events.js.map