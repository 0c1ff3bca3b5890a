import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalHash } from '../../test/helpers/canonical-hash.js';
import { describeRun, runCli } from '../harness/cli.js';
import { RowBuilder } from '../harness/report.js';
import { seedTenant, TENANT_A, TENANT_B } from '../harness/seed-tenant.js';
import { compareStates, storeState } from '../harness/state.js';
import { sqliteFactory, withStore } from '../harness/stores.js';
import { givenBackProblems } from './given-back.js';
import { HOSTILE_STRINGS } from './hostile-strings.js';
import { operationList, prepareBase } from './input-base.js';
import { crashSigns, listing, listingChanges, refusalProblems, stderrHead } from './input-checks.js';
import { FILE_FAULT_EXPECTS, FILE_FAULTS, graphFileText, hostileGraphFile, INJECTION_CASES, parseGraphFile, TENANT_C, } from './injection-cases.js';
/**
 * injection: hostile strings (quotes, backticks, `})`, comments, NUL, 100 kB, unicode, look-alike
 * ids) through every flag and file field that reaches a query, on every store. Each (case, string)
 * states before it runs how it must end, from the string's properties: refused for one reason
 * (exit 2, a message naming the field and the rule broken, nothing written), or written (the
 * string given back byte for byte by export, the other tenants untouched, undone to the same
 * store), or for export's path the one file named. Each row counts what was written and refused.
 */
