#!/usr/bin/env node
// `npm test`: runs every compiled test file with node's test runner, two files at a time, each file
// on a Neo4j of its own for as long as it runs (the files wipe their database): this script starts
// one local Neo4j per lane on free ports and stops them afterwards — also when it is interrupted
// (Ctrl-C, SIGTERM, SIGHUP). Or it runs against TENANT_SCALE_TEST_NEO4J_URI, a server you name for
// tests only (it gets wiped), one file at a time. NEO4J_URI, the variable the CLI reads for a real
// server, is never used here. With --lint-and-build (what `npm test` passes) it lints and builds while the servers start.
//   NEO4J_LINE=5.26|2025   the Neo4j line to start (default 5.26)
//   TENANT_SCALE_TEST_STORES=sqlite|neo4j   only one store
//   TENANT_SCALE_TEST_LANES=N               files at once (default 2, one server each; 1 for a quiet run)
//   TENANT_SCALE_TEST_EXCLUDE=console,…     leave out these folders of test/ (said on stderr)
//   TENANT_SCALE_TEST_FILES=a.js,b.js       run these files instead of every test file
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const neo4jTool = join(root, 'tools', 'neo4j', 'neo4j.mjs');
const env = { ...process.env };
delete env.NEO4J_URI;
const lanes = Number(env.TENANT_SCALE_TEST_LANES ?? 2);
if (!Number.isInteger(lanes) || lanes < 1 || lanes > 8) {
  console.error('npm test: TENANT_SCALE_TEST_LANES must be a whole number from 1 to 8');
  process.exit(2);
}

/** Servers this run started (their ports), stopped however the run ends. */
const started = [];
let child;
function stopServers() {
  // Every server this process owns, also one still starting (its port not yet known here).
  if (started.length > 0 || serversRequested) spawnSync(process.execPath, [neo4jTool, 'stop', '--owner', String(process.pid)], { stdio: 'inherit', env });
  started.length = 0;
}
let serversRequested = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`npm test: ${signal}: stopping the tests and the servers this run started`);
    child?.kill(signal);
    stopServers();
    if (env.TENANT_SCALE_TEST_NEO4J_LOCKS) rmSync(env.TENANT_SCALE_TEST_NEO4J_LOCKS, { recursive: true, force: true });
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal] ?? 0));
  });
}

function startServer(launcherEnv) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [neo4jTool, 'start'], { stdio: ['ignore', 'pipe', 'inherit'], env: launcherEnv });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    p.once('error', reject);
    p.once('close', (code) => {
      const uri = out.match(/bolt:\/\/\S+/)?.[0];
      if (uri) started.push(new URL(uri).port);
      if (code !== 0 || !uri) reject(new Error(`could not start the local Neo4j (see above)${out ? `; it printed ${JSON.stringify(out)}` : ''}`));
      else resolve(uri);
    });
  });
}

/**
 * `npm test` (--lint-and-build): the lint and the build run while the servers start — a JVM's
 * start is mostly waiting, and the build needs only a core. A failed lint or build stops the run.
 */
const lintAndBuildFirst = process.argv.includes('--lint-and-build');
async function lintAndBuild() {
  if (!lintAndBuildFirst) return;
  for (const script of ['lint', 'build']) {
    const code = await new Promise((resolve) => {
      child = spawn('npm', ['run', script], { stdio: 'inherit', env });
      child.once('close', (c) => resolve(c ?? 1));
    });
    if (code !== 0) {
      console.error(`npm test: npm run ${script} failed (see above)`);
      stopServers();
      process.exit(code);
    }
  }
}

