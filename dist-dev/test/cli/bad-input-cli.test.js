import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { exportTenant } from '../../src/transfer/transfer-tenant.js';
import { loadGeneratedTenant } from '../../src/tenant-generator/load-tenant.js';
import { canonicalHash } from '../helpers/canonical-hash.js';
import { freshStore, storeKinds } from '../helpers/stores.js';
import { testHome } from '../helpers/test-home.js';
// Defects the input torture families (bad-input, injection) found: each case here failed before its fix.
const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const TENANT = 'dddddddd-0000-4000-8000-0000000000b1';
function cli(args, env = {}) {
    const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: testHome(), ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** A usage error as users must see it: exit 2, the problem, a fix line, no internal error. */
function assertRefused(r, problem, fix = /\S/) {
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, problem);
    assert.match(r.stderr, new RegExp(`^  fix: .*${fix.source}`, 'm'), r.stderr);
    assert.doesNotMatch(r.stderr, /internal error|^\s+at /m);
}
describe('command-line errors commander finds end with a fix line', () => {
    test('unknown option, missing option, bad value, missing value, excess argument, missing command', () => {
        assertRefused(cli(['generate-tenant', '--resources', '5', '--size', '5']), /unknown option '--size'/, /tenant-scale generate-tenant --help/);
        assertRefused(cli(['generate-tenant']), /required option '--resources <n>' not specified/, /pass --resources <n>/);
        assertRefused(cli(['scale-up', 'template', '--scale-factor', 'double']), /"double" is not a number/, /pass --scale-factor/);
        assertRefused(cli(['scale-stats', '--subscription-id']), /argument missing/, /give --subscription-id <ids> a value/);
        assertRefused(cli(['scale-stats', 'extra']), /too many arguments/, /drop the extra argument/);
        assertRefused(cli(['scale-up']), /Usage: tenant-scale scale-up/, /tenant-scale scale-up template/);
        assertRefused(cli(['frobnicate']), /unknown command 'frobnicate'/, /tenant-scale --help lists the commands/);
    });
    test('help and version are not errors: exit 0, no fix line', () => {
        for (const args of [['--help'], ['scale-up', 'template', '--help'], ['--version']]) {
            const r = cli(args);
            assert.equal(r.code, 0, r.stderr);
            assert.doesNotMatch(r.stderr + r.stdout, /fix:/);
        }
    });
});
describe('a config file that is a directory', () => {
    test('is named as unreadable, not as bad YAML', () => {
        const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bad-config-'));
        try {
            mkdirSync(join(dir, 'c.yaml'));
            assertRefused(cli(['--config', join(dir, 'c.yaml'), '--db', join(dir, 'none.db'), 'scale-stats']), /cannot read config file .*c\.yaml/, /--config/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
describe('refusals name the value that was wrong, and where it came from', () => {
    let dir;
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bad-values-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    test('a value quoted in an error cannot forge a line or hide a character: controls, zero-width and bidi characters are escaped', () => {
        const hostile = 'c\n  fix: rm -rf ~\u001b[2J\u200b\u202e.yaml';
        const r = cli(['--config', join(dir, hostile), '--db', join(dir, 'none.db'), 'scale-stats']);
        assertRefused(r, /config file \S*c\\n {2}fix: rm -rf ~\\u001b\[2J\\u200b\\u202e\.yaml does not exist/);
        assert.equal(r.stderr.match(/^ {2}fix:/gm)?.length, 1, `one fix line: ${r.stderr}`);
        for (const c of ['\u001b', '\u200b', '\u202e'])
            assert.ok(!r.stderr.includes(c), `no raw U+${c.codePointAt(0).toString(16)} on stderr`);
    });
    test('an empty number in the environment is refused as empty, not read as 0', () => {
        const db = ['--db', join(dir, 'none.db'), 'scale-stats'];
        assertRefused(cli(db, { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: '' }), /performance\.batch_size = "": empty, expected a number/);
        // 0 is a valid retry count: a blank variable was taken for it.
        assertRefused(cli(db, { TENANT_SCALE_PERFORMANCE_RETRY_ATTEMPTS: ' ' }), /performance\.retry_attempts = " ": empty, expected a number/);
    });
    test('a blank tenant id is named as the variable or flag it came from', () => {
        const gen = ['--db', `sqlite:${join(dir, 'none.db')}`, 'generate-tenant', '--resources', '5'];
        assertRefused(cli(gen, { AZURE_TENANT_ID: '   ' }), /^error: AZURE_TENANT_ID is empty/m);
        assertRefused(cli(['--tenant-id', ' ', ...gen]), /^error: --tenant-id is empty/m);
    });
    test('a store URL without a path is named as the variable or flag it came from', () => {
        assertRefused(cli(['--tenant-id', TENANT, 'scale-stats'], { NEO4J_URI: 'sqlite:' }), /^error: NEO4J_URI sqlite: needs a file path/m, /NEO4J_URI=sqlite:/);
        assertRefused(cli(['--db', 'sqlite:', '--tenant-id', TENANT, 'scale-stats']), /^error: --db sqlite: needs a file path/m, /--db sqlite:/);
    });
});
for (const kind of storeKinds()) {
    describe(`bad input writes nothing on ${kind}`, () => {
        let opened;
        let db;
        let dir;
        let exported;
        let hash;
        before(async () => {
            opened = await freshStore(kind);
            dir = mkdtempSync(join(tmpdir(), 'tenant-scale-bad-input-'));
            await loadGeneratedTenant(opened.store, { resources: 60, seed: 5, tenantId: TENANT, batchSize: 5000, concurrency: 2 });
            exported = join(dir, 'tenant.json');
            await exportTenant(opened.store, { tenantId: TENANT, file: exported, format: 'json', includeOriginal: true, force: false });
            db = ['--db', opened.dbArg, '--tenant-id', TENANT];
            hash = await canonicalHash(opened.store);
        });
        after(async () => {
            await opened.dispose();
            rmSync(dir, { recursive: true, force: true });
        });
        const assertUnchanged = async () => assert.equal(await canonicalHash(opened.store), hash, 'the store changed');
        test('a list flag naming nothing is refused, not read as "no filter"', async () => {
            assertRefused(cli([...db, 'scale-up', 'template', '--scale-factor', '2', '--resource-types', ',,']), /--resource-types.*",," names nothing/);
            assertRefused(cli([...db, 'scale-stats', '--subscription-id', ' ']), /--subscription-id.*names nothing/);
            await assertUnchanged();
        });
        test('import --format json refuses the arm-only flags instead of ignoring them', async () => {
            const as = ['import', '--file', exported, '--as-tenant', 'dddddddd-0000-4000-8000-0000000000b2'];
            assertRefused(cli([...db, ...as, '--subscription-id', '00000000-0000-0000-0000-000000000001']), /--subscription-id is for --format arm/);
            assertRefused(cli([...db, ...as, '--parameters', join(dir, 'p.json')]), /--parameters is for --format arm/);
            await assertUnchanged();
        });
        test('an import file that is a directory is a usage error, not an internal error', async () => {
            mkdirSync(join(dir, 'adir'), { recursive: true });
            assertRefused(cli([...db, 'import', '--file', join(dir, 'adir')]), /cannot read .*adir/);
            await assertUnchanged();
        });
        test('an export path ending in a separator or too long a name is a usage error, not an internal error', async () => {
            assertRefused(cli([...db, 'export', '--output', `${dir}/x/`]), /ends in a separator: it names a folder/, /--output/);
            assertRefused(cli([...db, 'export', '--output', join(dir, `${'n'.repeat(300)}.json`)]), /is too long/, /--output/);
            await assertUnchanged();
        });
        test('a new tenant id too long to index, or a tag beyond Azure limits, is refused before anything is written', async () => {
            const operations = (await opened.store.listOperations()).length;
            const long = `t${'x'.repeat(2000)}`;
            assertRefused(cli([...db, 'import', '--file', exported, '--as-tenant', long]), /the tenant id tx+… is 2001 bytes long, above 1024/);
            assertRefused(cli([...db, 'scale-down', 'algorithm', '--target-size', '0.5', '--output-mode', 'new-tenant', '--new-tenant-id', long]), /is 2001 bytes long, above 1024/);
            const rows = join(dir, 'rows.json');
            const id = '/subscriptions/33333333-0000-4000-8000-000000000003/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1';
            writeFileSync(rows, JSON.stringify([{ id, name: 'st1', type: 'Microsoft.Storage/storageAccounts', location: 'eastus', tags: { owner: 'v'.repeat(300) } }]));
            assertRefused(cli(['--db', opened.dbArg, '--tenant-id', 'dddddddd-0000-4000-8000-0000000000b3', 'import', '--format', 'resource-graph', '--file', rows]), /\[0\]\.tags\.owner: tag longer than Azure allows \(name 5 of 512 characters, value 300 of 256\)/);
            await assertUnchanged();
            assert.equal((await opened.store.listOperations()).length, operations, 'no operation was recorded');
        });
        test('an import file whose label or relationship type is not a plain name is refused (SQLite would split x:Original into Original)', async () => {
            const text = readFileSync(exported, 'utf8');
            const lines = text.split('\n');
            const at = lines.findIndex((l) => l.startsWith('{"labels":["Resource"]'));
            const edited = [...lines];
            edited[at] = lines[at].replace('{"labels":["Resource"]', '{"labels":["Resource","x:Original"]');
            const file = join(dir, 'label.json');
            // The header line stays; the digest covers the rest, so the edited file carries a fresh one.
            const body = edited.slice(1, -2).join('\n').concat('\n');
            writeFileSync(file, `${edited[0]}\n${body}"sha256": "${createHash('sha256').update(body).digest('hex')}"}\n`);
            const as = ['import', '--file', file, '--as-tenant', 'dddddddd-0000-4000-8000-0000000000b4'];
            assertRefused(cli([...db, ...as]), /has the label "x:Original", not a plain name/);
            await assertUnchanged();
        });
        test('an import file with a property name Neo4j refuses, or an indexed value too long to index, is refused before writing', async () => {
            // Both failed half-way on Neo4j before (token name error; index entry too large) and were rolled back; SQLite took them.
            const lines = readFileSync(exported, 'utf8').split('\n');
            const at = lines.findIndex((l) => l.startsWith('{"labels":["Resource"]'));
            const relAt = lines.findIndex((l) => l.startsWith('{"type":'));
            const edit = (name, index, from, to) => {
                const edited = [...lines];
                assert.ok(edited[index].includes(from), `line ${index} holds ${from}`);
                edited[index] = edited[index].replace(from, to);
                const file = join(dir, name);
                const body = edited.slice(1, -2).join('\n').concat('\n');
                writeFileSync(file, `${edited[0]}\n${body}"sha256": "${createHash('sha256').update(body).digest('hex')}"}\n`);
                return ['import', '--file', file, '--as-tenant', 'dddddddd-0000-4000-8000-0000000000b5'];
            };
            const operations = (await opened.store.listOperations()).length;
            assertRefused(cli([...db, ...edit('nul.json', at, '"properties":{', '"properties":{"x\\u0000y":1,')]), /has a property named "x\\u0000y": a property name cannot be empty or hold NUL/);
            assertRefused(cli([...db, ...edit('empty.json', at, '"properties":{', '"properties":{"":1,')]), /has a property named "": a property name cannot be empty/);
            const long = 'L'.repeat(5000);
            assertRefused(cli([...db, ...edit('type.json', at, '"type":"', `"type":"${long}`)]), /nodes\[\d+\] has type "L+…" of 50\d\d bytes, above 4096/);
            assertRefused(cli([...db, ...edit('end.json', relAt, '"key":"', `"key":"${long}`)]), /relationships\[0\] has an end "L+…" of 50\d\d bytes, above 4096/);
            await assertUnchanged();
            assert.equal((await opened.store.listOperations()).length, operations, 'no operation was recorded');
        });
        test('scale-cleanup --all refuses a tenant the store holds nothing of, as every other command does', async () => {
            const operations = (await opened.store.listOperations()).length;
            // A look-alike (a trailing space) was cleaned as "nothing to clean up", exit 0.
            assertRefused(cli(['--db', opened.dbArg, '--tenant-id', `${TENANT} `, 'scale-cleanup', '--all', '--yes']), /unknown tenant dddddddd-0000-4000-8000-0000000000b1 : no Tenant node/);
            await assertUnchanged();
            assert.equal((await opened.store.listOperations()).length, operations, 'no operation was recorded');
        });
        test('a pattern whose --resource-types match nothing names the types', async () => {
            const r = cli([
                ...db,
                'scale-down',
                'pattern',
                '--pattern',
                'resource-type',
                '--resource-types',
                'Contoso.Widgets/gizmos, Contoso.Widgets/gadgets',
                '--dry-run',
            ]);
            assertRefused(r, /pattern resource-type matches no resource of the tenant with --resource-types Contoso\.Widgets\/gizmos,Contoso\.Widgets\/gadgets/);
            await assertUnchanged();
        });
        test('a --report file that exists is refused with a fix naming --report, not --output-file', async () => {
            writeFileSync(join(dir, 'r.html'), 'keep me\n');
            assertRefused(cli([...db, 'scale-down', 'algorithm', '--report', join(dir, 'r.html')]), /output file \S*r\.html already exists/, /--report/);
            assert.equal(readFileSync(join(dir, 'r.html'), 'utf8'), 'keep me\n');
            await assertUnchanged();
        });
        test('a subscription filter matching nothing names the subscription, not the tenant', async () => {
            const sub = ['--subscription-id', '00000000-dead-beef-0000-000000000000'];
            assertRefused(cli([...db, 'scale-up', 'template', '--scale-factor', '2', ...sub]), /no abstracted resources in subscription 00000000-dead-beef/);
            assertRefused(cli([...db, 'scale-down', 'algorithm', '--dry-run', ...sub]), /no abstracted resources in subscription 00000000-dead-beef/);
            await assertUnchanged();
        });
    });
}
//# sourceMappingURL=bad-input-cli.test.js.map