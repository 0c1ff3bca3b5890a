import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { storeKinds } from '../helpers/stores.js';

/**
 * The scripts that start a local Neo4j (npm test's runner, the bench, the torture suite) stop it
 * when they are interrupted, and a server whose script was killed outright is stopped by the next
 * start. Each script runs as a child with its own small server; the signal comes once that server
 * answers.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const STATE = join(ROOT, '.neo4j');
const LAUNCHER = join(ROOT, 'tools', 'neo4j', 'neo4j.mjs');
const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HEAP: '1g', NEO4J_PAGECACHE_BYTES: String(128 * 1024 * 1024) };
delete env.TENANT_SCALE_TEST_NEO4J_URI;
delete env.TENANT_SCALE_TEST_NEO4J_URIS;
delete env.TENANT_SCALE_TEST_NEO4J_LOCKS;
delete env.NEO4J_OWNER_PID;
// This file runs under the test runner: its marker would make the scripts' own test runs think they are its children.
delete env.NODE_TEST_CONTEXT;

const work = mkdtempSync(join(tmpdir(), 'tenant-scale-interrupt-'));
after(() => rmSync(work, { recursive: true, force: true }));
// A test file that holds npm test's runner busy (the runner is interrupted while it runs).
const HOLD = join(work, 'hold.test.mjs');
writeFileSync(HOLD, "import { test } from 'node:test';\ntest('holds', () => new Promise((r) => setTimeout(r, 300_000)));\n");

const SCRIPTS: Record<string, readonly string[]> = {
  'npm test (tools/run-tests.mjs)': [join(ROOT, 'tools', 'run-tests.mjs')],
  'npm run bench': [join(ROOT, 'dist', 'bench', 'main.js'), '--only', 'B1', '--store', 'neo4j', '--reps', '1'],
  'npm run torture': [join(ROOT, 'dist', 'torture', 'main.js'), '--only', 'crash', '--stores', 'neo4j', '--trials', '1'],
};
const scriptEnv = { ...env, TENANT_SCALE_TEST_LANES: '1', TENANT_SCALE_TEST_FILES: HOLD };

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => done(true));
  });
}

/** A running process; a zombie (exited, waiting for a late-reaping init to collect it) holds nothing and counts as gone. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
};

/** The server the child started (its owner file names the child), once it answers: its port and the launcher JVM's pid. */
async function serverOf(child: ChildProcess): Promise<{ port: number; pid: number }> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    assert.equal(child.exitCode, null, 'the script ended before its server answered');
    for (const name of existsSync(STATE) ? readdirSync(STATE) : []) {
      const owner = join(STATE, name, 'owner');
      const pidFile = join(STATE, name, 'pid');
      if (!existsSync(owner) || Number(readFileSync(owner, 'utf8')) !== child.pid || !existsSync(pidFile)) continue;
      if (await boltAnswers(Number(name))) return { port: Number(name), pid: Number(readFileSync(pidFile, 'utf8')) };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the script never had a server answering');
}

/** After a failed check: stops whatever servers these (now killed) children left, so the test leaves nothing behind either. */
async function stopServersOf(pids: readonly (number | undefined)[]): Promise<void> {
  for (const name of existsSync(STATE) ? readdirSync(STATE) : []) {
    const owner = join(STATE, name, 'owner');
    if (existsSync(owner) && pids.includes(Number(readFileSync(owner, 'utf8'))))
      await exitOf(spawn(process.execPath, [LAUNCHER, 'stop'], { env: { ...env, NEO4J_PORT: name }, stdio: 'ignore' }));
  }
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

// The two tests run at once (each script's server is told apart by its owner's pid): their five JVM starts overlap.
describe('scripts that start a Neo4j stop it when interrupted', {
  concurrency: true,
  skip: !storeKinds().includes('neo4j') && 'TENANT_SCALE_TEST_STORES excludes neo4j',
}, () => {
  test("SIGINT, SIGTERM or SIGHUP once the server answers: the script exits with the signal's status, its server is gone", async () => {
    // Each script under its own signal, all at once (each with its own server): every script handles the
    // three signals in one loop, so three runs (three JVMs on two cores) cover each script and each signal.
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const runs = Object.entries(SCRIPTS).map(([name, args], i) => ({
      name: `${name}, ${signals[i]!}`,
      signal: signals[i]!,
      child: spawn(process.execPath, args, { env: scriptEnv, stdio: 'ignore' }),
    }));
    try {
      const servers = await Promise.all(runs.map((r) => serverOf(r.child)));
      for (const r of runs) r.child.kill(r.signal);
      const exits = await Promise.all(runs.map((r) => exitOf(r.child)));
      for (const [i, r] of runs.entries()) {
        assert.deepEqual(exits[i], { code: 128 + constants.signals[r.signal], signal: null }, `${r.name}: exit status`);
        assert.equal(await boltAnswers(servers[i]!.port), false, `${r.name}: nothing answers on port ${servers[i]!.port}`);
        assert.equal(alive(servers[i]!.pid), false, `${r.name}: the server process ${servers[i]!.pid} is gone`);
        assert.equal(existsSync(join(STATE, String(servers[i]!.port))), false, `${r.name}: its state folder is removed`);
      }
    } finally {
      for (const r of runs) r.child.kill('SIGKILL');
      await Promise.all(runs.map((r) => exitOf(r.child)));
      await stopServersOf(runs.map((r) => r.child.pid));
    }
  });

  test('a run killed outright (SIGKILL) leaves its server, and the next start stops it, saying so', async () => {
    const child = spawn(process.execPath, SCRIPTS['npm test (tools/run-tests.mjs)']!, { env: scriptEnv, stdio: 'ignore' });
    let orphan: { port: number; pid: number };
    try {
      orphan = await serverOf(child);
    } finally {
      child.kill('SIGKILL');
      await exitOf(child);
    }
    assert.equal(await boltAnswers(orphan.port), true, 'the killed run could not stop its server');
    const next = spawn(process.execPath, [LAUNCHER, 'start'], { env: { ...env, NEO4J_PORT: 'auto' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    next.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    next.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const started = await exitOf(next);
    const port = stdout.match(/bolt:\/\/127\.0\.0\.1:(\d+)/)?.[1];
    try {
      assert.equal(started.code, 0, stderr);
      assert.match(stderr, new RegExp(`stopping the server on port ${orphan.port}: the process that started it \\(pid ${child.pid}\\) is gone`));
      assert.equal(await boltAnswers(orphan.port), false, 'the orphan is stopped');
      assert.equal(alive(orphan.pid), false);
    } finally {
      if (port) await exitOf(spawn(process.execPath, [LAUNCHER, 'stop'], { env: { ...env, NEO4J_PORT: port }, stdio: 'ignore' }));
      await stopServersOf([child.pid]);
    }
  });
});
