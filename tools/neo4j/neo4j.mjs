#!/usr/bin/env node
// Local Neo4j (neo4j-harness) for tests and benchmarks, on either line we test against.
//   node tools/neo4j/neo4j.mjs start   build if needed, start in the background, wait for Bolt, print the URI (idempotent)
//   node tools/neo4j/neo4j.mjs stop    stop the server started by `start`
//   node tools/neo4j/neo4j.mjs status  print the URI if it answers, exit 1 otherwise
//   node tools/neo4j/neo4j.mjs build   only build the launcher if needed (before starting several servers at once)
//   node tools/neo4j/neo4j.mjs stop --all   stop every server this checkout started (any port), and remove their data
//   node tools/neo4j/neo4j.mjs stop --owner PID   stop the servers owned by process PID (a script stopping its own, also one still starting)
// A script that starts a server for itself (npm test, the bench, the torture suite) names itself in NEO4J_OWNER_PID:
// the server is its for as long as that process lives, and the next `start` stops a server whose owner is gone
// (killed outright, a machine reset), saying so. A server started by hand (no owner) runs until `stop`.
// Env: NEO4J_LINE (5.26, the default, or 2025), NEO4J_PORT (default 7687; `auto` for a free port —
// the printed URI names it, and `stop` needs it as a number), NEO4J_HEAP (default 4g),
// NEO4J_PAGECACHE_BYTES (default 2 GiB), NEO4J_JVM_OPTIONS (default -XX:+UseG1GC), NEO4J_KEEP_DATA=1 (the data survives `stop` and the next `start` on
// that port serves it again: for the torture suite's server faults; `stop` without it deletes the data), JAVA_HOME (the JDK to use; 2025 needs Java 21 or newer, and
// without a JAVA_HOME that new, the newest JDK under /usr/lib/jvm is used).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Neo4j lines the project tests against: harness version, the Java it needs, its build folder. */
const LINES = {
  5.26: { version: '5.26.30', java: 17, buildDir: 'target' },
  2025: { version: '2025.10.1', java: 21, buildDir: 'target-2025' },
};

const here = dirname(fileURLToPath(import.meta.url));
const lineName = process.env.NEO4J_LINE ?? '5.26';
const line = LINES[lineName];
/** A port nobody listens on now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

const port = process.env.NEO4J_PORT === 'auto' ? await freePort() : Number(process.env.NEO4J_PORT ?? 7687);
const uri = `bolt://127.0.0.1:${port}`;
const stateDir = join(here, '..', '..', '.neo4j', String(port));
const pidFile = join(stateDir, 'pid');
const ownerFile = join(stateDir, 'owner');
const stateRoot = join(here, '..', '..', '.neo4j');
const logFile = join(stateDir, 'neo4j.log');
const buildDir = join(here, line?.buildDir ?? 'target');
const classpathFile = join(buildDir, 'classpath.txt');
const keepData = process.env.NEO4J_KEEP_DATA === '1';

function boltAnswers(timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    // Bolt handshake: magic preamble + 4 proposed versions (5.x range); a server answers with 4 bytes.
    socket.once('connect', () => socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0x08, 0x08, 5, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0])));
    socket.once('data', (data) => done(data.length >= 4));
  });
}

/**
 * Whether `pid` is a running process. A zombie (exited, not yet reaped: a detached server's parent is
 * whatever init the machine has, and some container inits reap late or never) holds no memory and
 * no port, so it counts as gone.
 */
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // /proc/PID/stat: "pid (comm) S ..."; comm may hold spaces and parentheses, the state follows the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (not Linux): kill(0) is all we know
  }
}

async function waitGone(pid, ms) {
  const deadline = Date.now() + ms;
  while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return !pidAlive(pid);
}