export function injectionFamily(options = {}) {
    const every = options.sample ?? 1;
    const trials = allTrials().filter((_, i) => i % every === 0);
    return {
        name: 'injection',
        summary: `${trials.length} hostile strings through flags and file fields: each refused for its stated reason, or written exactly`,
        async run(context) {
            const exportOfC = await exportTenantC();
            const rows = [];
            try {
                for (const factory of context.factories)
                    rows.push(...(await runOnStore(context, factory, trials, exportOfC)));
            }
            finally {
                rmSync(join(exportOfC, '..'), { recursive: true, force: true });
            }
            return rows;
        },
    };
}
export const INJECTION = injectionFamily();
function allTrials() {
    const out = [];
    for (const c of INJECTION_CASES) {
        for (const h of HOSTILE_STRINGS) {
            if (h.fileOnly && !c.viaFile)
                continue;
            out.push(flagTrial(c, h));
        }
    }
    for (const fault of FILE_FAULTS)
        for (const h of HOSTILE_STRINGS)
            out.push(fileTrial(fault, h));
    return out;
}
function flagTrial(c, h) {
    const expected = c.expect(h.value);
    const writesTenant = c.writesTenant?.(h.value);
    // A scale-up writes into A: then only B must stay as it was.
    const untouched = expected.kind === 'written' && !writesTenant ? [TENANT_B] : [TENANT_A, TENANT_B];
    return {
        command: c.command,
        fault: c.fault,
        expected,
        h,
        untouched,
        ...(writesTenant ? { writesTenant } : {}),
        args: (paths, write) => c.args(h, paths, write),
    };
}
function fileTrial(fault, h) {
    return {
        command: 'import',
        fault,
        expected: FILE_FAULT_EXPECTS[fault](h.value),
        h,
        untouched: [TENANT_A, TENANT_B],
        writesTenant: TENANT_C,
        args: (paths, write) => {
            const text = hostileGraphFile(readFileSync(paths.exportOfC, 'utf8'), h.value, fault);
            return ['--db', paths.db, '--json', 'import', '--file', write('i.json', text)];
        },
    };
}
/** Tenant C (40 resources) exported as json with its Original layer, from a scratch SQLite store. */
async function exportTenantC() {
    const scratch = await sqliteFactory().fresh();
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-injection-c-'));
    try {
        await seedTenant(scratch, TENANT_C, 40, 11);
        const file = join(dir, 'tenant-c.json');
        const run = await runCli(['--db', scratch.dbArg, '--tenant-id', TENANT_C, 'export', '--output', file, '--include-original']);
        if (run.code !== 0)
            throw new Error(`exporting tenant C failed: ${describeRun(run)}`);
        const text = readFileSync(file, 'utf8');
        if (graphFileText(parseGraphFile(text)) !== text)
            throw new Error('the hostile files would not be laid out as export lays them out');
        return file;
    }
    finally {
        await scratch.dispose();
    }
}
async function baseline(factory) {
    const base = await prepareBase(factory);
    const tenantHashes = await withStore(base.trial, async (store) => new Map([
        [TENANT_A, await canonicalHash(store, TENANT_A)],
        [TENANT_B, await canonicalHash(store, TENANT_B)],
    ]));
    return { base, tenantHashes };
}
/** What one row's passing trials ended in: its figures. */
class Tally {
    written = 0;
    files = 0;
    refused = 0;
    reasons = new Set();
    count(expected) {
        if (expected.kind === 'written')
            this.written += 1;
        else if (expected.kind === 'file')
            this.files += 1;
        else {
            this.refused += 1;
            this.reasons.add(expected.reason);
        }
    }
    /** The checked column: how many were written and how many refused, and what each of them proved. */
    text() {
        const figures = [
            ...(this.written ? [`${this.written} written and read back byte for byte (other tenants untouched, undone to the same store)`] : []),
            ...(this.files ? [`${this.files} written to exactly the file named (store unchanged)`] : []),
            ...(this.refused
                ? [`${this.refused} refused for the stated reason: ${[...this.reasons].join('; ')} (exit 2, field and rule named, a fix; nothing written)`]
                : []),
        ];
        return figures.join(', ') || 'none passed';
    }
}
async function runOnStore(context, factory, trials, exportOfC) {
    const rows = new Map();
    const rowOf = (t) => {
        const key = `${t.command}\u0000${t.fault}`;
        let row = rows.get(key);
        if (!row) {
            row = { builder: new RowBuilder({ family: 'injection', command: t.command, store: factory.kind, fault: t.fault, checked: '' }), tally: new Tally() };
            rows.set(key, row);
        }
        return row;
    };
    let current = await baseline(factory);
    context.log(`${factory.kind}: base store ready, ${trials.length} trials`);
    try {
        for (const t of trials) {
            let dirty = false;
            const { builder, tally } = rowOf(t);
            await builder.trial(t.h.name, async () => {
                const problems = await runTrial(t, current, exportOfC);
                dirty = problems.some((p) => p.startsWith('store:'));
                if (problems.length === 0)
                    tally.count(t.expected);
                return problems;
            });
            if (dirty) {
                context.log(`${factory.kind}: ${t.command} ${t.fault} "${t.h.name}" left the store changed; preparing it again`);
                await current.base.dispose();
                current = await baseline(factory);
            }
        }
    }
    finally {
        await current.base.dispose();
    }
    return [...rows.values()].map(({ builder, tally }) => ({ ...builder.build(), checked: tally.text() }));
}
async function runTrial(t, { base, tenantHashes }, exportOfC) {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-injection-'));
    try {
        const write = (name, text) => {
            const path = join(dir, name);
            writeFileSync(path, text);
            return path;
        };
        const paths = { db: base.trial.dbArg, dir, backup: base.backupFile, exportOfC };
        const args = t.args(paths, write);
        const before = listing(dir);
        const run = await runCli(args, { env: base.trial.env, timeoutMs: 180_000 });
        const problems = [...crashSigns(run)];
        const created = listingChanges(before, listing(dir));
        const expected = t.expected;
        if (expected.kind === 'refused') {
            if (run.code === 0)
                problems.push(`exit 0, but it must be refused: ${expected.reason}`);
            else
                problems.push(...refusalProblems(run, expected.message).filter((p) => !crashSigns(run).includes(p)));
            problems.push(...created.map((c) => `wrote ${c}`));
            problems.push(...(await unchanged(base)));
        }
        else if (run.code !== 0) {
            problems.push(`exit ${run.code}, but it must be ${expected.kind === 'file' ? 'written to the file named' : 'written'}`);
            problems.push(...created.map((c) => `wrote ${c}`));
            problems.push(...(await unchanged(base)));
        }
        else if (expected.kind === 'file') {
            problems.push(...fileWritten(t.h.value, dir, created));
            problems.push(...(await unchanged(base)));
        }
        else {
            problems.push(...created.map((c) => `wrote ${c}`));
            problems.push(...(await checkWrite(t, run, base, tenantHashes, dir, exportOfC)));
        }
        if (problems.length)
            problems.push(`${describeRun({ ...run, args: args.map((a) => a.slice(0, 60)) })} | ${stderrHead(run)}`);
        return problems;
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
/** export wrote one file, at exactly the path named, holding tenant A. */
function fileWritten(name, dir, created) {
    if (created.length !== 1 || created[0] !== `${name} created`)
        return [`expected only ${JSON.stringify(name)} created, found: ${created.join(', ') || 'none'}`];
    const header = parseGraphFile(readFileSync(join(dir, name), 'utf8')).header;
    return header.tenantId === TENANT_A ? [] : [`the file holds tenant ${String(header.tenantId)}, not A`];
}
/** Nothing written: the whole store, the Original layer, no leftovers, the operation records. */
async function unchanged(base) {
    const { after, operations } = await withStore(base.trial, async (store) => ({ after: await storeState(store), operations: await operationList(store) }));
    const problems = compareStates(base.state, after, 'as before').map((p) => `store: ${p}`);
    if (operations !== base.operations)
        problems.push('store: operation records changed');
    return problems;
}
/** A success: the other tenants untouched, the string given back exactly, and the operation undone to the store as it was. */
async function checkWrite(t, run, base, tenantHashes, dir, exportOfC) {
    const problems = [];
    const result = JSON.parse(run.stdout);
    const operationId = result.operationId ?? result.output?.operationId;
    if (!operationId)
        return ['store: exit 0 but no operation id on stdout'];
    const hashes = await withStore(base.trial, async (store) => Promise.all(t.untouched.map(async (id) => [id, await canonicalHash(store, id)])));
    for (const [id, hash] of hashes)
        if (hash !== tenantHashes.get(id))
            problems.push(`tenant ${id.slice(0, 8)} changed`);
    problems.push(...(await givenBack(t, base, operationId, result, dir, exportOfC)));
    const undo = await runCli(['--db', base.trial.dbArg, 'scale-cleanup', '--operation-id', operationId, '--yes'], { env: base.trial.env, timeoutMs: 180_000 });
    if (undo.code !== 0)
        return [...problems, `store: undoing ${operationId} failed: ${stderrHead(undo)}`];
    const { after, operations } = await withStore(base.trial, async (store) => ({ after: await storeState(store), operations: await operationList(store) }));
    problems.push(...compareStates(base.state, after, 'as before once the write is undone').map((p) => `store: ${p}`));
    const others = operations
        .split(',')
        .filter((o) => !o.startsWith(`${operationId}:`))
        .join(',');
    if (others !== base.operations)
        problems.push('store: other operation records changed');
    else
        base.operations = operations; // the undone write's record stays, as history
    return problems;
}
/** What was written, exported back (a new tenant with its Original layer, a scale-up by its operation), and checked against what was sent. */
async function givenBack(t, base, operationId, result, dir, exportOfC) {
    const file = join(dir, 'back.json');
    const tenant = t.writesTenant ?? TENANT_A;
    const scope = t.writesTenant ? ['--include-original'] : ['--operation-id', operationId];
    const run = await runCli(['--db', base.trial.dbArg, '--tenant-id', tenant, 'export', '--output', file, ...scope], { env: base.trial.env });
    if (run.code !== 0)
        return [`export of what was written failed: ${stderrHead(run)}`];
    const sentFile = t.fault.startsWith('json') ? join(dir, 'i.json') : t.fault === '--as-tenant' ? exportOfC : undefined;
    return givenBackProblems({
        fault: t.fault,
        h: t.h.value,
        result,
        back: parseGraphFile(readFileSync(file, 'utf8')),
        ...(sentFile ? { sent: parseGraphFile(readFileSync(sentFile, 'utf8')) } : {}),
    });
}
//# sourceMappingURL=injection.js.map