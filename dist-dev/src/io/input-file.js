import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { UsageError } from '../domain/errors.js';
/** A file the user named could not be read: a UsageError saying whether it is missing or unreadable. */
function unreadable(path, err, what) {
    if (err.code === 'ENOENT')
        return new UsageError(`no ${what} ${path}`, 'pass the path of an existing file');
    return new UsageError(`cannot read ${path}: ${err.message}`, 'pass a readable file');
}
/** A whole input file as text. */
export function readInputFile(path, what = 'file') {
    try {
        return readFileSync(path, 'utf8');
    }
    catch (err) {
        throw unreadable(path, err, what);
    }
}
/** The first `bytes` of an input file as text (a header, a first character), without reading the rest. */
export function readInputHead(path, bytes) {
    let fd;
    try {
        fd = openSync(path, 'r');
    }
    catch (err) {
        throw unreadable(path, err, 'file');
    }
    try {
        const buffer = Buffer.alloc(bytes);
        return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8');
    }
    catch (err) {
        // A directory opens on Linux; reading it fails (EISDIR).
        throw unreadable(path, err, 'file');
    }
    finally {
        closeSync(fd);
    }
}
//# sourceMappingURL=input-file.js.map