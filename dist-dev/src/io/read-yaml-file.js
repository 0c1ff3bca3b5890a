import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { UsageError } from '../domain/errors.js';
/** "groups[1].resources[0].count" from a zod issue path. */
export function formatIssuePath(path) {
    return path.reduce((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(top level)';
}
/**
 * Reads a YAML (or JSON) file and validates it with `schema`. Every failure is a UsageError that
 * says which file, where in it (line and column for syntax, the key path for content) and how to fix it.
 */
export function readYamlFile(path, schema, what, fix) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (err) {
        throw new UsageError(`cannot read ${what} ${path}: ${err.code ?? err.message}`, 'check the path (relative paths start from the current directory)');
    }
    return parseYamlText(text, schema, `${what} ${path}`, fix);
}
/** YAML (or JSON) text validated with `schema`: the same errors as a file's (line and column, key path), `what` naming the text. */
export function parseYamlText(text, schema, what, fix) {
    const doc = parseDocument(text, { prettyErrors: true });
    if (doc.errors.length) {
        const first = doc.errors[0];
        const where = first.linePos?.[0] ? `line ${first.linePos[0].line}, column ${first.linePos[0].col}` : 'unknown position';
        throw new UsageError(`${what} is not valid YAML at ${where}: ${first.message.split('\n')[0]}`, fix);
    }
    return parseWithSchema(doc.toJS(), schema, what, fix);
}
/** Validates data with `schema`; a failure names up to three places and what is wrong there. */
export function parseWithSchema(data, schema, what, fix) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    throw new UsageError(`${what} is invalid at ${issues.join('; ')}${more}`, fix);
}
//# sourceMappingURL=read-yaml-file.js.map