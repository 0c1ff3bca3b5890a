#!/usr/bin/env node
// Local Neo4j 5.26 (neo4j-harness) for tests and benchmarks.
//   node tools/neo4j/neo4j.mjs start   build if needed, start in the background, wait for Bolt, print the URI (idempotent)
//   node tools/neo4j/neo4j.mjs stop    stop the server started by `start`
//   node tools/neo4j/neo4j.mjs status  print the URI if it answers, exit 1 otherwise
// Env: NEO4J_PORT (default 7687), NEO4J_HEAP (default 4g), NEO4J_PAGECACHE_BYTES (default 2 GiB).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.NEO4J_PORT ?? 7687);
const uri = `bolt://127.0.0.1:${port}`;
const stateDir = join(here, '..', '..', '.neo4j', String(port));
const pidFile = join(stateDir, 'pid');
const logFile = join(stateDir, 'neo4j.log');
const classpathFile = join(here, 'target', 'classpath.txt');

function boltAnswers(timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    // Bolt handshake: magic preamble + 4 proposed versions (5.x range); a server answers with 4 bytes.
    socket.once('connect', () => socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0x08, 0x08, 5, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0])));
    socket.once('data', (data) => done(data.length >= 4));
  });
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

function readPid() {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function build() {
  if (existsSync(classpathFile) && existsSync(join(here, 'target', 'classes', 'tenantscale', 'Neo4jLauncher.class'))) return;
  process.stderr.write('neo4j: building the launcher (first run fetches neo4j-harness from Maven Central)…\n');
  // Maven's output goes to stderr: stdout carries only the URI, for scripts.
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', 'package'], { cwd: here, stdio: ['ignore', 2, 2] });
  if (r.error) throw new Error(`neo4j: could not run Maven (${r.error.message}); install Maven and Java 17`);
  if (r.status !== 0) throw new Error('neo4j: Maven build of tools/neo4j failed (see output above)');
}

async function start() {
  if (await boltAnswers()) { console.log(uri); return; }
  build();
  mkdirSync(stateDir, { recursive: true });
  const workDir = join(stateDir, 'data');
  rmSync(workDir, { recursive: true, force: true });
  const classpath = `${join(here, 'target', 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}`;
  const heap = process.env.NEO4J_HEAP ?? '4g';
  const out = openSync(logFile, 'w');
  const child = spawn('java', [`-Xms${heap}`, `-Xmx${heap}`, '-XX:+UseG1GC', '-cp', classpath, 'tenantscale.Neo4jLauncher'], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_PORT: String(port), NEO4J_WORK_DIR: workDir },
  });
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (!pidAlive(child.pid)) throw new Error(`neo4j: the server exited during start-up; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (readFileSync(logFile, 'utf8').includes('READY') && (await boltAnswers())) { console.log(uri); return; }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`neo4j: Bolt did not answer on ${uri} within 180 s; see ${logFile}`);
}

async function stop() {
  const pid = readPid();
  if (pid === undefined || !pidAlive(pid)) { rmSync(pidFile, { force: true }); return; }
  process.kill(-pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (pidAlive(pid)) process.kill(-pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  rmSync(join(stateDir, 'data'), { recursive: true, force: true });
}

const command = process.argv[2];
try {
  if (command === 'start') await start();
  else if (command === 'stop') await stop();
  else if (command === 'status') { if (await boltAnswers()) console.log(uri); else process.exit(1); }
  else { console.error('usage: neo4j.mjs start|stop|status'); process.exit(2); }
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
