import { accessSync, constants, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import { UsageError } from '../../domain/errors.js';
import type { GraphSlice } from '../graph-slice.js';
import { cypherLines } from './cypher-format.js';
import { graphmlLines } from './graphml-format.js';
import { jsonLines } from './json-format.js';
import { yamlLines } from './yaml-format.js';

export const GRAPH_FORMATS = ['json', 'yaml', 'graphml', 'cypher'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const WRITERS: Record<GraphFormat, (slice: GraphSlice, meta: Record<string, unknown>) => Iterable<string>> = {
  json: jsonLines,
  yaml: yamlLines,
  graphml: graphmlLines,
  cypher: cypherLines,
};

/** Refuses, before any work, an output file that exists (without `force`) or cannot be written. */
export function checkOutputFile(path: string, force: boolean): void {
  const full = resolve(path);
  if (existsSync(full)) {
    if (statSync(full).isDirectory()) throw new UsageError(`output file ${path} is a directory`, 'pass a file path to --output-file');
    if (!force) throw new UsageError(`output file ${path} already exists`, 'pass --force to replace it, or choose another --output-file');
  }
  try {
    accessSync(dirname(full), constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${path}: its folder ${dirname(full)} does not exist or is not writable`, 'choose a writable --output-file');
  }
}

/**
 * Writes the slice in `format` to `path`: streamed to a side file and renamed over `path` when
 * complete, so a failure never leaves a half-written file under the name asked for.
 */
export async function writeGraphFile(slice: GraphSlice, format: GraphFormat, path: string, meta: Record<string, unknown> = {}): Promise<number> {
  const partial = `${path}.partial-${process.pid}`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  let bytes = 0;
  try {
    for (const text of WRITERS[format](slice, meta)) {
      bytes += Buffer.byteLength(text);
      if (!out.write(text)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    renameSync(partial, path);
    return bytes;
  } catch (err) {
    out.destroy();
    rmSync(partial, { force: true });
    throw err;
  }
}