function readPidIn(dir) {
  const file = join(dir, 'pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

const readPid = () => readPidIn(stateDir);

/** The feature version of the JDK at `home` (from its `release` file), or 0. */
function jdkVersion(home) {
  try {
    const m = /JAVA_VERSION="(\d+)/.exec(readFileSync(join(home, 'release'), 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * The JDK for this line: JAVA_HOME when it is new enough; else, for a line that needs more than the
 * default `java`, the newest JDK under /usr/lib/jvm; else the `java` on PATH (undefined home).
 */
function javaHome() {
  const fromEnv = process.env.JAVA_HOME;
  if (fromEnv && jdkVersion(fromEnv) >= line.java) return fromEnv;
  if (line.java <= 17 && !fromEnv) return undefined;
  const candidates = existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)) : [];
  const best = candidates
    .map((home) => ({ home, v: jdkVersion(home) }))
    .filter((j) => j.v >= line.java)
    .sort((a, b) => b.v - a.v)[0];
  if (best) return best.home;
  if (line.java <= 17) return undefined;
  throw new Error(
    `neo4j: Neo4j ${lineName} needs Java ${line.java} or newer${fromEnv ? `; JAVA_HOME=${fromEnv} is Java ${jdkVersion(fromEnv) || 'unknown'}` : ''} and none was found under /usr/lib/jvm. ` +
      `Install a JDK ${line.java}+ and set JAVA_HOME to it.`,
  );
}

function build(home) {
  const built = join(buildDir, 'classes', 'tenantscale', 'Neo4jLauncher.class');
  const source = join(here, 'src', 'main', 'java', 'tenantscale', 'Neo4jLauncher.java');
  // Rebuilt when the launcher's source changed since (a checkout that updated it must not run the old one).
  if (existsSync(classpathFile) && existsSync(built) && statSync(built).mtimeMs >= statSync(source).mtimeMs) return;
  process.stderr.write(`neo4j: building the launcher for Neo4j ${line.version} (first run fetches neo4j-harness from Maven Central)…\n`);
  // Maven's output goes to stderr: stdout carries only the URI, for scripts.
  const r = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', `-Dneo4j.version=${line.version}`, `-Djava.release=${line.java}`, `-Dbuild.dir=${line.buildDir}`, 'package'],
    {
      cwd: here,
      stdio: ['ignore', 2, 2],
      env: { ...process.env, ...(home ? { JAVA_HOME: home } : {}) },
    },
  );
  if (r.error) throw new Error(`neo4j: could not run Maven (${r.error.message}); install Maven and Java ${line.java}+`);
  if (r.status !== 0) throw new Error(`neo4j: Maven build of tools/neo4j for Neo4j ${line.version} failed (see output above)`);
}

/** Stops the server whose state is in `dir` (its process group: the launcher's JVM), waiting for it to go (killing it after 60 s); removes its state unless `keep`. */
async function stopServerIn(dir, keep) {
  const pid = readPidIn(dir);
  if (pid !== undefined && pidAlive(pid)) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (!(await waitGone(pid, 60_000))) {
      // A server that does not shut down in a minute (a loaded machine, a long checkpoint) is killed;
      // the kernel still needs a moment to tear a large heap down, so this waits for that too.
      process.stderr.write(`neo4j: the server (pid ${pid}) did not stop within 60 s; killing it\n`);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
      if (!(await waitGone(pid, 30_000))) throw new Error(`neo4j: the server (pid ${pid}) survived SIGKILL; stop it by hand`);
    }
  }
  if (keep) rmSync(join(dir, 'pid'), { force: true });
  else rmSync(dir, { recursive: true, force: true });
}

/**
 * Servers of this checkout whose owner (NEO4J_OWNER_PID of the script that started them) is gone:
 * a run killed outright left them; stopped now, saying so. Servers without an owner (started by
 * hand) and servers of live owners are left alone.
 */
