#!/usr/bin/env node
// `npm test`: starts the local Neo4j when NEO4J_URI is not set, runs every compiled test file with
// node's test runner (one file at a time: they share the one Neo4j database), stops Neo4j again.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const neo4jTool = join(root, 'tools', 'neo4j', 'neo4j.mjs');
const env = { ...process.env };
let started = false;

if (!env.NEO4J_URI && env.TENANT_SCALE_TEST_STORES !== 'sqlite') {
  const r = spawnSync(process.execPath, [neo4jTool, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    console.error('npm test: could not start the local Neo4j (see above)');
    process.exit(1);
  }
  env.NEO4J_URI = r.stdout.match(/bolt:\/\/\S+/)?.[0];
  if (!env.NEO4J_URI) {
    console.error(`npm test: the Neo4j launcher printed no bolt:// URI (got ${JSON.stringify(r.stdout)})`);
    process.exit(1);
  }
  started = true;
  console.error(`npm test: local Neo4j at ${env.NEO4J_URI}`);
}

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

const files = testFiles(join(root, 'dist', 'test')).sort();
const args = ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...files];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });

if (started) spawnSync(process.execPath, [neo4jTool, 'stop'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
