import { type ApiError, post } from './api.js';
import { fmt, h } from './dom.js';

export interface JobEnd {
  readonly onDone: (result: Record<string, unknown>) => void;
  readonly onFailed: (error: ApiError, stopped: boolean) => void;
}

/**
 * Follows a running job in `out`: phase, a bar, done of total, rate and time left (Server-Sent
 * Events), and a Stop button (the operation rolls back). `out` keeps `data-progress-events` and
 * `data-last-progress` for whoever checks what reached the page.
 */
export function followJob(out: HTMLElement, jobId: string, end: JobEnd): void {
  const phase = h('div', { id: 'progress-phase' }, 'starting…');
  const barFill = h('div', { style: 'width:0%' });
  const numbers = h('div', { class: 'muted', id: 'progress-numbers' });
  const stop = h('button', { class: 'danger', id: 'stop', type: 'button' }, 'Stop');
  stop.addEventListener('click', async () => {
    stop.setAttribute('disabled', '');
    stop.textContent = 'Stopping (rolling back)…';
    await post(`/api/jobs/${jobId}/stop`, {}).catch(() => stop.removeAttribute('disabled'));
  });
  out.replaceChildren(
    h(
      'div',
      { class: 'card', id: 'progress' },
      h('h3', {}, 'Running'),
      phase,
      h('div', { class: 'progress' }, barFill),
      numbers,
      h('div', { class: 'actions' }, stop),
    ),
  );
  const events = new EventSource(`/api/jobs/${jobId}/events`);
  events.addEventListener('progress', (m) => {
    const p = JSON.parse((m as MessageEvent).data);
    out.dataset.progressEvents = String(Number(out.dataset.progressEvents ?? 0) + 1);
    out.dataset.lastProgress = `${p.phase} ${p.done}/${p.total ?? '?'}`;
    phase.textContent = p.phase;
    barFill.style.width = `${p.total ? Math.min(100, (100 * p.done) / p.total) : 0}%`;
    numbers.textContent = `${fmt(p.done)}${p.total ? ` of ${fmt(p.total)}` : ''} · ${fmt(Math.round(p.ratePerSecond))}/s${p.etaSeconds !== null ? ` · ${Math.ceil(p.etaSeconds)} s left` : ''}`;
    numbers.setAttribute('data-done', String(p.done));
  });
  events.addEventListener('done', (m) => {
    events.close();
    end.onDone(JSON.parse((m as MessageEvent).data).result);
  });
  events.addEventListener('failed', (m) => {
    events.close();
    const f = JSON.parse((m as MessageEvent).data);
    out.replaceChildren(
      h('div', { class: 'card', id: f.stopped ? 'stopped' : 'failed' }, h('h3', {}, f.stopped ? 'Stopped: what it wrote was rolled back' : 'Failed')),
    );
    end.onFailed(f.error, f.stopped);
  });
}
