import { once } from 'node:events';
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { partialFileOf } from './temp-files.js';
/**
 * Streams text to a side file and renames it over `path` only when complete and on disk (the file
 * and then its folder are fsynced), so neither a failure nor a crash or power loss leaves a
 * half-written file under the name asked for. Returns the bytes written.
 */
export async function writeFileAtomically(path, chunks) {
    // Named for this process, removed at exit whatever happens; one a killed run left beside `path` is removed now.
    const partial = partialFileOf(path);
    const fd = openSync(partial, 'w');
    const out = createWriteStream('', { fd, autoClose: false, encoding: 'utf8' });
    let bytes = 0;
    let closed = false;
    try {
        for await (const text of chunks) {
            bytes += Buffer.byteLength(text);
            if (!out.write(text))
                await once(out, 'drain');
        }
        out.end();
        await once(out, 'finish');
        fsyncSync(fd);
        closeSync(fd);
        closed = true;
        renameSync(partial, path);
        syncFolder(dirname(path));
        return bytes;
    }
    catch (err) {
        out.destroy();
        if (!closed)
            closeSync(fd);
        rmSync(partial, { force: true });
        throw err;
    }
}
/** Makes a rename in the folder durable (a no-op where folders cannot be opened, e.g. Windows). */
function syncFolder(folder) {
    let fd;
    try {
        fd = openSync(folder, 'r');
        fsyncSync(fd);
    }
    catch {
        // best effort: the file itself is already on disk
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
//# sourceMappingURL=atomic-file.js.map