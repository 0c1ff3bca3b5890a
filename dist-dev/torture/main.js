// `npm run torture`: every command under crashes, server faults, hostile input and concurrency, on
// both stores; prints the table (command × store × fault: trials, passed, what was checked) and
// exits 1 if any trial failed. Starts its own Neo4j on a free port (like `npm test`) unless
// TENANT_SCALE_TEST_NEO4J_URI names a server it may wipe. Server faults start a Neo4j of their own
// (data kept across a restart) and stop and start it.
// Options: USAGE below (`--help` prints it).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { familiesSampled } from './families/index.js';
import { runningCli } from './harness/cli.js';
import { renderTable, rowPassed } from './harness/report.js';
import { neo4jFactory, sqliteFactory } from './harness/stores.js';
const USAGE = `usage: npm run torture -- [options]
  --trials N        trials per row (default 20)
  --only a,b        families to run (crash, server-faults, bad-input, injection, concurrency)
  --stores s        sqlite, neo4j or both (default both)
  --seed N          seeds every random moment and input (default 1)
  --quick           each family's quick form (one reference run a crash row, the slow rows left out)
  --sample N        the input families' every N-th case only (CI: a bounded sample of the whole suite)
  --out FILE        also write the rows as JSON
  --help            this text`;
const { values } = parseArgs({
    options: {
        help: { type: 'boolean', short: 'h', default: false },
        trials: { type: 'string', default: '20' },
        only: { type: 'string' },
        stores: { type: 'string', default: 'both' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        quick: { type: 'boolean', default: false },
        sample: { type: 'string', default: '1' },
    },
});
if (values.help) {
    console.log(USAGE);
    process.exit(0);
}
const trials = Number(values.trials);
const seed = Number(values.seed);
const sample = Number(values.sample);
if (!Number.isInteger(trials) || trials < 1 || !Number.isSafeInteger(seed) || !Number.isInteger(sample) || sample < 1) {
    console.error('torture: --trials and --sample must be whole numbers ≥ 1 and --seed an integer');
    process.exit(2);
}
const FAMILIES = familiesSampled(sample);
const wanted = values.only?.split(',').map((s) => s.trim());
const unknown = wanted?.filter((w) => !FAMILIES.some((f) => f.name === w)) ?? [];
if (unknown.length > 0) {
    console.error(`torture: no family ${unknown.join(', ')}; families: ${FAMILIES.map((f) => f.name).join(', ')}`);
    process.exit(2);
}
if (!['sqlite', 'neo4j', 'both'].includes(values.stores)) {
    console.error('torture: --stores is sqlite, neo4j or both');
    process.exit(2);
}
const neo4jTool = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tools', 'neo4j', 'neo4j.mjs');
let neo4jUri = process.env.TENANT_SCALE_TEST_NEO4J_URI;
let startedPort;
const stopStarted = () => {
    if (startedPort)
        spawnSync(process.execPath, [neo4jTool, 'stop'], { stdio: 'inherit', env: { ...process.env, NEO4J_PORT: startedPort } });
    startedPort = undefined;
};
// Ctrl-C, SIGTERM, SIGHUP: the commands under torture and every server the suite started stop with it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
        console.error(`torture: ${signal}: stopping the commands under test and the servers this run started`);
        for (const child of runningCli)
            child.kill('SIGKILL');
        // Every server this process owns: the suite's, and a server-fault one (also while it restarts).
        spawnSync(process.execPath, [neo4jTool, 'stop', '--owner', String(process.pid)], { stdio: 'inherit' });
        process.exit(128 + (os.constants.signals[signal] ?? 0));
    });
}
if (values.stores !== 'sqlite' && !neo4jUri) {
    const r = spawnSync(process.execPath, [neo4jTool, 'start'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        // The server is this process's: the next start stops it if the suite dies without stopping it.
        env: { ...process.env, NEO4J_PORT: 'auto', NEO4J_OWNER_PID: String(process.pid) },
    });
    neo4jUri = r.stdout.match(/bolt:\/\/\S+/)?.[0];
    if (r.status !== 0 || !neo4jUri) {
        console.error('torture: could not start the local Neo4j (see above)');
        process.exit(1);
    }
    startedPort = new URL(neo4jUri).port;
}
const factories = [];
if (values.stores !== 'neo4j')
    factories.push(sqliteFactory());
if (values.stores !== 'sqlite')
    factories.push(neo4jFactory(neo4jUri));
const rows = [];
try {
    for (const family of FAMILIES.filter((f) => !wanted || wanted.includes(f.name))) {
        console.error(`torture: ${family.name} — ${family.summary}`);
        const began = Date.now();
        rows.push(...(await family.run({
            factories,
            trials,
            seed,
            quick: values.quick,
            ...(neo4jUri ? { neo4jUri } : {}),
            log: (line) => console.error(`  ${family.name}: ${line}`),
        })));
        console.error(`torture: ${family.name} done in ${((Date.now() - began) / 1000).toFixed(0)} s`);
    }
}
finally {
    stopStarted();
}
console.log(renderTable(rows));
if (values.out)
    writeFileSync(values.out, `${JSON.stringify(rows, null, 2)}\n`);
process.exit(rows.length > 0 && rows.every(rowPassed) ? 0 : 1);
//# sourceMappingURL=main.js.map