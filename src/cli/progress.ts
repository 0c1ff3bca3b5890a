import cliProgress from 'cli-progress';
import { publishOperationEvent } from '../index.js';

export interface ProgressReporter {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr, only when stderr is a terminal (never in pipes, CI or --json captures).
 * Every update is also an operation event (printed at --log-level debug, whatever the terminal).
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const publish = (done: number, total: number, phase: string) => publishOperationEvent({ type: 'progress', label: label.trim(), phase, done, total });
  if (!stream.isTTY) return { update: (done, total, detail = '') => publish(done, total, detail), stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {percentage}% | {value}/{total} | {detail}`, hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, detail = '') {
      publish(done, total, detail);
      if (!started) {
        bar.start(total, 0, { detail });
        started = true;
      }
      bar.setTotal(total);
      bar.update(Math.min(done, total), { detail });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
