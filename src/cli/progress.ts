import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

const silent: ProgressReporter = { update() {}, stop() {} };

/** A progress bar on stderr, only when stderr is a terminal (never in pipes, CI or --json captures). */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {percentage}% | {value}/{total} | {detail}`, hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, detail = '') {
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
