#!/usr/bin/env node
// The test files in the order given, TENANT_SCALE_TEST_CONCURRENCY at a time, as TAP on stdout;
// exit 1 when a test failed. `node --test FILES` sorts its files by path, so the long files that
// should start first (npm test's runner orders them) would start last and leave one lane running
// alone at the end; node:test's run() keeps the order.
import { run } from 'node:test';
import { tap } from 'node:test/reporters';

let failed = false;
const stream = run({ files: process.argv.slice(2), concurrency: Number(process.env.TENANT_SCALE_TEST_CONCURRENCY ?? 1) });
stream.on('test:fail', () => {
  failed = true;
});
stream.compose(tap).pipe(process.stdout);
process.on('exit', () => {
  if (failed) process.exitCode = 1;
});
