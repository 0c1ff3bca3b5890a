import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../harness/cli.js';
import { RowBuilder } from '../harness/report.js';
import { TENANT_A, TENANT_B } from '../harness/seed-tenant.js';
import { compareStates, storeState } from '../harness/state.js';
import { withStore } from '../harness/stores.js';
import { BAD_INPUT_CORPUS } from './bad-input-corpus.js';
import { fixtureTexts, operationList, prepareBase } from './input-base.js';
import { listing, listingChanges, refusalProblems, stderrHead } from './input-checks.js';
/**
 * bad-input: every case of the corpus on every store, once (the corpus is the trials; --trials
 * does not multiply it). A case passes when it exits 2 with a message naming its problem's field
 * or flag and the rule broken (a refusal for another reason fails), a fix line and no stack trace,
 * and writes nothing: not the store (whole hash, Original layer, no leftovers, no operation
 * record), not its own directory, not a SQLite file where none was. Each row says how many were
 * refused for their stated reason.
 */
export function badInputFamily(options = {}) {
    const every = options.sample ?? 1;
    return {
        name: 'bad-input',
        summary: `${Math.ceil(BAD_INPUT_CORPUS.length / every)} bad command lines, environments and files: exit 2, the problem and its fix named, nothing written`,
        async run(context) {
            const chosen = BAD_INPUT_CORPUS.filter((_, i) => i % every === 0);
            const rows = [];
            for (const factory of context.factories)
                rows.push(...(await runOnStore(context, factory, chosen)));
            return rows;
        },
    };
}
export const BAD_INPUT = badInputFamily();
async function runOnStore(context, factory, chosen) {
    const builders = new Map();
    const rowOf = (c) => {
        const key = `${c.area}\u0000${c.fault}`;
        let row = builders.get(key);
        if (!row) {
            row = new RowBuilder({
                family: 'bad-input',
                command: c.area,
                store: factory.kind,
                fault: c.fault,
                checked: '',
            });
            builders.set(key, row);
        }
        return row;
    };
    let base = await prepareBase(factory);
    let fixtures = fixtureTexts(base);
    context.log(`${factory.kind}: base store ready, ${chosen.length} cases`);
    try {
        for (const c of chosen) {
            let dirty = false;
            await rowOf(c).trial(c.name, async () => {
                const problems = await runCase(c, base, fixtures);
                dirty = problems.some((p) => p.startsWith('store:'));
                return problems;
            });
            if (dirty) {
                // A case that wrote leaves a store the next cases cannot be judged against.
                context.log(`${factory.kind}: "${c.name}" changed the store; preparing it again`);
                await base.dispose();
                base = await prepareBase(factory);
                fixtures = fixtureTexts(base);
            }
        }
    }
    finally {
        await base.dispose();
    }
    return [...builders.values()].map((b) => {
        const row = b.build();
        return {
            ...row,
            checked: `${row.passed} refused for the stated reason: exit 2, the field and rule named, a fix line, no stack; store, files and operation records unchanged`,
        };
    });
}
async function runCase(c, base, fixtures) {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bad-input-'));
    try {
        const none = join(dir, 'none.db');
        const expand = (text) => text
            .replaceAll('{db}', base.trial.dbArg)
            .replaceAll('{A}', TENANT_A)
            .replaceAll('{B}', TENANT_B)
            .replaceAll('{op}', base.scaleUpId)
            .replaceAll('{del}', base.deleteId)
            .replaceAll('{subB}', base.subscriptionOfB)
            .replaceAll('{backup}', base.backupFile)
            .replaceAll('{export}', base.exportFile)
            .replaceAll('{none}', none)
            .replaceAll('{dir}', dir);
        for (const d of c.dirs ?? [])
            mkdirSync(join(dir, d), { recursive: true });
        for (const [name, content] of Object.entries(c.files ?? {})) {
            const path = join(dir, name);
            mkdirSync(dirname(path), { recursive: true });
            const text = typeof content === 'function' ? content(fixtures) : content;
            writeFileSync(path, typeof text === 'string' ? expand(text) : text);
        }
        const filesBefore = listing(dir);
        const storeDir = base.trial.path ? dirname(base.trial.path) : undefined;
        const storeFilesBefore = storeDir ? listing(storeDir) : undefined;
        const env = { ...base.trial.env, ...Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, expand(v)])) };
        const run = await runCli(c.args.map(expand), { env, timeoutMs: 120_000 });
        const problems = refusalProblems(run, c.expect);
        if (problems.length)
            problems.push(`stderr: ${stderrHead(run)}`);
        problems.push(...listingChanges(filesBefore, listing(dir)).map((p) => `wrote ${p}`));
        if (existsSync(none))
            problems.push('created a SQLite file where none was');
        if (existsSync(join(process.cwd(), 'tenant-graph.db')))
            problems.push('created ./tenant-graph.db');
        if (storeDir && storeFilesBefore) {
            const isSqliteSide = (p) => /\.db-(wal|shm)$/.test(p) || p === 'graph.db';
            problems.push(...listingChanges(storeFilesBefore, listing(storeDir), isSqliteSide).map((p) => `wrote next to the store: ${p}`));
        }
        const { after, operations } = await withStore(base.trial, async (store) => ({ after: await storeState(store), operations: await operationList(store) }));
        problems.push(...compareStates(base.state, after, 'as before').map((p) => `store: ${p}`));
        if (operations !== base.operations)
            problems.push('store: operation records changed');
        return problems;
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=bad-input.js.map