import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { opt, UsageError } from '../../domain/errors.js';
import { writeFileAtomically } from '../atomic-file.js';
import type { GraphSlice } from '../../domain/graph-slice.js';
import { sliceStream, type GraphStream } from '../graph-stream.js';
import { cypherLines } from './cypher-format.js';
import { graphmlLines } from './graphml-format.js';
import { jsonLines } from './json-format.js';
import { yamlLines } from './yaml-format.js';

/** An output format: its writer (the graph as text, in pieces) and the file extensions that name it. */
interface FormatEntry {
  readonly lines: (graph: GraphStream, meta: Record<string, unknown>) => AsyncIterable<string>;
  readonly extensions: readonly string[];
}

/** Every output format by its name (the --format value): a new format is a writer module in this folder and one line here. */
const WRITERS = {
  json: { lines: jsonLines, extensions: ['json'] },
  yaml: { lines: yamlLines, extensions: ['yaml', 'yml'] },
  graphml: { lines: graphmlLines, extensions: ['graphml'] },
  cypher: { lines: cypherLines, extensions: ['cypher', 'cql'] },
} as const satisfies Record<string, FormatEntry>;

export type GraphFormat = keyof typeof WRITERS;
export const GRAPH_FORMATS = Object.keys(WRITERS) as [GraphFormat, ...GraphFormat[]];

/** The format a file's extension names (case aside), else json. */
export function formatOfFile(file: string): GraphFormat {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  return GRAPH_FORMATS.find((f) => (WRITERS[f].extensions as readonly string[]).includes(ext)) ?? 'json';
}

/** The longest file name the output may have: file systems allow 255 bytes, and the side file adds `.partial-<pid>`. */
const MAX_NAME_BYTES = 255 - '.partial-4194304'.length;

/** Refuses, before any work, an output file that exists (without `force`) or cannot be written; `option` names the file's option in the fix (see opt). */
export function checkOutputFile(path: string, force: boolean, option = opt('file', 'output-file')): void {
  // resolve() drops a trailing separator, which would send the side file into a folder that does not exist.
  if (path.endsWith('/') || path.endsWith(sep))
    throw new UsageError(`output file ${path} ends in a separator: it names a folder`, `pass a file path to ${option}`);
  const full = resolve(path);
  if (Buffer.byteLength(basename(full)) > MAX_NAME_BYTES) {
    throw new UsageError(
      `output file name ${basename(full).slice(0, 40)}… is too long (${Buffer.byteLength(basename(full))} bytes)`,
      `pass a shorter file name to ${option}`,
    );
  }
  if (existsSync(full)) {
    if (statSync(full).isDirectory()) throw new UsageError(`output file ${path} is a directory`, `pass a file path to ${option}`);
    if (!force) throw new UsageError(`output file ${path} already exists`, `pass {{option:force}} to replace it, or choose another ${option}`);
  }
  try {
    accessSync(dirname(full), constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${path}: its folder ${dirname(full)} does not exist or is not writable`, `choose a writable ${option}`);
  }
}

/** Writes the slice in `format` to `path`, atomically (see writeFileAtomically). */
export async function writeGraphFile(slice: GraphSlice, format: GraphFormat, path: string, meta: Record<string, unknown> = {}): Promise<number> {
  return writeGraphStream(sliceStream(slice), format, path, meta);
}

/** Writes a streamed graph in `format` to `path`, atomically, holding a page at a time. */
export async function writeGraphStream(graph: GraphStream, format: GraphFormat, path: string, meta: Record<string, unknown> = {}): Promise<number> {
  return writeFileAtomically(path, WRITERS[format].lines(graph, meta));
}