let concurrency = 1;
if (!env.TENANT_SCALE_TEST_NEO4J_URI && env.TENANT_SCALE_TEST_STORES !== 'sqlite') {
  env.NEO4J_LINE = env.NEO4J_LINE ?? '5.26';
  // A test server lives minutes and runs small queries: C1-compiled code and the serial collector
  // spend about half the CPU of C2's compiler threads and G1's (measured: 78 → 44 s of JVM CPU for
  // the CLI and ATG-shape files, the same wall time alone) — CPU the other lane's tests need.
  env.NEO4J_JVM_OPTIONS = env.NEO4J_JVM_OPTIONS ?? '-XX:+UseSerialGC -XX:TieredStopAtLevel=1';
  // Tests hold small graphs: a smaller heap and page cache than the launcher's default let two servers sit side by side.
  // NEO4J_OWNER_PID: the servers are this process's; the next start stops them if it dies without stopping them.
  const launcherEnv = {
    ...env,
    NEO4J_PORT: 'auto',
    NEO4J_HEAP: env.NEO4J_HEAP ?? '2g',
    NEO4J_PAGECACHE_BYTES: env.NEO4J_PAGECACHE_BYTES ?? String(512 * 1024 * 1024),
    NEO4J_OWNER_PID: String(process.pid),
  };
  const build = spawnSync(process.execPath, [neo4jTool, 'build'], { stdio: 'inherit', env: launcherEnv });
  if (build.status !== 0) {
    console.error('npm test: could not build the Neo4j launcher (see above)');
    process.exit(1);
  }
  try {
    serversRequested = true;
    const starting = Promise.all(Array.from({ length: lanes }, () => startServer(launcherEnv)));
    starting.catch(() => {}); // awaited below, after the lint and the build
    await lintAndBuild();
    const uris = await starting;
    env.TENANT_SCALE_TEST_NEO4J_URIS = uris.join(',');
    env.TENANT_SCALE_TEST_NEO4J_LOCKS = mkdtempSync(join(tmpdir(), 'tenant-scale-test-lanes-'));
    concurrency = lanes;
    console.error(`npm test: ${lanes} local Neo4j ${env.NEO4J_LINE} server(s) at ${uris.join(', ')}: ${lanes} test file(s) at a time`);
  } catch (err) {
    console.error(`npm test: ${err.message}`);
    stopServers();
    process.exit(1);
  }
} else {
  await lintAndBuild();
  if (env.TENANT_SCALE_TEST_STORES === 'sqlite') concurrency = lanes; // no server shared
}

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

const testRoot = join(root, 'dist', 'test');
const excluded = (env.TENANT_SCALE_TEST_EXCLUDE ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const dir of excluded) {
  if (!existsSync(join(testRoot, dir))) {
    console.error(`npm test: TENANT_SCALE_TEST_EXCLUDE names ${dir}, which is not a folder of test/; name one of: ${readdirSync(testRoot).join(', ')}`);
    stopServers();
    process.exit(2);
  }
}
const named = (env.TENANT_SCALE_TEST_FILES ?? '').split(',').filter(Boolean);
const all = named.length ? named : testFiles(testRoot);
// Long files first, so the lanes end close together: the folders whose few tests run whole programs
// (the package install, interrupted scripts), then the rest by size.
const LONG_FOLDERS = ['tools', 'package'].map((dir) => join(testRoot, dir) + sep);
const weight = (f) => (LONG_FOLDERS.some((dir) => f.startsWith(dir)) ? 1e9 : 0) + statSync(f).size;
const files = all.filter((f) => !excluded.some((dir) => f.startsWith(join(testRoot, dir) + sep))).sort((a, b) => weight(b) - weight(a));
if (excluded.length > 0)
  console.error(`npm test: leaving out test/${excluded.join(', test/')} (${all.length - files.length} files), as TENANT_SCALE_TEST_EXCLUDE asks`);
// Options for node's test runner (--test-name-pattern=…) go to `node --test`, which orders files by path;
// without any, the files run in the order above (tools/run-in-order.mjs).
const passed = process.argv.slice(2).filter((a) => a !== '--lint-and-build');
const args = passed.length ? ['--test', `--test-concurrency=${concurrency}`, ...passed, ...files] : [join(root, 'tools', 'run-in-order.mjs'), ...files];
const status = await new Promise((resolve) => {
  child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...env, TENANT_SCALE_TEST_CONCURRENCY: String(concurrency) } });
  child.once('close', (code) => resolve(code ?? 1));
});

stopServers();
if (env.TENANT_SCALE_TEST_NEO4J_LOCKS) rmSync(env.TENANT_SCALE_TEST_NEO4J_LOCKS, { recursive: true, force: true });
process.exit(status);
