import { randomUUID } from 'node:crypto';
import { type ErrorBody, errorBody } from './error-body.js';

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

export type JobEvent =
  | ({ readonly type: 'progress' } & JobProgress)
  | { readonly type: 'done'; readonly result: unknown }
  | { readonly type: 'failed'; readonly error: ErrorBody; readonly stopped: boolean };

export type JobStatus = 'running' | 'done' | 'failed' | 'stopped';

/** One long operation the console runs in its own process, for the page to follow and stop. */
export class Job {
  readonly id = randomUUID();
  readonly startedAt = new Date().toISOString();
  status: JobStatus = 'running';
  last?: JobEvent;
  /** The latest progress: replayed to a late listener before the end, so every page sees where the work got to. */
  lastProgress?: JobEvent;
  readonly files = new Map<string, string>();
  private readonly controller = new AbortController();
  private readonly listeners = new Set<(e: JobEvent) => void>();
  private phaseStart = { phase: '', at: 0, done: 0 };

  constructor(
    readonly kind: string,
    readonly tenantId: string | undefined,
  ) {}

  get hooks(): JobHooks {
    return {
      onProgress: (phase, done, total) => this.progress(phase, done, total),
      signal: this.controller.signal,
      attach: (name, file) => this.files.set(name, file),
    };
  }

  /** Stop: the operation's signal aborts, and it rolls back as an interrupted CLI run does. */
  stop(): void {
    this.controller.abort();
  }

  get stopping(): boolean {
    return this.controller.signal.aborted;
  }

  /** Every event from now on (the latest progress and the end first, so a late listener sees where it stands). */
  subscribe(listener: (e: JobEvent) => void): () => void {
    if (this.lastProgress && this.last !== this.lastProgress) listener(this.lastProgress);
    if (this.last) listener(this.last);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: JobEvent): void {
    this.last = event;
    if (event.type === 'progress') this.lastProgress = event;
    for (const l of this.listeners) l(event);
  }

  private progress(phase: string, done: number, total: number | null): void {
    const now = performance.now();
    if (phase !== this.phaseStart.phase) this.phaseStart = { phase, at: now, done };
    const seconds = (now - this.phaseStart.at) / 1000;
    const ratePerSecond = seconds > 0 ? (done - this.phaseStart.done) / seconds : 0;
    const etaSeconds = total !== null && ratePerSecond > 0 ? Math.max(0, (total - done) / ratePerSecond) : null;
    this.emit({ type: 'progress', phase, done, total, ratePerSecond, etaSeconds });
  }

  /** Runs the operation to its end; never throws (the end is an event). */
  async run(work: (hooks: JobHooks) => Promise<unknown>): Promise<void> {
    try {
      const result = await work(this.hooks);
      this.status = 'done';
      this.emit({ type: 'done', result });
    } catch (err) {
      this.status = this.stopping ? 'stopped' : 'failed';
      this.emit({ type: 'failed', error: errorBody(err), stopped: this.stopping });
    }
  }
}

/** The operations this console started, by id (kept for the page to read their end). */
export class Jobs {
  private readonly jobs = new Map<string, Job>();

  start(kind: string, tenantId: string | undefined, work: (hooks: JobHooks) => Promise<unknown>): Job {
    const job = new Job(kind, tenantId);
    this.jobs.set(job.id, job);
    void job.run(work);
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  running(): Job[] {
    return [...this.jobs.values()].filter((j) => j.status === 'running');
  }

  /** Stops every running operation and waits until each has ended (rolled back): the console's shutdown. */
  async stopAll(): Promise<void> {
    const ends = this.running().map((j) => new Promise<void>((resolve) => j.subscribe((e) => e.type !== 'progress' && resolve())));
    for (const j of this.running()) j.stop();
    await Promise.all(ends);
  }
}
