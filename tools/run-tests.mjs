#!/usr/bin/env node
// `npm test`: runs every compiled test file with node's test runner (one file at a time: they share
// one Neo4j database, which they wipe), against a Neo4j this script starts itself on a free port and
// stops afterwards — or against TENANT_SCALE_TEST_NEO4J_URI, a server you name for tests only (it
// gets wiped). NEO4J_URI, the variable the CLI reads for a real server, is never used here.
//   NEO4J_LINE=5.26|2025   the Neo4j line to start (default 5.26); NEO4J_PORT fixes the port
//   TENANT_SCALE_TEST_STORES=sqlite|neo4j   only one store
//   TENANT_SCALE_TEST_EXCLUDE=torture,…     leave out these folders of test/ (said on stderr); CI's
//                                           second pass (Neo4j 2025.x) leaves out the torture sample,
//                                           which the first pass runs, to stay within its time budget
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const neo4jTool = join(root, 'tools', 'neo4j', 'neo4j.mjs');
const env = { ...process.env };
delete env.NEO4J_URI;
let started;

if (!env.TENANT_SCALE_TEST_NEO4J_URI && env.TENANT_SCALE_TEST_STORES !== 'sqlite') {
  const launcherEnv = { ...env, NEO4J_PORT: env.NEO4J_PORT ?? 'auto' };
  const r = spawnSync(process.execPath, [neo4jTool, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: launcherEnv });
  const uri = r.stdout.match(/bolt:\/\/\S+/)?.[0];
  if (r.status !== 0 || !uri) {
    console.error(`npm test: could not start the local Neo4j (see above)${r.stdout ? `; it printed ${JSON.stringify(r.stdout)}` : ''}`);
    process.exit(1);
  }
  env.TENANT_SCALE_TEST_NEO4J_URI = uri;
  env.NEO4J_LINE = env.NEO4J_LINE ?? '5.26';
  started = { ...launcherEnv, NEO4J_PORT: new URL(uri).port };
  console.error(`npm test: local Neo4j ${env.NEO4J_LINE ?? '5.26'} at ${uri}`);
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
    process.exit(2);
  }
}
const all = testFiles(testRoot).sort();
const files = all.filter((f) => !excluded.some((dir) => f.startsWith(join(testRoot, dir) + sep)));
if (excluded.length > 0)
  console.error(`npm test: leaving out test/${excluded.join(', test/')} (${all.length - files.length} files), as TENANT_SCALE_TEST_EXCLUDE asks`);
const args = ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...files];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });

if (started) spawnSync(process.execPath, [neo4jTool, 'stop'], { stdio: 'inherit', env: started });
process.exit(result.status ?? 1);
