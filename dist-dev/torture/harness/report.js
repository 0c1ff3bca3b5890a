/** A row passes when every trial passed and nothing failed the row as a whole. */
export const rowPassed = (r) => r.trials > 0 && r.passed === r.trials && r.failures.length === 0;
/** Collects the outcome of each trial of one row. */
export class RowBuilder {
    head;
    trials = 0;
    passed = 0;
    failures = [];
    constructor(head) {
        this.head = head;
    }
    /** Fails the row as a whole (its trials may all have passed): e.g. too few kills landed inside the work. */
    fail(problem) {
        this.failures.push(problem);
    }
    /** A trial: `problems` empty means it passed. */
    record(problems, trial) {
        this.trials += 1;
        if (problems.length === 0)
            this.passed += 1;
        else
            this.failures.push(`${trial ? `${trial}: ` : ''}${problems.join('; ')}`);
    }
    /** Runs one trial, turning a thrown error into a failure of that trial. */
    async trial(label, run) {
        try {
            this.record(await run(), label);
        }
        catch (err) {
            this.record([`threw ${err.stack?.split('\n').slice(0, 3).join(' ') ?? String(err)}`], label);
        }
    }
    build() {
        return { ...this.head, trials: this.trials, passed: this.passed, failures: [...this.failures] };
    }
}
/** The table as Markdown (the README shows it), failures listed under it. */
export function renderTable(rows) {
    const lines = ['| family | command | store | fault | trials | passed | checked |', '|---|---|---|---|---|---|---|'];
    for (const r of rows)
        lines.push(`| ${r.family} | ${r.command} | ${r.store} | ${r.fault} | ${r.trials} | ${r.passed} | ${r.checked} |`);
    const trials = rows.reduce((s, r) => s + r.trials, 0);
    const passed = rows.reduce((s, r) => s + r.passed, 0);
    const failedRows = rows.filter((r) => !rowPassed(r)).length;
    lines.push('', `${rows.length} rows, ${trials} trials, ${passed} passed, ${trials - passed} failed; ${failedRows} rows failed`);
    const failed = rows.filter((r) => r.failures.length > 0);
    if (failed.length > 0) {
        lines.push('', 'Failures:');
        for (const r of failed)
            for (const f of r.failures)
                lines.push(`- ${r.family} / ${r.command} / ${r.store} / ${r.fault}: ${f}`);
    }
    return lines.join('\n');
}
//# sourceMappingURL=report.js.map