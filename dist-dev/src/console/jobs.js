import { randomUUID } from 'node:crypto';
import { errorBody } from './error-body.js';
/** One long operation the console runs in its own process, for the page to follow and stop. */
export class Job {
    kind;
    tenantId;
    id = randomUUID();
    startedAt = new Date().toISOString();
    status = 'running';
    last;
    /** The latest progress: replayed to a late listener before the end, so every page sees where the work got to. */
    lastProgress;
    files = new Map();
    controller = new AbortController();
    listeners = new Set();
    phaseStart = { phase: '', at: 0, done: 0 };
    constructor(kind, tenantId) {
        this.kind = kind;
        this.tenantId = tenantId;
    }
    get hooks() {
        return {
            onProgress: (phase, done, total) => this.progress(phase, done, total),
            signal: this.controller.signal,
            attach: (name, file) => this.files.set(name, file),
        };
    }
    /** Stop: the operation's signal aborts, and it rolls back as an interrupted CLI run does. */
    stop() {
        this.controller.abort();
    }
    get stopping() {
        return this.controller.signal.aborted;
    }
    /** Every event from now on (the latest progress and the end first, so a late listener sees where it stands). */
    subscribe(listener) {
        if (this.lastProgress && this.last !== this.lastProgress)
            listener(this.lastProgress);
        if (this.last)
            listener(this.last);
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    emit(event) {
        this.last = event;
        if (event.type === 'progress')
            this.lastProgress = event;
        for (const l of this.listeners)
            l(event);
    }
    progress(phase, done, total) {
        const now = performance.now();
        if (phase !== this.phaseStart.phase)
            this.phaseStart = { phase, at: now, done };
        const seconds = (now - this.phaseStart.at) / 1000;
        const ratePerSecond = seconds > 0 ? (done - this.phaseStart.done) / seconds : 0;
        const etaSeconds = total !== null && ratePerSecond > 0 ? Math.max(0, (total - done) / ratePerSecond) : null;
        this.emit({ type: 'progress', phase, done, total, ratePerSecond, etaSeconds });
    }
    /** Runs the operation to its end; never throws (the end is an event). */
    async run(work) {
        try {
            const result = await work(this.hooks);
            this.status = 'done';
            this.emit({ type: 'done', result });
        }
        catch (err) {
            this.status = this.stopping ? 'stopped' : 'failed';
            this.emit({ type: 'failed', error: errorBody(err), stopped: this.stopping });
        }
    }
}
/** The operations this console started, by id (kept for the page to read their end). */
export class Jobs {
    jobs = new Map();
    start(kind, tenantId, work) {
        const job = new Job(kind, tenantId);
        this.jobs.set(job.id, job);
        void job.run(work);
        return job;
    }
    get(id) {
        return this.jobs.get(id);
    }
    running() {
        return [...this.jobs.values()].filter((j) => j.status === 'running');
    }
    /** Stops every running operation and waits until each has ended (rolled back): the console's shutdown. */
    async stopAll() {
        const ends = this.running().map((j) => new Promise((resolve) => j.subscribe((e) => e.type !== 'progress' && resolve())));
        for (const j of this.running())
            j.stop();
        await Promise.all(ends);
    }
}
//# sourceMappingURL=jobs.js.map