async function stopOrphans() {
  if (!existsSync(stateRoot)) return;
  for (const name of readdirSync(stateRoot)) {
    const dir = join(stateRoot, name);
    const ownerPath = join(dir, 'owner');
    if (!existsSync(ownerPath)) continue;
    const owner = Number(readFileSync(ownerPath, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && pidAlive(owner)) continue;
    const pid = readPidIn(dir);
    if (pid !== undefined && pidAlive(pid))
      process.stderr.write(`neo4j: stopping the server on port ${name}: the process that started it (pid ${owner}) is gone\n`);
    await stopServerIn(dir, false);
  }
}

async function start() {
  if (!line) throw new Error(`neo4j: unknown NEO4J_LINE=${lineName}; use one of ${Object.keys(LINES).join(', ')}`);
  if (await boltAnswers()) {
    // Only a server this launcher started is reused: tests and benchmarks wipe it, and a server on
    // this port that we did not start may hold somebody's data.
    const pid = readPid();
    if (pid !== undefined && pidAlive(pid)) {
      console.log(uri);
      return;
    }
    throw new Error(`neo4j: a server tenant-scale did not start answers on ${uri}; set NEO4J_PORT to a free port (its data is never touched)`);
  }
  await stopOrphans();
  const home = javaHome();
  build(home);
  mkdirSync(stateDir, { recursive: true });
  const owner = process.env.NEO4J_OWNER_PID;
  if (owner) writeFileSync(ownerFile, owner);
  else rmSync(ownerFile, { force: true });
  const workDir = join(stateDir, 'data');
  if (!keepData) rmSync(workDir, { recursive: true, force: true });
  const classpath = `${join(buildDir, 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}`;
  const heap = process.env.NEO4J_HEAP ?? '4g';
  const out = openSync(logFile, 'w');
  const java = home ? join(home, 'bin', 'java') : 'java';
  const child = spawn(
    java,
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...(process.env.NEO4J_JVM_OPTIONS ?? '-XX:+UseG1GC').split(/\s+/).filter(Boolean),
      '--enable-native-access=ALL-UNNAMED',
      '-cp',
      classpath,
      'tenantscale.Neo4jLauncher',
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_PORT: String(port), NEO4J_WORK_DIR: workDir },
    },
  );
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (!pidAlive(child.pid)) throw new Error(`neo4j: the server exited during start-up; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (readFileSync(logFile, 'utf8').includes('READY') && (await boltAnswers())) {
      console.log(uri);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`neo4j: Bolt did not answer on ${uri} within 180 s; see ${logFile}`);
}

async function stop() {
  const owner = process.argv[3] === '--owner' ? Number(process.argv[4]) : undefined;
  if (owner !== undefined && !(Number.isInteger(owner) && owner > 0)) throw new Error('neo4j: stop --owner needs a process id');
  if (process.argv[3] === '--all' || owner !== undefined) {
    // Every server of this checkout (--all), or every one of this owner's, whoever knows its port.
    if (!existsSync(stateRoot)) return;
    for (const name of readdirSync(stateRoot)) {
      const dir = join(stateRoot, name);
      if (owner !== undefined && (!existsSync(join(dir, 'owner')) || Number(readFileSync(join(dir, 'owner'), 'utf8')) !== owner)) continue;
      const pid = readPidIn(dir);
      if (pid !== undefined && pidAlive(pid)) process.stderr.write(`neo4j: stopping the server on port ${name}\n`);
      await stopServerIn(dir, false);
    }
    return;
  }
  await stopServerIn(stateDir, keepData);
}

const command = process.argv[2];
try {
  if (command === 'start') await start();
  else if (command === 'stop') await stop();
  else if (command === 'build') {
    if (!line) throw new Error(`neo4j: unknown NEO4J_LINE=${lineName}; use one of ${Object.keys(LINES).join(', ')}`);
    build(javaHome());
  } else if (command === 'status') {
    if (await boltAnswers()) console.log(uri);
    else process.exit(1);
  } else {
    console.error('usage: neo4j.mjs start|stop|status|build');
    process.exit(2);
  }
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
