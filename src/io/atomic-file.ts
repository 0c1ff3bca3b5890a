import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';

/**
 * Streams text to a side file and renames it over `path` only when complete, so a failure never
 * leaves a half-written file under the name asked for. Returns the bytes written.
 */
export async function writeFileAtomically(path: string, chunks: Iterable<string>): Promise<number> {
  const partial = `${path}.partial-${process.pid}`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  let bytes = 0;
  try {
    for (const text of chunks) {
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
