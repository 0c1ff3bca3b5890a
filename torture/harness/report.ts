/** One row of the torture table: a command on a store under one kind of fault, over some trials. */
export interface TortureRow {
  readonly family: string;
  readonly command: string;
  readonly store: string;
  readonly fault: string;
  readonly trials: number;
  readonly passed: number;
  /** What every trial checked, in a few words. */
  readonly checked: string;
  /** One line per failed trial, and one per failure of the row as a whole (a figure below its bar): empty when it passed. */
  readonly failures: readonly string[];
}

/** A row passes when every trial passed and nothing failed the row as a whole. */
export const rowPassed = (r: TortureRow) => r.trials > 0 && r.passed === r.trials && r.failures.length === 0;

/** Collects the outcome of each trial of one row. */
export class RowBuilder {
  private trials = 0;
  private passed = 0;
  private readonly failures: string[] = [];

  constructor(private readonly head: Omit<TortureRow, 'trials' | 'passed' | 'failures'>) {}

  /** Fails the row as a whole (its trials may all have passed): e.g. too few kills landed inside the work. */
  fail(problem: string): void {
    this.failures.push(problem);
  }

  /** A trial: `problems` empty means it passed. */
  record(problems: readonly string[], trial?: string): void {
    this.trials += 1;
    if (problems.length === 0) this.passed += 1;
    else this.failures.push(`${trial ? `${trial}: ` : ''}${problems.join('; ')}`);
  }

  /** Runs one trial, turning a thrown error into a failure of that trial. */
  async trial(label: string, run: () => Promise<readonly string[]>): Promise<void> {
    try {
      this.record(await run(), label);
    } catch (err) {
      this.record([`threw ${(err as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(err)}`], label);
    }
  }

  build(): TortureRow {
    return { ...this.head, trials: this.trials, passed: this.passed, failures: [...this.failures] };
  }
}

/** The table as Markdown (docs/torture.md shows it), failures listed under it. */
export function renderTable(rows: readonly TortureRow[]): string {
  const lines = ['| family | command | store | fault | trials | passed | checked |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.family} | ${r.command} | ${r.store} | ${r.fault} | ${r.trials} | ${r.passed} | ${r.checked} |`);
  const trials = rows.reduce((s, r) => s + r.trials, 0);
  const passed = rows.reduce((s, r) => s + r.passed, 0);
  const failedRows = rows.filter((r) => !rowPassed(r)).length;
  lines.push('', `${rows.length} rows, ${trials} trials, ${passed} passed, ${trials - passed} failed; ${failedRows} rows failed`);
  const failed = rows.filter((r) => r.failures.length > 0);
  if (failed.length > 0) {
    lines.push('', 'Failures:');
    for (const r of failed) for (const f of r.failures) lines.push(`- ${r.family} / ${r.command} / ${r.store} / ${r.fault}: ${f}`);
  }
  return lines.join('\n');
}
